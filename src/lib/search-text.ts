/**
 * Text as the search index stores it and as queries are matched.
 *
 * Pagefind matches query terms by prefix and ANDs them, or matches a quoted
 * phrase as terms in consecutive positions. Chinese has no spaces, and a
 * dictionary segmenter cuts 院士港 as 院士 / 港, so a query like 士港 would find
 * nothing. We index Chinese as overlapping character bigrams (院士港 → 院士 士港
 * 港), the classic approach for CJK full-text search (Kwok 1997; Lucene's
 * CJKBigramFilter): every Han character begins exactly one term (a bigram
 * with the next Han character, or itself alone at the end of a run), so a
 * text holds every bigram of a query wherever it holds the query. Latin
 * words and numbers stay whole. A record lists each of its terms once, and a
 * query asks for all of its terms (not as a phrase); the check on each
 * entry's text decides. Bigrams have far shorter
 * postings than single characters, which is what keeps a large index small
 * and fast (issue 12). Each record also lists each Han character it holds
 * once, at its end ({@link hanCharacters}), so a one-character query finds
 * every record holding that character through one exact term, and each
 * junction of a Han character with a number or Latin word ({@link junctionTerms}).
 */

/** A unit of folded text: a Han character, or a Latin word or number. */
function units(folded: string): { text: string; han: boolean }[] {
  const found: { text: string; han: boolean }[] = [];
  let word = '';
  const flush = () => {
    if (word) found.push({ text: word, han: false });
    word = '';
  };
  for (const character of folded) {
    if (HAN.test(character)) {
      flush();
      found.push({ text: character, han: true });
    } else if (/\s/u.test(character)) flush();
    else word += character;
  }
  flush();
  return found;
}

/**
 * The terms of a folded text, in order: a Han character followed (across
 * spaces and punctuation) by another is the bigram of the two, one at the end
 * of a run stands alone; a Latin word or number is itself.
 */
export function termsOf(folded: string): string[] {
  const list = units(folded);
  return list.map((unit, index) => {
    const next = list[index + 1];
    return unit.han && next?.han ? unit.text + next.text : unit.text;
  });
}

/**
 * The indexed form of a text: folded as queries are (so punctuation between
 * characters never breaks a phrase: 7+4+1, “四新”经济), then its terms.
 * Records keep their text as printed for display and checking.
 */
export function indexText(text: string): string {
  return termsOf(normalizeQuery(text)).join(' ');
}

/**
 * The junctions of a text, each once, space-separated: a Han character and
 * the number or Latin word next to it (across spaces and punctuation, as
 * queries are folded), joined in their order: 升,0342 → 升0342, 5强 → 5强.
 * A query of one Han character and one number or word is asked by its
 * junction (see {@link indexQuery}): its parts alone (升; every number
 * beginning with 03) are held by too many sections at thousands of sources.
 */
export function junctionTerms(text: string): string {
  const list = units(normalizeQuery(text));
  const found = new Set<string>();
  list.forEach((unit, index) => {
    const next = list[index + 1];
    if (next && unit.han !== next.han) found.add(unit.text + next.text);
  });
  return [...found].join(' ');
}

/**
 * The beginnings of a text's numbers and Latin words, and of its junctions
 * that begin with a Han character (升0342 → 升0 升03 升034), each once,
 * space-separated. A query ending in a number or word is matched by prefix
 * (85.0 finds 85.03), and Pagefind 1.6 looks a term up only in the index
 * chunk whose range holds the term itself (`request_indexes` in its source),
 * so a word with the prefix that sits in the next chunk is not found (the
 * same rule lost single characters, issue 12). A record that lists each
 * beginning as a term is found by that exact term, in that chunk.
 */
export function prefixTerms(text: string): string {
  const list = units(normalizeQuery(text));
  const found = new Set<string>();
  const beginnings = (lead: string, word: string) => {
    const characters = [...word];
    for (let end = 1; end < characters.length; end += 1)
      found.add(lead + characters.slice(0, end).join(''));
  };
  list.forEach((unit, index) => {
    if (unit.han) {
      const next = list[index + 1];
      if (next && !next.han) beginnings(unit.text, next.text);
    } else beginnings('', unit.text);
  });
  return [...found].join(' ');
}

/** The distinct Han characters of a text, each once, space-separated: the terms one-character queries find. */
export function hanCharacters(text: string): string {
  return [...new Set(text.match(/\p{Script=Han}/gu) ?? [])].join(' ');
}

/**
 * The distinct trigrams of a text: every three consecutive Han characters
 * (across spaces and punctuation, as bigrams are formed). They are not index
 * terms (they would double the index and Pagefind's time and memory) but the
 * keys of the trigram directory (src/lib/search-trigrams.ts), asked when a
 * word's bigrams, held anywhere in a section of forty entries, are too loose
 * at thousands of sources (at 5,000, 983 sections held both 建共 and 共文,
 * two held 建共文).
 */
export function hanTrigrams(text: string): string[] {
  const list = units(normalizeQuery(text));
  const found = new Set<string>();
  list.forEach((unit, index) => {
    const [second, third] = [list[index + 1], list[index + 2]];
    if (unit.han && second?.han && third?.han) found.add(unit.text + second.text + third.text);
  });
  return [...found];
}

/**
 * The Pagefind query for a word (folded): terms every record holding the word
 * lists, each once (records list each term once, so not as a phrase: the
 * check on each entry's text decides); Pagefind matches each by prefix.
 * - A word of one unit (a Han character, a number or a Latin word) is itself:
 *   the character is a term every record holding it lists; a number or word
 *   is matched by prefix (85 finds 850), through the beginnings records list.
 * - A run of Han characters is asked by its bigrams; a lone character is
 *   left to the terms around it (at the end of the word it may begin a
 *   bigram with the character after it in the text).
 * - Each Han character next to a number or Latin word is asked by their
 *   junction ({@link junctionTerms}; by prefix, through the beginnings
 *   records list, when the number or word ends the word: 升03 finds 升0342);
 *   its parts alone (升; every number beginning with 03) are held by too many
 *   sections at thousands of sources.
 * - A number or Latin word beside another is itself.
 */
export function indexQuery(word: string): string {
  const list = units(word);
  if (list.length === 1) return list[0]!.text;
  const terms: string[] = [];
  let run: string[] = [];
  const closeRun = () => {
    for (let at = 0; at + 1 < run.length; at += 1) terms.push(run[at]! + run[at + 1]!);
    run = [];
  };
  list.forEach((unit, index) => {
    const [previous, next] = [list[index - 1], list[index + 1]];
    if (unit.han) {
      run.push(unit.text);
      if (!next?.han) closeRun();
    } else if (!previous?.han && !next?.han) terms.push(unit.text);
    if (next && next.han !== unit.han) terms.push(unit.text + next.text);
  });
  return [...new Set(terms)].join(' ');
}

/** Han ideographs (with extensions and compatibility forms). */
const HAN = /\p{Script=Han}/u;

/**
 * A query as users type it, folded to the indexed form: Unicode NFKC
 * (full-width letters and digits become ASCII), lower case, punctuation and
 * extra spaces removed. Decimal points inside numbers are kept (1995.40).
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<!\d)[.](?!\d)|[^\p{L}\p{N}.\s]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A Latin letter or digit: words and numbers are indexed whole and found from their start. */
const WORD_CHARACTER = /[a-z0-9.]/u;

/**
 * Does a passage contain the query as typed (ignoring spaces, punctuation and
 * character width)? A query that begins with a letter or digit must begin a
 * word or number in the passage, as the index matches them by prefix: 62
 * finds 62% and 620, not 262.
 */
export function containsQuery(passage: string, query: string): boolean {
  const needle = normalizeQuery(query).replace(/\s+/gu, '');
  if (needle.length === 0) return false;
  // Fold the passage, remembering which folded characters begin a word (follow a
  // space, punctuation or a Han character in the original), since folding drops spaces.
  let haystack = '';
  const startsWord: boolean[] = [];
  let previous = ' ';
  for (const character of normalizeQuery(passage)) {
    if (/\s/u.test(character)) {
      previous = ' ';
      continue;
    }
    // One entry per UTF-16 unit, so indexes line up with haystack.indexOf.
    startsWord.push(
      !WORD_CHARACTER.test(previous) || !WORD_CHARACTER.test(character),
      ...Array.from({ length: character.length - 1 }, () => false),
    );
    haystack += character;
    previous = character;
  }
  const mustStartWord = WORD_CHARACTER.test(needle[0]!);
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (!mustStartWord || startsWord[at]) return true;
  }
  return false;
}

/** Fold one character as queries are folded (full-width → ASCII, lower case); punctuation and spaces fold to ''. */
function foldCharacter(character: string): string {
  return normalizeQuery(character).replace(/\s+/gu, '');
}

/** Ranges of `text` (in UTF-16 offsets) that spell the query, ignoring spaces and punctuation between characters. */
export function matchRanges(text: string, query: string): [number, number][] {
  const needle = [...normalizeQuery(query).replace(/\s+/gu, '')];
  if (needle.length === 0) return [];
  const folded: { character: string; start: number; end: number; startsWord: boolean }[] = [];
  let offset = 0;
  let previous = '';
  for (const character of text) {
    const fold = foldCharacter(character);
    if (fold)
      folded.push({
        character: fold,
        start: offset,
        end: offset + character.length,
        startsWord: !WORD_CHARACTER.test(previous) || !WORD_CHARACTER.test(fold),
      });
    previous = fold;
    offset += character.length;
  }
  // As in containsQuery: a query beginning with a letter or digit matches from the start of a word.
  const mustStartWord = WORD_CHARACTER.test(needle[0]!);
  const ranges: [number, number][] = [];
  for (let index = 0; index + needle.length <= folded.length; index += 1) {
    if (mustStartWord && !folded[index]!.startsWord) continue;
    if (needle.every((character, at) => folded[index + at]!.character === character)) {
      ranges.push([folded[index]!.start, folded[index + needle.length - 1]!.end]);
      index += needle.length - 1;
    }
  }
  return ranges;
}

/** Every occurrence of any of the words, in order, overlaps merged. */
export function wordRanges(text: string, words: readonly string[]): [number, number][] {
  const ranges = words.flatMap((word) => matchRanges(text, word)).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Endings an English word may drop, longest first; the stem left must keep four letters. */
const ENGLISH_ENDINGS = ['ing', 'ies', 'es', 'ed', 's'] as const;

/**
 * The stem of an English query word, for checking hits in the English index,
 * which Pagefind stems (academicians finds academician): the word's last
 * token without an inflectional ending, matched by prefix as every Latin
 * word is (renewals → renewal, planning → plann, finding planned). A rough
 * stand-in for the Snowball stemmer's effect, not a reimplementation of it.
 */
export function englishStem(word: string): string {
  const match = /^(.*?)([a-z]+)$/u.exec(word);
  if (!match) return word;
  const [, head, last] = match as unknown as [string, string, string];
  const ending = ENGLISH_ENDINGS.find((end) => last.endsWith(end) && last.length - end.length >= 4);
  return ending ? head + last.slice(0, -ending.length) : word;
}
