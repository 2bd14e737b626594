/**
 * The tests' own idea of "this text contains that query", written without the
 * site's search code so it can judge it. A reader searching Chinese text
 * ignores character width, case, spaces and punctuation: 院士港 is in
 * “院士港”， and in 院 士 港. Latin words and numbers are matched from their
 * start (a search for 62 finds 62% and 620, not 262).
 */

/** NFKC, lower case; punctuation, symbols and spaces fold to one space, which vanishes next to a Han character. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=\d)\.(?=\d)/gu, '\u0000') // a decimal point is part of its number
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .replaceAll('\u0000', '.')
    .replace(/ ?(\p{Script=Han}) ?/gu, '$1')
    .trim();
}

/** Does the text contain the query, as a reader would judge it? */
export function textContains(text: string, query: string): boolean {
  const needle = foldText(query);
  if (needle === '') return false;
  const haystack = foldText(text);
  const mustStartWord = /^[a-z0-9]/u.test(needle);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!mustStartWord || at === 0 || !/[a-z0-9.]/u.test(haystack[at - 1]!)) return true;
  }
  return false;
}
