/**
 * Records every glossary mention in an edition with the address of its
 * paragraph and the sentence around it (keyword in context), for the
 * entities' pages. Runs after the paragraph addresses are assigned.
 */
import type { ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { childrenOf, isIgnored, leafNumberedBlocks } from './numbered-blocks.ts';

export interface Mention {
  entity: string;
  /** Address of the paragraph (p12) and its label (12). */
  paragraph: string;
  label: string;
  /** The sentence around the mention, split so the mention can be marked. */
  before: string;
  match: string;
  after: string;
}

declare module 'vfile' {
  interface DataMap {
    mentions: Mention[];
  }
}

const SENTENCE_END = /[。！？；!?;]/u;
/** Longest context kept on each side of a mention. */
const MAX_CONTEXT = 60;

/** Generated chrome, editorial marks and annotation notes are not the text around a mention. */
function ignored(node: ElementContent): boolean {
  return isIgnored(node) || ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as { name?: string }).name === 'Note');
}

/** Text of a subtree, leaving out generated chrome and editorial marks. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return ignored(node) ? '' : childrenOf(node).map(textOf).join('');
}

function contextAround(text: string, start: number, end: number): Pick<Mention, 'before' | 'match' | 'after'> {
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && !SENTENCE_END.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && to - end < MAX_CONTEXT && !SENTENCE_END.test(text[to - 1] ?? '')) to += 1;
  return { before: (from > 0 && !SENTENCE_END.test(text[from - 1]!) ? '…' : '') + text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to) + (to < text.length && !SENTENCE_END.test(text[to - 1]!) ? '…' : '') };
}

/** Mentions inside one numbered block, with their offsets in its text. */
function mentionsIn(block: ElementContent, paragraph: string, label: string): Mention[] {
  const found: Mention[] = [];
  let text = '';
  const walk = (node: ElementContent) => {
    if (node.type === 'text') {
      text += node.value;
      return;
    }
    if (ignored(node)) return;
    const entity = node.type === 'element' ? node.properties['dataEntity'] : undefined;
    if (typeof entity === 'string') {
      const start = text.length;
      text += textOf(node);
      found.push({ entity, paragraph, label, before: String(start), match: '', after: String(text.length) });
      return;
    }
    for (const child of childrenOf(node)) walk(child);
  };
  for (const child of childrenOf(block)) walk(child);
  return found.map((mention) => ({ ...mention, ...contextAround(text, Number(mention.before), Number(mention.after)) }));
}

export function rehypeCollectMentions() {
  return (tree: Root, file: VFile) => {
    const mentions = leafNumberedBlocks(tree).flatMap((block) => mentionsIn(block.node, block.id, block.label));
    file.data.mentions = mentions;
    file.data.astro = { ...file.data.astro, frontmatter: { ...file.data.astro?.frontmatter, mentions } };
  };
}
