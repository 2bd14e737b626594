/**
 * Gives every block of an edition (paragraph, heading, list item, table,
 * 专栏 box, caption) its permanent address from the anchor ledger (see
 * `src/lib/anchors.ts`), a paragraph number in the margin that links to it,
 * and an alias for every old address redirected to it.
 *
 * The number is a link with no text: CSS draws the label, so it is neither
 * selectable nor indexed by search. Problems with addresses stop the build
 * (in `strict` mode) with the ids and the way out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { anchorLabel, anchorProblems, assignAnchors, fingerprint, type AnchorBlock, type Ledger } from '../lib/anchors.ts';
import { readingText, type TextNode } from '../lib/edition-text.ts';
import { TABLE_BLOCK_CLASS } from './rehype-table-scroll.ts';

export interface ParagraphAnchorsOptions {
  /** Folder of the editions; files elsewhere are left alone. */
  sourcesDir: string;
  /** Folder of the ledgers, one `<slug>.json` per edition. */
  ledgerDir: string;
  /** Stop on address problems (build), or only warn (dev server). */
  strict: boolean;
}

/** A numbered block, as later steps (search, exports, citations) need it. */
export interface ParagraphRecord {
  id: string;
  label: string;
  /** Reading text of the block (corrections applied, editor's notes left out). */
  text: string;
  /** A box (专栏) whose own blocks are numbered too: its text repeats theirs. */
  container: boolean;
}

declare module 'vfile' {
  interface DataMap {
    /** The edition's blocks with their fingerprints, in document order. */
    anchorBlocks: AnchorBlock[];
    /** The edition's numbered blocks with their addresses. */
    paragraphs: ParagraphRecord[];
  }
}

export const PARAGRAPH_NUMBER_CLASS = 'para-num';
export const ANCHOR_ALIAS_CLASS = 'anchor-alias';

type Block = Element | MdxJsxFlowElementHast;
type Kind = 'numbered' | 'numbered-container' | 'container' | 'skip';

const NUMBERED_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'figure', 'pre', 'table']);
const CONTAINER_TAGS = new Set(['ul', 'ol', 'blockquote', 'div', 'section']);
/** Components numbered as one block; `Column` also numbers the blocks inside it. */
const NUMBERED_COMPONENTS = new Set(['PhotoCaption', 'Kicker', 'Byline']);
const NUMBERED_CONTAINER_COMPONENTS = new Set(['Column']);
/** Editorial apparatus: not part of the reading text, not numbered. */
const SKIPPED_COMPONENTS = new Set(['Omission', 'EditorNote']);

function jsxClass(node: MdxJsxFlowElementHast): string | undefined {
  const attribute = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && (candidate.name === 'class' || candidate.name === 'className'));
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function kindOf(node: Root | RootContent): Kind {
  if (node.type === 'element') {
    if (NUMBERED_TAGS.has(node.tagName)) return 'numbered';
    const className = node.properties['className'];
    if (node.tagName === 'div' && Array.isArray(className) && className.includes(TABLE_BLOCK_CLASS)) return 'numbered';
    return CONTAINER_TAGS.has(node.tagName) ? 'container' : 'skip';
  }
  if (node.type === 'mdxJsxFlowElement') {
    const name = node.name ?? '';
    if (name === 'div' && jsxClass(node)?.split(' ').includes(TABLE_BLOCK_CLASS)) return 'numbered';
    if (name === 'table') return 'numbered';
    if (NUMBERED_COMPONENTS.has(name)) return 'numbered';
    if (NUMBERED_CONTAINER_COMPONENTS.has(name)) return 'numbered-container';
    if (SKIPPED_COMPONENTS.has(name)) return 'skip';
    return 'container';
  }
  return node.type === 'root' ? 'container' : 'skip';
}

/** The numbered blocks of a tree, in document order (a container before its contents). */
function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (node: Root | RootContent) => {
    const kind = kindOf(node);
    if (kind === 'skip') return;
    if (kind === 'numbered' || kind === 'numbered-container') blocks.push(node as Block);
    if ((kind === 'container' || kind === 'numbered-container') && 'children' in node) {
      for (const child of node.children) walk(child);
    }
  };
  walk(tree);
  return blocks;
}

function numberLink(id: string): Element {
  const label = anchorLabel(id);
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: [PARAGRAPH_NUMBER_CLASS], href: `#${id}`, ariaLabel: `第 ${label} 段的链接`, dataLabel: label, dataPagefindIgnore: '' },
    children: [],
  };
}

function aliasSpan(id: string): Element {
  return { type: 'element', tagName: 'span', properties: { id, className: [ANCHOR_ALIAS_CLASS], dataPagefindIgnore: '' }, children: [] };
}

function setAddress(block: Block, id: string, aliases: readonly string[]) {
  const markers: ElementContent[] = [numberLink(id), ...aliases.map(aliasSpan)];
  if (block.type === 'element') {
    block.properties = { ...block.properties, id };
  } else {
    block.attributes = [...block.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')), { type: 'mdxJsxAttribute', name: 'id', value: id }];
  }
  (block.children as ElementContent[]).unshift(...markers);
}

export function readLedger(ledgerDir: string, slug: string): Ledger | undefined {
  const path = join(ledgerDir, `${slug}.json`);
  if (!existsSync(path)) return undefined;
  const ledger = JSON.parse(readFileSync(path, 'utf8')) as Ledger;
  if (!Array.isArray(ledger.anchors) || typeof ledger.redirects !== 'object') {
    throw new Error(`${path}: not an anchor ledger (expected { source, anchors: [], redirects: {} })`);
  }
  return ledger;
}

export function rehypeParagraphAnchors(options: ParagraphAnchorsOptions) {
  const sourcesDir = resolve(options.sourcesDir);
  return (tree: Root, file: VFile) => {
    const path = file.path ? resolve(file.path) : '';
    if (!path.startsWith(sourcesDir) || !path.endsWith('.mdx')) return;
    const slug = basename(path, '.mdx');

    const blocks = collectBlocks(tree);
    const anchorBlocks = blocks.map((block) => {
      const printed = readingText(block as TextNode, 'printed');
      return { fingerprint: fingerprint(printed), text: printed, line: block.position?.start.line ?? 0 };
    });
    const assignment = assignAnchors(anchorBlocks, readLedger(options.ledgerDir, slug));

    const problems = anchorProblems(assignment);
    if (problems.length > 0) {
      const message = [
        `${problems.length} paragraph address problem(s) in ${slug}:`,
        ...problems.map((problem) => `  - ${problem}`),
        `hint: addresses are permanent. Run \`npm run anchors -- update ${slug}\` to give new blocks their ids and redirect each vanished id to the block that now holds its text; review the redirects in content/anchors/${slug}.json and commit it.`,
      ].join('\n');
      const line = assignment.unaddressed[0]?.line ?? 1;
      if (options.strict) file.fail(message, { start: { line, column: 1 }, end: { line, column: 1 } });
      else file.message(message, { start: { line, column: 1 }, end: { line, column: 1 } });
    }

    blocks.forEach((block, index) => setAddress(block, assignment.ids[index]!, assignment.aliases.get(assignment.ids[index]!) ?? []));
    const paragraphs = blocks.map((block, index) => ({
      id: assignment.ids[index]!,
      label: anchorLabel(assignment.ids[index]!),
      text: readingText(block as TextNode, 'corrected'),
      container: kindOf(block) === 'numbered-container',
    }));
    file.data.anchorBlocks = anchorBlocks;
    file.data.paragraphs = paragraphs;
    // Pages read the paragraphs through Astro's `remarkPluginFrontmatter`.
    file.data.astro = { ...file.data.astro, frontmatter: { ...file.data.astro?.frontmatter, paragraphs } };
  };
}
