/**
 * Records every annotation note of an edition: its number, kind, the
 * paragraph it is attached to, its content (HTML and text), and the words of
 * the paragraph just before it (the W3C Web Annotation text-quote selector:
 * exact, prefix, suffix). Runs after the paragraph addresses are assigned.
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type { NoteKind } from '../lib/edition-components.ts';
import { childrenOf as sharedChildrenOf, isIgnored, leafNumberedBlocks, type BlockNode } from './numbered-blocks.ts';

export interface NoteRecord {
  number: number;
  kind: NoteKind;
  /** Address and label of the paragraph the note is attached to. */
  paragraph: string;
  label: string;
  html: string;
  text: string;
  /** The words of the paragraph the note follows, and some context around them. */
  quote: { exact: string; prefix: string; suffix: string };
}

declare module 'vfile' {
  interface DataMap {
    notes: NoteRecord[];
  }
}

const QUOTE = 16;
const CONTEXT = 24;

type Node = Root | ElementContent | MdxJsxTextElementHast;

function childrenOf(node: Node): Node[] {
  return sharedChildrenOf(node as BlockNode) as Node[];
}

function isNote(node: Node): node is MdxJsxTextElementHast {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as MdxJsxTextElementHast).name === 'Note';
}

function ignored(node: Node): boolean {
  return isIgnored(node as BlockNode);
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  if (ignored(node) || isNote(node)) return '';
  return childrenOf(node).map(textOf).join('');
}

function attribute(node: MdxJsxTextElementHast, name: string): string {
  const found = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : '';
}

/** Notes inside one numbered block, with the paragraph text around each. */
function notesIn(block: Node, paragraph: string, label: string): NoteRecord[] {
  const found: { node: MdxJsxTextElementHast; offset: number }[] = [];
  let text = '';
  const walk = (node: Node) => {
    if (node.type === 'text') {
      text += node.value;
      return;
    }
    if (isNote(node)) {
      found.push({ node, offset: text.length });
      return;
    }
    if (ignored(node)) return;
    for (const child of childrenOf(node)) walk(child);
  };
  for (const child of childrenOf(block)) walk(child);
  return found.map(({ node, offset }) => {
    const exactStart = Math.max(0, offset - QUOTE);
    return {
      number: Number(attribute(node, 'number')),
      kind: attribute(node, 'kind') as NoteKind,
      paragraph,
      label,
      html: toHtml(node.children as ElementContent[]),
      text: node.children.map((child) => textOf(child as Node)).join('').trim(),
      quote: { exact: text.slice(exactStart, offset), prefix: text.slice(Math.max(0, exactStart - CONTEXT), exactStart), suffix: text.slice(offset, offset + CONTEXT) },
    };
  });
}

export function rehypeCollectNotes() {
  return (tree: Root, file: VFile) => {
    const notes = leafNumberedBlocks(tree)
      .flatMap((block) => notesIn(block.node, block.id, block.label))
      .sort((a, b) => a.number - b.number);
    file.data.notes = notes;
    file.data.astro = { ...file.data.astro, frontmatter: { ...file.data.astro?.frontmatter, notes } };
  };
}
