/**
 * Reads the text of an MDX edition back out of its syntax tree, block by block,
 * in either reading:
 * - `printed`: what the original says (a `<Correction>` gives its `printed`
 *   wording; an `<Omission>` gives the text it leaves out; a character the
 *   typographic normalisations changed, marked `data-printed`, reads as printed);
 * - `corrected`: what the edition shows (corrections and normalisations
 *   applied, omissions left out).
 * Editors' own words (`<EditorNote>`, `<Note>`) belong to neither reading.
 */
import type { Root, RootContent } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { EditionComponentName } from './edition-components.ts';
import { splitFrontmatter } from './frontmatter.ts';

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
  const { frontmatter, body } = splitFrontmatter(source);
  return { frontmatter, tree: parser.parse(body) };
}

/**
 * The part of a syntax tree node this module reads. mdast (from the MDX
 * parser) and hast (inside the MDX compiler, where components are still
 * `mdxJsx*` nodes) both fit, so the checks and the site's plugins read text
 * with this one definition.
 */
export interface TextNode {
  type: string;
  value?: unknown;
  /** A JSX element's name (`Correction`). */
  name?: string | null;
  /** A hast element's tag name. */
  tagName?: string;
  /** A hast element's properties. */
  properties?: Readonly<Record<string, unknown>>;
  attributes?: readonly { type: string; name?: unknown; value?: unknown }[];
  children?: readonly TextNode[];
}

type Node = Root | RootContent;

/** A string attribute of a JSX element, or undefined. */
export function jsxAttribute(node: TextNode, name: string): string | undefined {
  const found = node.attributes?.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The name of a component or JSX element, or undefined for other nodes. */
function elementName(node: TextNode): string | undefined {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
    ? (node.name ?? '')
    : undefined;
}

/** Is the node a `<Note>`? Notes are the editors' commentary, in no reading. */
export function isNote(node: TextNode): boolean {
  return elementName(node) === EDITORIAL_COMPONENTS.note;
}

/** Generated chrome (paragraph numbers, editorial marks) carries data-pagefind-ignore: never text. */
function isGenerated(node: TextNode): boolean {
  return node.properties?.['dataPagefindIgnore'] !== undefined;
}

/**
 * The character the original prints where the edition normalised its
 * typography (src/plugins/remark-typography.ts marks each one with
 * `data-printed`, or a private-use character with its code point in
 * `data-private-use`), or undefined.
 */
function printedCharacter(node: TextNode): string | undefined {
  const printed = node.properties?.['dataPrinted'];
  if (typeof printed === 'string') return printed;
  const codePoint = node.properties?.['dataPrivateUse'];
  return typeof codePoint === 'string' ? String.fromCodePoint(parseInt(codePoint, 16)) : undefined;
}

/** Tag of an HTML element, written in hast or as JSX. */
function tagOf(node: TextNode): string | undefined {
  return node.type === 'element' ? node.tagName : elementName(node);
}

/** Called after each node is read, with where its text starts and ends in the block's text. */
export type ReadVisitor = (node: TextNode, start: number, end: number) => void;

/**
 * Text of a node in a reading: a `<Correction>` reads as printed or as
 * corrected, an `<Omission>` is the original's text but not the reading
 * text, an `<EditorNote>` belongs to neither (and sets `state.annotated`).
 * Table cells are separated by a space and rows by a line break, so that
 * text never runs from one cell into the next. `visit` sees every node read,
 * with its offsets: how mentions and notes find their place in a block.
 */
export function readingText(
  node: TextNode,
  reading: Reading,
  state: { annotated: boolean } = { annotated: false },
  visit?: ReadVisitor,
): string {
  let text = '';
  const read = (current: TextNode) => {
    const start = text.length;
    append(current);
    visit?.(current, start, text.length);
  };
  const append = (current: TextNode) => {
    if (current.type === 'text' || current.type === 'inlineCode' || current.type === 'code') {
      if (typeof current.value === 'string') text += current.value;
      return;
    }
    const tag = tagOf(current);
    if (current.type === 'break' || tag === 'br') {
      text += '\n';
      return;
    }
    if (isGenerated(current)) return;
    const printed = printedCharacter(current);
    if (printed !== undefined && reading === 'printed') {
      text += printed;
      return;
    }
    const name = elementName(current);
    if (name === EDITORIAL_COMPONENTS.editorNote) {
      state.annotated = true;
      return;
    }
    if (name === EDITORIAL_COMPONENTS.note) return;
    if (name === EDITORIAL_COMPONENTS.correction && reading === 'printed') {
      text += jsxAttribute(current, 'printed') ?? '';
      return;
    }
    if (name === EDITORIAL_COMPONENTS.omission && reading === 'corrected') return;
    for (const child of current.children ?? []) read(child);
    if (tag === 'td' || tag === 'th') text += ' ';
    else if (tag === 'tr') text += '\n';
  };
  read(node);
  return text;
}

/** Inline content: a node of these types belongs to a paragraph-like block. */
const PHRASING_TYPES = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'html',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'footnoteReference',
]);

/**
 * A component on a line of its own holding only inline content. The MDX
 * compiler unwraps such a paragraph (`<Kicker>…</Kicker>` becomes a flow
 * element with text inside) while the plain parser keeps the paragraph:
 * both are one block.
 */
function isInlineFlowElement(node: Node): boolean {
  return (
    node.type === 'mdxJsxFlowElement' &&
    node.children.length > 0 &&
    node.children.every((child) => PHRASING_TYPES.has(child.type))
  );
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
      isInlineFlowElement(node) ||
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
