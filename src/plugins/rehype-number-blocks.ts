/**
 * Gives every block of an edition (paragraph, heading, list item, table,
 * 专栏 box, caption) its permanent address from the anchor ledger (see
 * `src/lib/anchors.ts`), a paragraph number in the margin that links to it,
 * and an alias for every old address redirected to it. Hands the numbered
 * blocks on to `rehype-edition-model` in `file.data.numberedBlocks`.
 *
 * The number is a link with no text: CSS draws the label, so it is neither
 * selectable nor indexed by search. Problems with addresses stop the build
 * (in `strict` mode) with the ids and the way out.
 */
import { basename, resolve } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import {
  anchorLabel,
  anchorProblems,
  assignAnchors,
  fingerprint,
  readLedger,
  type AnchorBlock,
} from '../lib/anchors.ts';
import { readingText, type TextNode } from '../lib/edition-text.ts';
import type { BlockKind } from '../lib/edition-model.ts';
import { failWith, problemAt } from './fail.ts';
import { TABLE_BLOCK_CLASS } from './rehype-table-scroll.ts';

export interface NumberBlocksOptions {
  /** Folder of the editions; files elsewhere are left alone. */
  sourcesDir: string;
  /** Folder of the ledgers, one `<slug>.json` per edition. */
  ledgerDir: string;
  /** Stop on address problems (build), or only warn (dev server). */
  strict: boolean;
}

/** A block with its address, as the model collector reads it. */
export interface NumberedBlock {
  node: Element | MdxJsxFlowElementHast;
  id: string;
  label: string;
  kind: BlockKind;
  /** A box whose own blocks are numbered too. */
  container: boolean;
  /** Address of the box it stands in. */
  within: string | undefined;
  /** Reading text as printed, for the fingerprint. */
  printed: string;
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The edition's blocks with their fingerprints, in document order. */
    anchorBlocks: AnchorBlock[];
    /** Passages kept inside <Omission> records, fingerprinted like blocks. */
    omittedBlocks: AnchorBlock[];
    /** The edition's numbered blocks with their addresses, in document order. */
    numberedBlocks: NumberedBlock[];
  }
}

export const PARAGRAPH_NUMBER_CLASS = 'para-num';
export const ANCHOR_ALIAS_CLASS = 'anchor-alias';

type Block = Element | MdxJsxFlowElementHast;
type Role = { numbered: BlockKind; container: boolean } | 'container' | 'skip';

const TAG_KINDS: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  figure: 'figure',
  pre: 'code',
  table: 'table',
};
const CONTAINER_TAGS = new Set(['ul', 'ol', 'blockquote', 'div', 'section']);
/** Components numbered as one block; `Column` also numbers the blocks inside it. */
const COMPONENT_KINDS: Readonly<Record<string, BlockKind>> = {
  PhotoCaption: 'caption',
  Kicker: 'kicker',
  Byline: 'byline',
  table: 'table',
};
const NUMBERED_CONTAINER_COMPONENTS: Readonly<Record<string, BlockKind>> = { Column: 'aside' };
/** Editorial apparatus: not part of the reading text, not numbered. */
const SKIPPED_COMPONENTS = new Set(['Omission', 'EditorNote']);

function jsxClass(node: MdxJsxFlowElementHast): string | undefined {
  const attribute = node.attributes.find(
    (candidate) =>
      candidate.type === 'mdxJsxAttribute' &&
      (candidate.name === 'class' || candidate.name === 'className'),
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

function roleOf(node: Root | RootContent): Role {
  if (node.type === 'element') {
    const kind = TAG_KINDS[node.tagName];
    if (kind) return { numbered: kind, container: false };
    const className = node.properties['className'];
    if (node.tagName === 'div' && Array.isArray(className) && className.includes(TABLE_BLOCK_CLASS))
      return { numbered: 'table', container: false };
    return CONTAINER_TAGS.has(node.tagName) ? 'container' : 'skip';
  }
  if (node.type === 'mdxJsxFlowElement') {
    const name = node.name ?? '';
    if (name === 'div' && jsxClass(node)?.split(' ').includes(TABLE_BLOCK_CLASS))
      return { numbered: 'table', container: false };
    const kind = COMPONENT_KINDS[name];
    if (kind) return { numbered: kind, container: false };
    const containerKind = NUMBERED_CONTAINER_COMPONENTS[name];
    if (containerKind) return { numbered: containerKind, container: true };
    return SKIPPED_COMPONENTS.has(name) ? 'skip' : 'container';
  }
  return node.type === 'root' ? 'container' : 'skip';
}

interface FoundBlock {
  node: Block;
  kind: BlockKind;
  container: boolean;
  /** Index (in the found list) of the box it stands in. */
  within: number | undefined;
}

/** The numbered blocks of a tree, in document order (a box before its contents). */
function findBlocks(tree: Root): FoundBlock[] {
  const found: FoundBlock[] = [];
  const walk = (node: Root | RootContent, within: number | undefined) => {
    const role = roleOf(node);
    if (role === 'skip') return;
    let inside = within;
    if (role !== 'container') {
      found.push({ node: node as Block, kind: role.numbered, container: role.container, within });
      if (!role.container) return;
      inside = found.length - 1;
    }
    if ('children' in node) for (const child of node.children) walk(child, inside);
  };
  walk(tree, undefined);
  return found;
}

/**
 * The passages kept inside block `<Omission>` records, in document order:
 * an address whose text was left out points at its record.
 */
function findOmittedBlocks(tree: Root): { omission: MdxJsxFlowElementHast; node: Block }[] {
  const found: { omission: MdxJsxFlowElementHast; node: Block }[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Omission') {
      const inner = findBlocks({ type: 'root', children: node.children as RootContent[] });
      const leaves = inner.filter((block) => !block.container);
      // An omission of loose text (no block inside) is one passage.
      if (leaves.length === 0) found.push({ omission: node, node });
      for (const block of leaves) found.push({ omission: node, node: block.node });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}

function numberLink(id: string): Element {
  const label = anchorLabel(id);
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [PARAGRAPH_NUMBER_CLASS],
      href: `#${id}`,
      ariaLabel: `第 ${label} 段的链接`,
      dataLabel: label,
      dataPagefindIgnore: '',
    },
    children: [],
  };
}

function aliasSpan(id: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { id, className: [ANCHOR_ALIAS_CLASS], dataPagefindIgnore: '' },
    children: [],
  };
}

function setAddress(block: Block, id: string, aliases: readonly string[]) {
  const markers: ElementContent[] = [numberLink(id), ...aliases.map(aliasSpan)];
  if (block.type === 'element') {
    block.properties = { ...block.properties, id };
  } else {
    block.attributes = [
      ...block.attributes.filter(
        (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'id'),
      ),
      { type: 'mdxJsxAttribute', name: 'id', value: id },
    ];
  }
  (block.children as ElementContent[]).unshift(...markers);
}

export function rehypeNumberBlocks(options: NumberBlocksOptions) {
  const sourcesDir = resolve(options.sourcesDir);
  return (tree: Root, file: VFile) => {
    const path = file.path ? resolve(file.path) : '';
    if (!path.startsWith(sourcesDir) || !path.endsWith('.mdx')) return;
    const slug = basename(path, '.mdx');

    const found = findBlocks(tree);
    const anchorBlocks = found.map(({ node }) => {
      const printed = readingText(node as TextNode, 'printed');
      return {
        fingerprint: fingerprint(printed),
        text: printed,
        line: node.position?.start.line ?? 0,
      };
    });
    const omitted = findOmittedBlocks(tree);
    const omittedBlocks = omitted.map(({ node }) => {
      const printed = readingText(node as TextNode, 'printed');
      return {
        fingerprint: fingerprint(printed),
        text: printed,
        line: node.position?.start.line ?? 0,
      };
    });
    const assignment = assignAnchors(
      anchorBlocks,
      readLedger(options.ledgerDir, slug),
      omittedBlocks,
    );

    const problems = anchorProblems(assignment);
    if (problems.length > 0) {
      const line = assignment.unaddressed[0]?.line ?? 1;
      const problem = problemAt(
        file,
        { position: { start: { line, column: 1 } } },
        [
          `${problems.length} paragraph address problem(s) in ${slug}:`,
          ...problems.map((text) => `  - ${text}`),
        ].join('\n'),
        `addresses are permanent. Run \`npm run anchors -- update ${slug}\` to give new blocks their ids and redirect each vanished id to the block that now holds its text; review the redirects in content/anchors/${slug}.json and commit it.`,
      );
      if (options.strict) failWith(file, [problem]);
      file.message(`${problem.message}\nhint: ${problem.hint}`, { place: { line, column: 1 } });
    }

    found.forEach(({ node }, index) =>
      setAddress(
        node,
        assignment.ids[index]!,
        assignment.aliases.get(assignment.ids[index]!) ?? [],
      ),
    );
    // An address whose passage was left out lands on the omission record that keeps it.
    for (const [index, ids] of assignment.omitted) {
      const { omission } = omitted[index]!;
      (omission.children as ElementContent[]).unshift(...ids.map(aliasSpan));
    }
    file.data.anchorBlocks = anchorBlocks;
    file.data.omittedBlocks = omittedBlocks;
    file.data.numberedBlocks = found.map((block, index) => ({
      node: block.node,
      id: assignment.ids[index]!,
      label: anchorLabel(assignment.ids[index]!),
      kind: block.kind,
      container: block.container,
      within: block.within === undefined ? undefined : assignment.ids[block.within],
      printed: anchorBlocks[index]!.text,
      line: anchorBlocks[index]!.line,
    }));
  };
}
