/**
 * Text normalisation shared by the importer, the coverage check and search.
 *
 * Chinese sources mix full-width and half-width punctuation (`，` and `,`),
 * ideographic and ASCII spaces, and OCR leaves spaces between digits and
 * characters (`在内的 9 位`). None of that is wording, so comparisons between
 * an original and its edition ignore it.
 */

/** Characters that carry no wording: every kind of white space and zero-width marks. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/gu;

/**
 * Fold a passage to the form used to compare an original with its edition:
 * Unicode NFKC (full-width letters, digits and punctuation become their
 * ASCII forms, the ideographic space becomes a space), then all white space
 * removed.
 */
export function normalizeForComparison(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '');
}

/** Length in user-perceived characters (a CJK ideograph counts as one). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text.replace(INVISIBLE, '')) count += 1;
  return count;
}

/** Characters that end a sentence or a clause that may close a paragraph. */
const SENTENCE_END = /[。！？!?；;：:…]$/u;
/** Closing quotes and brackets that may follow a sentence end: `。”` or `。）`. */
const TRAILING_CLOSERS = /[”’」』）)\]】》〉"'*]+$/u;

/** Does this line end a sentence (ignoring closing quotes and brackets after the stop)? */
export function endsSentence(line: string): boolean {
  const trimmed = line.trimEnd();
  if (SENTENCE_END.test(trimmed)) return true;
  const withoutClosers = trimmed.replace(TRAILING_CLOSERS, '');
  return withoutClosers !== trimmed && SENTENCE_END.test(withoutClosers);
}

/**
 * A Chinese term inside other-language text (the translations give the
 * Chinese of a term once: “Two New” (两新)): a run that starts with a Han
 * character, or with digits before one (15个攻势), and goes on through Han
 * characters, digits and Chinese punctuation.
 */
const HAN_RUN =
  /[《〈「『（]?[0-9０-９]*\p{Script=Han}[\p{Script=Han}0-9０-９、。，：；！？《》〈〉「」『』（）·…—]*/gu;

/** A text cut into its Chinese runs and the rest, so each Chinese run can say its language. */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  const runs: { text: string; han: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), han: false });
    runs.push({ text: match[0], han: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), han: false });
  return runs;
}
