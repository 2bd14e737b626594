/**
 * Turns the lines of an OCR'd or copied text into blocks (headings, paragraphs,
 * list items): the layout half of the importer.
 *
 * Blank lines first. When the file has blank lines, some paragraph runs on
 * over several lines without one, and blank lines do not cut sentences (at
 * most one in ten follows a full-width line that ends no sentence), blank
 * lines are the file's paragraph breaks: each run of lines between
 * them is one block, whatever its lines end with (a hard-wrapped line that
 * happens to end in 。 does not end the paragraph). Headings, list items and
 * stand-alone lines (bylines □, captions ■, kickers ——) still stand alone.
 *
 * When there are none, or they cut sentences (double spacing: a blank line
 * after every line of a column), blank lines say nothing, and two layouts are told apart by line widths:
 * - *wrapped*: a newspaper column copied line by line, every line about the
 *   same width (`000_…`, `002_…`): a line runs on when it is about full width
 *   and does not end a sentence;
 * - *unwrapped*: one paragraph per line, with the odd paragraph broken in two
 *   (`001_…`, `003_…`, `004_…`): a line runs on when it is longer than a title
 *   and does not end a sentence.
 * In both, a short line that stands on its own and ends no sentence is a title.
 */
import { characterCount, endsSentence } from '../text.ts';

export type Block =
  | {
      kind: 'heading';
      depth: 2 | 3 | 4 | 5 | 6;
      text: string;
      /** A short line taken for a title by its length alone (not by its pattern or Markdown). */
      guessed?: true;
      /** A Markdown heading's level in the original (`##` is 2). */
      markdown?: number;
    }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list-item'; text: string }
  /** A newspaper byline: `□青岛日报/观海新闻记者 贾臻` (the edition's <Byline>). */
  | { kind: 'byline'; text: string }
  /** A kicker: the line above a headline that leads into it, ending in a dash (the edition's <Kicker>). */
  | { kind: 'kicker'; text: string };

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

/**
 * Blank lines are paragraph breaks unless more than this share of them cut a
 * sentence: a blank line after a full-width line that ends no sentence is
 * double spacing, not the end of a paragraph.
 */
const MID_SENTENCE_BLANKS_AT_MOST = 0.1;

/**
 * The lines grouped by blank lines, when blank lines are the file's paragraph
 * breaks; undefined when there are none or they are layout (double spacing).
 */
function paragraphGroups(rawLines: readonly string[]): string[][] | undefined {
  const lines = rawLines.map((line) => line.trim());
  const width = median(lines.filter((line) => line !== '').map(characterCount));
  const groups: string[][] = [[]];
  let blankBreaks = 0;
  let midSentence = 0;
  let blankSeen = false;
  for (const line of lines) {
    if (line === '') {
      blankSeen = true;
      continue;
    }
    const current = groups.at(-1)!;
    const previous = current.at(-1);
    if (blankSeen && previous !== undefined) {
      blankBreaks += 1;
      const standsAlone = patternHeading(previous) !== undefined || STANDALONE.test(previous);
      if (!standsAlone && !endsSentence(previous) && characterCount(previous) >= width * 0.8)
        midSentence += 1;
      groups.push([line]);
    } else current.push(line);
    blankSeen = false;
  }
  // A paragraph hard-wrapped within a group: a line that runs on into the next without a blank.
  const wrappedWithin = groups.some((group) =>
    group
      .slice(0, -1)
      .some(
        (line) =>
          !endsSentence(line) && patternHeading(line) === undefined && !STANDALONE.test(line),
      ),
  );
  if (
    blankBreaks === 0 ||
    !wrappedWithin ||
    midSentence > blankBreaks * MID_SENTENCE_BLANKS_AT_MOST
  )
    return undefined;
  return groups.filter((group) => group.length > 0);
}

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
    // The depth is set once the whole file is read (see levelMarkdownHeadings).
    return { kind: 'heading', depth: 2, text: markdown[2]!.trim(), markdown: markdown[1]!.length };
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

/** Lines joined into one block: a title-like line is a heading, anything else a paragraph. */
function joinedBlock(text: string): Block {
  return isTitle(text) && !STANDALONE.test(text)
    ? { kind: 'heading', depth: 3, text, guessed: true }
    : { kind: 'paragraph', text };
}

/**
 * The start of a block that is the end of the sentence before it: one or two
 * characters and a full stop (…违建治理工作重 / 点。据悉…), where a column or
 * page break cut the line. No paragraph opens so.
 */
const CARRIED_END = /^[^\s。！？]{1,2}[”’）」』]?[。！？]/u;

/**
 * Join the pieces of a sentence that a break cut into two blocks: a paragraph,
 * or a line taken for a title by its length alone, that ends no sentence,
 * followed by a paragraph that opens with the sentence's last word.
 */
function rejoinCutSentences(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    const cut =
      previous !== undefined &&
      (previous.kind === 'paragraph' || (previous.kind === 'heading' && previous.guessed)) &&
      !endsSentence(previous.text) &&
      !STANDALONE.test(previous.text) &&
      block.kind === 'paragraph' &&
      CARRIED_END.test(block.text);
    if (cut)
      joined[joined.length - 1] = { kind: 'paragraph', text: joinLines(previous.text, block.text) };
    else joined.push(block);
  }
  return joined;
}

/**
 * Split a text into blocks. Deterministic: the same lines always give the
 * same blocks.
 */
export function segmentBlocks(text: string): Block[] {
  return levelMarkdownHeadings(markNewspaperFurniture(rejoinCutSentences(segmentLines(text))));
}

/**
 * Markdown headings keep their levels relative to each other, the original's
 * highest becoming ## under the page's title: a page printed with `#` and
 * `##` gives ## and ###; an article cut from it, starting at `##`, gives ##.
 */
function levelMarkdownHeadings(blocks: readonly Block[]): Block[] {
  const levels = blocks.flatMap((block) =>
    block.kind === 'heading' && block.markdown !== undefined ? [block.markdown] : [],
  );
  if (levels.length === 0) return [...blocks];
  const top = Math.min(...levels);
  return blocks.map((block) =>
    block.kind === 'heading' && block.markdown !== undefined
      ? { ...block, depth: Math.min(block.markdown - top + 2, 6) as 2 | 3 | 4 | 5 | 6 }
      : block,
  );
}

/** A byline: a box, then a paper's or agency's reporter or correspondent. */
const BYLINE = /^□.*(?:记者|通讯员)/u;
/** A kicker ends in a dash, leading into the headline below it. */
const KICKER_END = /(?:——|—)$/u;

/** Bylines, and kickers standing right above a headline, named as the components an edition uses. */
function markNewspaperFurniture(blocks: readonly Block[]): Block[] {
  return blocks.map((block, index): Block => {
    if (block.kind !== 'paragraph') return block;
    if (BYLINE.test(block.text)) return { kind: 'byline', text: block.text };
    if (KICKER_END.test(block.text) && blocks[index + 1]?.kind === 'heading')
      return { kind: 'kicker', text: block.text };
    return block;
  });
}

function segmentLines(text: string): Block[] {
  const rawLines = text.split(/\r\n|\r|\n/u);
  const groups = paragraphGroups(rawLines);
  if (groups) return groups.flatMap(groupBlocks);
  const lines = rawLines.map((line) => line.trim()).filter((line) => line.length > 0);
  const layout = detectLayout(lines);
  const blocks: Block[] = [];
  let pending: string | undefined;

  const flush = () => {
    if (pending === undefined) return;
    blocks.push(joinedBlock(pending));
    pending = undefined;
  };

  for (const line of lines) {
    const alone = standaloneBlock(line);
    if (alone) {
      flush();
      blocks.push(alone);
      continue;
    }
    const startsBlock = pending === undefined;
    pending = pending === undefined ? line : joinLines(pending, line);
    if (!continues(line, layout, startsBlock && blocks.at(-1)?.kind === 'heading')) flush();
  }
  flush();
  return blocks;
}

/** A line that is a block of its own, if it is one: a heading by its pattern, a list or contents item, a byline, caption or kicker. */
function standaloneBlock(line: string): Block | undefined {
  const heading = patternHeading(line);
  if (heading) return heading;
  if (BULLET.test(line) || TOC_ENTRY.test(line))
    return { kind: 'list-item', text: line.replace(BULLET, '') };
  if (STANDALONE.test(line)) return { kind: 'paragraph', text: line };
  return undefined;
}

/** One blank-line-separated group: its lines are one paragraph, except lines that stand alone. */
function groupBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let pending: string | undefined;
  const flush = () => {
    if (pending === undefined) return;
    blocks.push(joinedBlock(pending));
    pending = undefined;
  };
  for (const line of lines) {
    const alone = standaloneBlock(line);
    if (alone) {
      flush();
      blocks.push(alone);
      continue;
    }
    pending = pending === undefined ? line : joinLines(pending, line);
  }
  flush();
  return blocks;
}
