/**
 * Reads the text of an MDX edition back out of its syntax tree, block by block,
 * in either reading:
 * - `printed`: what the original says (a `<Correction>` gives its `printed`
 *   wording; an `<Omission>` gives the text it leaves out);
 * - `corrected`: what the edition shows (corrections applied, omissions left out).
 * Editors' own words (`<EditorNote>`, `<Note>`) belong to neither reading.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EditionComponentName } from './edition-components.ts';

export type Reading = 'printed' | 'corrected';

/** One leaf block of an edition (paragraph, heading, table, omitted passage) with its text. */
export interface EditionBlock {
  /** 1-based line in the MDX file where the block starts. */
  line: number;
  /** The block's text in the chosen reading. */
  text: string;
  /** The block carries an editor's note, which may explain a join or a move. */
  annotated: boolean;
}

/** The components whose text differs between the readings. */
const EDITORIAL_COMPONENTS = {
  omission: 'Omission',
  correction: 'Correction',
  editorNote: 'EditorNote',
  note: 'Note',
} as const satisfies Record<string, EditionComponentName>;

/** Elements whose whole content is read as one block (a rebuilt table is one passage). */
const ATOMIC_ELEMENTS = new Set(['table', 'figure', 'figcaption']);

/**
 * The same syntax the site's MDX processor reads (see astro.config.mjs):
 * MDX, GFM and CJK-friendly emphasis, so `**“院士创新特区”**是` is bold here too.
 */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCjkFriendly);

export interface ParsedEdition {
  frontmatter: Record<string, unknown>;
  tree: Root;
}

/**
 * Parse an MDX edition to its frontmatter and mdast. Frontmatter lines are
 * blanked, not removed, so node positions match lines of the file. Throws a
 * `VFileMessage` with line and column on malformed MDX.
 */
export function parseEdition(source: string): ParsedEdition {
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  return { frontmatter, tree: parser.parse(content) };
}

/**
 * The part of a syntax tree node this module reads. mdast (from the MDX
 * parser) and hast (inside the MDX compiler, where components are still
 * `mdxJsx*` nodes) both fit, so the site's plugins read text the same way.
 */
export interface TextNode {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: readonly { type: string; name?: unknown; value?: unknown }[];
  children?: readonly TextNode[];
}

type Node = Root | RootContent;

function attribute(node: TextNode, name: string): string | undefined {
  const found = node.attributes?.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The name of a component or JSX element, or undefined for other nodes. */
function elementName(node: TextNode): string | undefined {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? (node.name ?? '') : undefined;
}

/**
 * Text of a node in a reading: a `<Correction>` reads as printed or as
 * corrected, an `<Omission>` is the original's text but not the reading
 * text, an `<EditorNote>` belongs to neither (and sets `state.annotated`).
 */
export function readingText(node: TextNode, reading: Reading, state: { annotated: boolean } = { annotated: false }): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'break') return '\n';
  const name = elementName(node);
  if (name === EDITORIAL_COMPONENTS.editorNote) {
    state.annotated = true;
    return '';
  }
  // An annotation is the editors' commentary: in no reading, and no licence to join passages.
  if (name === EDITORIAL_COMPONENTS.note) return '';
  if (name === EDITORIAL_COMPONENTS.correction && reading === 'printed') return attribute(node, 'printed') ?? '';
  if (name === EDITORIAL_COMPONENTS.omission && reading === 'corrected') return '';
  return node.children?.map((child) => readingText(child, reading, state)).join('') ?? '';
}

/** The leaf blocks of an edition, in document order. */
export function editionBlocks(tree: Root, reading: Reading): EditionBlock[] {
  const blocks: EditionBlock[] = [];
  const visit = (node: Node) => {
    const leaf =
      node.type === 'paragraph' ||
      node.type === 'heading' ||
      node.type === 'table' ||
      node.type === 'code' ||
      node.type === 'mdxJsxTextElement' ||
      ATOMIC_ELEMENTS.has(elementName(node) ?? '');
    if (leaf) {
      const state = { annotated: false };
      const text = readingText(node, reading, state);
      if (text.trim().length > 0 || state.annotated) {
        blocks.push({ line: node.position?.start.line ?? 0, text, annotated: state.annotated });
      }
      return;
    }
    const name = elementName(node);
    if (name === EDITORIAL_COMPONENTS.omission && reading === 'corrected') return;
    if (name === EDITORIAL_COMPONENTS.editorNote || name === EDITORIAL_COMPONENTS.note) return;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return blocks;
}
