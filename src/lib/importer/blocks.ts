/**
 * Turns the lines of an OCR'd or copied text into blocks (headings, paragraphs,
 * list items): the layout half of the importer.
 *
 * Two layouts occur in our originals:
 * - *wrapped*: a newspaper column copied line by line, every line about the
 *   same width, often with a blank line after each (`000_…`, `002_…`);
 * - *unwrapped*: one paragraph per line, with the odd paragraph broken in two
 *   (`001_…`, `003_…`, `004_…`).
 * In both, blank lines are layout, not paragraph breaks: a paragraph ends where
 * a line ends a sentence, or where a short line stands on its own (a title).
 */
import { characterCount, endsSentence } from '../text.ts';

export type Block =
  | { kind: 'heading'; depth: 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; text: string };

/** Longest line that can still be a title standing on its own. */
const MAX_TITLE_LENGTH = 24;
/** A deck (副题) right after a headline is at most this long. */
const MAX_DECK_LENGTH = 40;

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇两]';
const MARKDOWN_HEADING = /^(#{1,6})\s+(.+)$/u;
const CHAPTER = new RegExp(`^第${CHINESE_NUMERAL}+章(?:\\s|$)`, 'u');
const SECTION = new RegExp(`^第${CHINESE_NUMERAL}+节(?:\\s|$)`, 'u');
const NUMBERED_HEADING = new RegExp(`^${CHINESE_NUMERAL}+、`, 'u');
const COLUMN_BOX = /^专栏\s*\d+\s/u;
/** A printed table-of-contents line ends with its page number: `第一节 … - 5 -`. */
const TOC_ENTRY = /\s-\s*\d+\s*-$/u;
const BULLET = /^[•·●▪◆]\s*/u;
/** Bylines (`□青岛日报/观海新闻记者 …`), captions (`■…`) and kickers (`——…`) stand alone. */
const STANDALONE = /^(?:[□■▲◎]|——|—)/u;
/** Three or more space-separated tokens: a flattened table row, not a title. */
const TABULAR = /\S+\s+\S+\s+\S+/u;
/** A remark wholly in brackets (`(此件公开发布)`) is a note, not a title. */
const BRACKETED = /^[(（].*[)）]$/u;
/** A line that is only a date (`2021年3月31日`) is a dateline or signature, not a title. */
const DATE_LINE = /^\d{4}(?:年\d{1,2}月\d{1,2}日|-\d{2}-\d{2})$/u;

type Layout = { wrapped: boolean; width: number };

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A text is wrapped when most of its lines are within a fifth of the median width. */
function detectLayout(lines: string[]): Layout {
  const lengths = lines.map(characterCount);
  const width = median(lengths);
  const nearWidth = lengths.filter((n) => n >= width * 0.8 && n <= width * 1.2).length;
  return { wrapped: nearWidth >= lengths.length * 0.5, width };
}

function patternHeading(line: string): Block | undefined {
  const markdown = MARKDOWN_HEADING.exec(line);
  if (markdown) {
    const depth = Math.min(markdown[1]!.length + 1, 6) as 2 | 3 | 4 | 5 | 6;
    return { kind: 'heading', depth, text: markdown[2]!.trim() };
  }
  if (TOC_ENTRY.test(line)) return undefined;
  if (CHAPTER.test(line)) return { kind: 'heading', depth: 2, text: line };
  if (SECTION.test(line)) return { kind: 'heading', depth: 3, text: line };
  if (COLUMN_BOX.test(line) && characterCount(line) <= MAX_TITLE_LENGTH) {
    return { kind: 'heading', depth: 4, text: line };
  }
  if (
    NUMBERED_HEADING.test(line) &&
    characterCount(line) <= MAX_TITLE_LENGTH &&
    !endsSentence(line)
  ) {
    return { kind: 'heading', depth: 4, text: line };
  }
  return undefined;
}

/**
 * Does a line that does not end a sentence run on into the next line? In a
 * wrapped text only a full-width line does; in an unwrapped text any line
 * longer than a title does, except a deck right after a headline.
 */
function continues(line: string, layout: Layout, afterHeading: boolean): boolean {
  if (endsSentence(line)) return false;
  const length = characterCount(line);
  if (layout.wrapped) return length >= layout.width * 0.8 && length <= layout.width * 1.3;
  if (afterHeading && length <= MAX_DECK_LENGTH) return false;
  return length > MAX_TITLE_LENGTH;
}

function isTitle(text: string): boolean {
  return (
    characterCount(text) <= MAX_TITLE_LENGTH &&
    !endsSentence(text) &&
    !TABULAR.test(text) &&
    !DATE_LINE.test(text) &&
    !BRACKETED.test(text)
  );
}

/** Join two pieces of one paragraph; only Latin words need a space between them. */
function joinLines(left: string, right: string): string {
  return /[A-Za-z]$/u.test(left) && /^[A-Za-z]/u.test(right) ? `${left} ${right}` : left + right;
}

/**
 * Split a text into blocks. Deterministic: the same lines always give the
 * same blocks.
 */
export function segmentBlocks(text: string): Block[] {
  const lines = text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const layout = detectLayout(lines);
  const blocks: Block[] = [];
  let pending: string | undefined;

  const flush = () => {
    if (pending === undefined) return;
    blocks.push(
      isTitle(pending) && !STANDALONE.test(pending)
        ? { kind: 'heading', depth: 3, text: pending }
        : { kind: 'paragraph', text: pending },
    );
    pending = undefined;
  };

  for (const line of lines) {
    const heading = patternHeading(line);
    if (heading) {
      flush();
      blocks.push(heading);
      continue;
    }
    if (BULLET.test(line) || TOC_ENTRY.test(line)) {
      flush();
      blocks.push({ kind: 'list-item', text: line.replace(BULLET, '') });
      continue;
    }
    if (STANDALONE.test(line)) {
      flush();
      blocks.push({ kind: 'paragraph', text: line });
      continue;
    }
    const startsBlock = pending === undefined;
    pending = pending === undefined ? line : joinLines(pending, line);
    if (!continues(line, layout, startsBlock && blocks.at(-1)?.kind === 'heading')) flush();
  }
  flush();
  return blocks;
}
