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
