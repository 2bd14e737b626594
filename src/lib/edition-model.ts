/**
 * The edition model: what one pass over an edition knows, and every view of
 * the edition reads (the reading page, citations, search records, open data,
 * entity mention lists, parallel passages). Worked out once, in
 * `src/plugins/rehype-edition-model.ts`, while the edition compiles.
 */
import type { Translation } from '../schemas/translation.ts';
import type { NoteBasis, NoteKind } from './edition-components.ts';
import type { TranslationLanguage } from './translations.ts';

/** What a numbered block is. */
export const BLOCK_KINDS = {
  paragraph: { zh: '段落', en: 'Paragraph' },
  heading: { zh: '标题', en: 'Heading' },
  'list-item': { zh: '列表项', en: 'List item' },
  table: { zh: '表格', en: 'Table' },
  figure: { zh: '图', en: 'Figure' },
  code: { zh: '代码', en: 'Code' },
  aside: { zh: '专栏', en: 'Box' },
  caption: { zh: '图片说明', en: 'Photo caption' },
  kicker: { zh: '引题', en: 'Kicker' },
  byline: { zh: '署名', en: 'Byline' },
} as const;

export type BlockKind = keyof typeof BLOCK_KINDS;

/** A numbered block of an edition. */
export interface ModelBlock {
  /** Permanent address, e.g. `p12`. */
  id: string;
  /** The label readers see, e.g. `12`. */
  label: string;
  kind: BlockKind;
  /** A heading's level, 2–6. */
  level?: number | undefined;
  /** A table's caption and cells, row by row, with their spans (a translation keeps the layout). */
  table?: ModelTable | undefined;
  /** The reading text: corrections applied, omissions and editors' words left out, white space folded. */
  text: string;
  /** The text as the original prints it (corrections undone, omissions kept). */
  printed: string;
  /** A box (专栏) whose own blocks are numbered: its text is theirs, joined. */
  container: boolean;
  /** Address of the box this block stands in, if any. */
  within?: string | undefined;
  /** 1-based line in the MDX file. */
  line: number;
}

/** A table cell: its reading text, whether it is a header, and how many rows and columns it spans. */
export interface ModelCell {
  text: string;
  header: boolean;
  rowspan: number;
  colspan: number;
}

export interface ModelTable {
  caption: string;
  rows: ModelCell[][];
}

/** A glossary mention, with the sentence around it (keyword in context). */
export interface Mention {
  entity: string;
  /** Address (p12) and label (12) of the block. */
  paragraph: string;
  label: string;
  /** The sentence around the mention, split so the mention can be marked. */
  before: string;
  match: string;
  after: string;
}

/** An annotation note. */
export interface NoteRecord {
  /** Its number in the edition (`#note-3`). */
  number: number;
  kind: NoteKind;
  /** What it rests on. */
  basis: NoteBasis[];
  /** Address and label of the block it is attached to. */
  paragraph: string;
  label: string;
  html: string;
  text: string;
  /** The words the note follows, with context (the W3C text-quote selector). */
  quote: { exact: string; prefix: string; suffix: string };
}

/** An editorial mark: a correction's, omission's or [sic]'s reason, or an editor's note. */
export interface EditorialMark {
  kind: 'correction' | 'omission' | 'sic' | 'editor-note';
  /** The reason or the note, in the editors' words. */
  text: string;
  /** The block it stands in, if any. */
  paragraph?: string | undefined;
  /** A mark that stands in no block (a whole omitted passage): the block before it, if any. */
  after?: string | undefined;
}

export interface EditionModel {
  /** Every numbered block, in document order (a box before its contents). */
  blocks: ModelBlock[];
  notes: NoteRecord[];
  mentions: Mention[];
  marks: EditorialMark[];
  /** The editors' translations, by language (src/schemas/translation.ts), checked against this model. */
  translations: Partial<Record<TranslationLanguage, Translation>>;
  /** Characters of reading text (leaf blocks only). */
  length: number;
}

/** Blocks that hold no other numbered block: the text, each passage once. */
export function leafBlocks<Block extends Pick<ModelBlock, 'container'>>(model: {
  blocks: readonly Block[];
}): Block[] {
  return model.blocks.filter((block) => !block.container);
}

/** Runs of white space become one space; ends are trimmed. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const SENTENCE_END = /[。！？；!?;]/u;
/** Longest context kept on each side of a mention. */
const MAX_CONTEXT = 60;

/** The sentence around `text[start, end)`, cut at sentence ends or after MAX_CONTEXT characters (marked …). */
export function contextAround(
  text: string,
  start: number,
  end: number,
): Pick<Mention, 'before' | 'match' | 'after'> {
  let from = start;
  while (from > 0 && start - from < MAX_CONTEXT && !SENTENCE_END.test(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && to - end < MAX_CONTEXT && !SENTENCE_END.test(text[to - 1] ?? ''))
    to += 1;
  const cutBefore = from > 0 && !SENTENCE_END.test(text[from - 1]!);
  const cutAfter = to < text.length && !SENTENCE_END.test(text[to - 1]!);
  return {
    before: (cutBefore ? '…' : '') + text.slice(from, start).replace(/\s+/gu, ' ').trimStart(),
    match: text.slice(start, end),
    after: text.slice(end, to).replace(/\s+/gu, ' ').trimEnd() + (cutAfter ? '…' : ''),
  };
}

const QUOTE = 16;
const QUOTE_CONTEXT = 24;

/** The words before `offset` in `text` and their context: where a note stands. */
export function quoteAt(text: string, offset: number): NoteRecord['quote'] {
  const exactStart = Math.max(0, offset - QUOTE);
  return {
    exact: text.slice(exactStart, offset),
    prefix: text.slice(Math.max(0, exactStart - QUOTE_CONTEXT), exactStart),
    suffix: text.slice(offset, offset + QUOTE_CONTEXT),
  };
}
