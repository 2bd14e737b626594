/**
 * "Nothing is lost": compares an original with the printed reading of its
 * edition (see `edition-text.ts`).
 *
 * - Every passage (non-empty line) of the original must occur in the edition,
 *   as text or inside a recorded omission.
 * - Every block of the edition must be a run of the original, or a few runs
 *   joined where an `<EditorNote>` in that block explains the join. A block
 *   that is neither carries an unrecorded change of wording.
 *
 * Both sides are compared after `normalizeForComparison`, so layout (line
 * breaks, spaces, punctuation width) never counts as a change.
 */
import type { EditionBlock } from './edition-text.ts';
import { characterCount, normalizeForComparison } from './text.ts';

/**
 * Shortest run an editor's note may join to another: long enough that the
 * runs are passages of the original, not characters picked to spell new words.
 */
const MIN_JOINED_RUN = 8;

export interface Passage {
  /** 1-based line in the original. */
  line: number;
  /** Position among the original's passages (blank lines skipped). */
  index: number;
  text: string;
}

export interface CoverageReport {
  /** Characters of the original found in the edition, over all characters (0–1). */
  coverage: number;
  totalCharacters: number;
  /** Passages of the original that the edition lost. */
  missing: Passage[];
  /** Blocks of the edition whose wording differs from the original without a record. */
  unrecorded: UnrecordedChange[];
}

/** A block whose wording differs from the original. */
export interface UnrecordedChange {
  line: number;
  text: string;
  /** The block's text as compared (normalised), split into runs the original holds. */
  runs: string[];
  /** Where in `runs.join('')` the difference is: the first run too short to be a passage. */
  difference: { start: number; end: number };
}

/** The first run that is not a passage of the original: where the wording changed. */
function differenceOf(runs: readonly string[]): { start: number; end: number } {
  let index = runs.findIndex((run) => characterCount(run) < MIN_JOINED_RUN);
  if (index === -1) index = Math.min(1, runs.length - 1);
  const start = runs.slice(0, index).join('').length;
  return { start, end: start + runs[index]!.length };
}

/**
 * Markup in the originals that is layout, not wording: Markdown heading marks
 * and bold (`## 民生在线`, `**本报2月23日讯**`) and list bullets (`• 文件字号…`).
 */
const SOURCE_MARKUP = /^\s*(?:#{1,6}\s+|[•·●▪]\s*)|\*\*/gu;

/** The non-empty lines of an original, each a passage, without layout markup. */
export function originalPassages(original: string): Passage[] {
  return original
    .split(/\r\n|\r|\n/u)
    .map((text, index) => ({ line: index + 1, text: text.replace(SOURCE_MARKUP, '').trim() }))
    .filter((passage) => normalizeForComparison(passage.text).length > 0)
    .map((passage, index) => ({ ...passage, index }));
}

/**
 * Split `text` into the fewest runs, left to right, each of which occurs in
 * `haystack` (greedy longest match; binary search on the run length works
 * because every prefix of an occurring run also occurs).
 */
export function splitIntoRuns(text: string, haystack: string): string[] {
  const runs: string[] = [];
  let start = 0;
  while (start < text.length) {
    let low = 0;
    let high = text.length - start;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (haystack.includes(text.slice(start, start + middle))) low = middle;
      else high = middle - 1;
    }
    // A character the original does not have at all is a run of its own.
    const length = Math.max(low, 1);
    runs.push(text.slice(start, start + length));
    start += length;
  }
  return runs;
}

export function checkCoverage(original: string, blocks: readonly EditionBlock[]): CoverageReport {
  const editionText = blocks.map((block) => normalizeForComparison(block.text)).join('\n');
  const passages = originalPassages(original);
  const originalText = passages.map((passage) => normalizeForComparison(passage.text)).join('');
  const missing = passages.filter(
    (passage) => !editionText.includes(normalizeForComparison(passage.text)),
  );
  const totalCharacters = passages.reduce((sum, passage) => sum + characterCount(passage.text), 0);
  const missingCharacters = missing.reduce((sum, passage) => sum + characterCount(passage.text), 0);

  const unrecorded = blocks.flatMap((block) => {
    const text = normalizeForComparison(block.text);
    if (text.length === 0 || originalText.includes(text)) return [];
    const runs = splitIntoRuns(text, originalText);
    // An editor's note may explain a join of runs, but never text the original lacks.
    const joinedOnly =
      block.annotated && runs.every((run) => characterCount(run) >= MIN_JOINED_RUN);
    return joinedOnly
      ? []
      : [{ line: block.line, text: block.text, runs, difference: differenceOf(runs) }];
  });

  return {
    coverage: totalCharacters === 0 ? 1 : (totalCharacters - missingCharacters) / totalCharacters,
    totalCharacters,
    missing,
    unrecorded,
  };
}
