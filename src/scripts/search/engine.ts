/**
 * Candidate retrieval over the Pagefind index: which records may hold a word.
 *
 * This module alone knows how the index is asked. Records index Chinese one
 * character per term (see spaceHan in src/lib/search-text.ts), so a word is
 * asked for as a Pagefind phrase of its terms: Pagefind returns the records
 * holding those terms in sequence. Whether a record really holds the word,
 * and how hits are ranked and grouped, is decided afterwards from the
 * record's text (see results.ts); a change of record granularity or term
 * scheme changes this module and the records, not the reader's results.
 *
 * The runtime loads on first use or on `preloadSearch()` (the search page
 * calls it on open, the search control on focus or hover); it runs without a
 * worker, which for an index this size costs less than fetching one.
 */
import { href } from '../../data/links.ts';
import { normalizeQuery, spaceHan } from '../../lib/search-text.ts';

interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindRecord>;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (query: string) => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** A record that may hold a word: its id and score, its data loaded on demand. */
export interface Candidate {
  id: string;
  score: number;
  load: () => Promise<SearchRecordData>;
}

/** A record's data as the results need it. */
export interface SearchRecordData {
  id: string;
  url: string;
  /** passage, title, note, introduction or entity (RECORD_KINDS). */
  kind: string;
  /** The source's title, or the entity's name. */
  title: string;
  /** The source's slug (empty for an entity). */
  source: string;
  date: string;
  /** A passage's label (12), a note's number. */
  label: string;
  /** The label of the passage a note is attached to. */
  paragraph: string;
  /** The text a hit is checked against and shown from. */
  text: string;
  /** An English record's Chinese: the text it translates, or an entity's Chinese name. */
  textZh: string;
  /** The record's language: `en` for the English pages' records, else `zh`. */
  language: 'zh' | 'en';
  /** An entity's English description. */
  textEn: string;
  /** An entity's English name, or its type. */
  detail: string;
  /** An entity's name and aliases. */
  names: string[];
  /** An entity's forms: names, their pinyin and English name. */
  forms: string;
  /** Position in its source, for reading order. */
  order: number;
  filters: Record<string, string[]>;
}

let pagefind: Promise<Pagefind> | undefined;

/** The Pagefind runtime, imported and initialised once. */
export function loadPagefind(base = href('/pagefind/')): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    // Records name site paths (/sources/x/#p3): Pagefind puts the base path in front of them.
    await module.options({ noWorker: true, baseUrl: href('/') });
    await module.init();
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Start loading the runtime (and the index chunks for some text, if given) before a search is asked for. */
export function preloadSearch(text = ''): void {
  const terms = spaceHan(normalizeQuery(text));
  loadPagefind()
    .then((engine) => (terms ? engine.preload(terms) : undefined))
    .catch(() => undefined);
}

/**
 * The index query for a word: its terms as a phrase (a single term as
 * itself). A Latin word or number at the end is matched by prefix (达8 finds
 * 达80), which a Pagefind phrase does not do: it is left out of the phrase,
 * and the check on the text decides.
 */
function phraseOf(word: string): string {
  const terms = spaceHan(word).split(' ');
  if (terms.length > 1 && !/\p{Script=Han}/u.test(terms.at(-1)!)) terms.pop();
  return terms.length > 1 ? `"${terms.join(' ')}"` : terms.join(' ');
}

const records = new Map<string, Promise<SearchRecordData>>();

function candidate(result: PagefindResult): Candidate {
  return {
    id: result.id,
    score: result.score,
    load: () => {
      let loaded = records.get(result.id);
      if (!loaded) {
        loaded = result.data().then(({ url, meta, filters }) => ({
          id: result.id,
          url,
          kind: meta['kind'] ?? 'passage',
          title: meta['title'] ?? '',
          source: meta['source'] ?? '',
          date: meta['date'] ?? '',
          label: meta['label'] ?? '',
          paragraph: meta['paragraph'] ?? '',
          text: meta['text'] ?? '',
          textZh: meta['textZh'] ?? '',
          language: meta['lang'] === 'en' ? 'en' : 'zh',
          textEn: meta['textEn'] ?? '',
          detail: meta['nameEn'] ?? meta['type'] ?? '',
          names: (meta['names'] ?? meta['title'] ?? '').split('\n').filter(Boolean),
          forms: meta['forms'] ?? '',
          order: Number(meta['order'] ?? 0),
          filters: filters ?? {},
        }));
        records.set(result.id, loaded);
      }
      return loaded;
    },
  };
}

const byWord = new Map<string, Promise<Candidate[]>>();

/** Records that may hold a word (a folded query word), best first. */
export function candidatesFor(word: string): Promise<Candidate[]> {
  let found = byWord.get(word);
  if (!found) {
    found = loadPagefind()
      .then((engine) => engine.search(phraseOf(word)))
      .then((search) => (search?.results ?? []).map(candidate));
    found.catch(() => byWord.delete(word));
    byWord.set(word, found);
  }
  return found;
}

/** Records of one source that may hold a word, best first (by the source's title, its filter value). */
export async function candidatesInSource(word: string, title: string): Promise<Candidate[]> {
  const engine = await loadPagefind();
  const search = await engine.search(phraseOf(word), { filters: { 来源: [title] } });
  return (search?.results ?? []).map(candidate);
}

/** Records holding every character of the words in any order and place (the scattered matches), best first. */
export async function scatteredCandidates(words: readonly string[]): Promise<Candidate[]> {
  const engine = await loadPagefind();
  const search = await engine.search(words.map(spaceHan).join(' '));
  return (search?.results ?? []).map(candidate);
}

/** Load the data of some candidates, all at once. */
export function loadRecords(candidates: readonly Candidate[]): Promise<SearchRecordData[]> {
  return Promise.all(candidates.map((found) => found.load()));
}
