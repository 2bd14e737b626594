/**
 * Candidate retrieval over the Pagefind index: which records may hold a word.
 *
 * This module alone knows how the index is asked. A source's entries
 * (paragraphs, notes, title, introduction) are indexed in sections of up to
 * forty, as overlapping Han bigrams (see src/lib/search-text.ts and
 * search-records.ts), so a word is asked for by all of its terms, and a
 * candidate section loads as the entries it stands for, from the texts
 * published at its url: one SearchRecordData per entry. Whether an entry
 * really holds the word, and how hits are ranked and grouped, is decided
 * afterwards from its text (see results.ts). A word of three Han characters
 * or more whose bigrams find more candidates than are checked is asked again
 * in the trigram directory (trigram-directory.ts).
 *
 * The runtime loads on first use or on `preloadSearch()` (the search page
 * calls it on open, the search control on focus or hover); it runs without a
 * worker, which for an index this size costs less than fetching one. An index
 * built in shards is searched as one through `mergeIndex`. Pagefind's filter
 * indexes load only when a search is filtered (the spread of a query's words
 * over a source); facets are counted from the hits.
 */
import { href } from '../../data/links.ts';
import {
  ENGLISH_SEARCH_LANGUAGE,
  SEARCH_LANGUAGE,
  SHARDS_FILE,
  type SectionText,
} from '../../lib/search-layout.ts';
import { hanTrigrams, indexQuery, normalizeQuery } from '../../lib/search-text.ts';
import { entityRecordIds, sectionsHolding } from './trigram-directory.ts';

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
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
  search: (
    query: string,
    options?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** A record that may hold a word: its id and score, its entries loaded on demand. */
export interface Candidate {
  /** Pagefind's id of the record, or the url of a section found in the trigram directory. */
  id: string;
  score: number;
  /** Where it was found: the index, or (a section) the trigram directory; ids compare only within one. */
  via: 'index' | 'directory';
  load: () => Promise<SearchRecordData[]>;
}

/**
 * Most candidate sections checked for one query; beyond it the status says
 * so. It counts sections, not entries: a query for a rare number or phrase
 * finds about one section per source that holds it, so a smaller cap loses
 * such hits as the corpus grows (at 5,000 sources, 181 sections hold a number
 * beginning 850, which Pagefind, dropping the point, gives for 85.0; with the
 * cap at 150 some paragraphs holding 85.0 were missed). A word of three Han
 * characters or more whose bigrams find more is asked again by its trigrams
 * (see `searchFor`).
 */
export const MAX_RECORDS = 400;

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
let otherShards: Promise<string[]> | undefined;

/** The other shards of the index, if it was built in shards. */
function shardPaths(): Promise<string[]> {
  otherShards ??= fetch(href(SHARDS_FILE)).then((response) =>
    response.ok ? (response.json() as Promise<string[]>) : [],
  );
  otherShards.catch(() => (otherShards = undefined));
  return otherShards;
}

/** The language of the page's records: `en` on the English pages. */
const pageLanguage = (): 'zh' | 'en' =>
  document.documentElement.lang.startsWith('en') ? 'en' : 'zh';

/** The Pagefind runtime, imported and initialised once, with every shard of the index. */
export function loadPagefind(base = href('/pagefind/')): Promise<Pagefind> {
  pagefind ??= (async () => {
    const shards = shardPaths();
    const module = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    // Records name site paths (/search-text/…): Pagefind puts the base path in front of them.
    const options = { noWorker: true, baseUrl: href('/') };
    await module.options(options);
    // Why the page's language is swapped for a moment: Pagefind's runtime (1.6) takes the
    // language of its primary index from `<html lang>` alone (its wrapper sets `language`
    // from the attribute over any option), and it uses that language, not the index's,
    // to word-segment every query for zh, ja and th. Under zh-CN, Intl.Segmenter cuts the
    // bigrams 院士 士港 into 院士 士 港, and a lone character asked by prefix finds its
    // matches only in the index chunk whose range holds it (issue 12), so a Chinese page
    // must start Pagefind under und-hani. Publishing the Chinese and English records as
    // separate bundles would not avoid this: a bundle of one language is found under any
    // page language, but the query is still segmented by the page's. Merged shards are
    // given their language explicitly (mergeIndex takes one). The attribute is read
    // synchronously when init() starts and restored in the same task, so nothing renders,
    // and no style or assistive technology sees, the borrowed language.
    const root = document.documentElement;
    const langAttribute = root.lang;
    const language = pageLanguage() === 'en' ? ENGLISH_SEARCH_LANGUAGE : SEARCH_LANGUAGE;
    root.lang = language;
    const started = module.init();
    root.lang = langAttribute;
    await started;
    await Promise.all(
      (await shards).map((path) => module.mergeIndex(href(path), { ...options, language })),
    );
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Start loading the runtime (and the index chunks for some text, if given) before a search is asked for. */
export function preloadSearch(text = ''): void {
  const terms = normalizeQuery(text).split(' ').filter(Boolean).map(indexQuery).join(' ');
  loadPagefind()
    .then((engine) => (terms ? engine.preload(terms) : undefined))
    .catch(() => undefined);
}

/**
 * The results of a search of all the terms, best first, kept only where each
 * term, looked up exactly, is held. Pagefind matches a term by prefix, and a
 * term an index lacks it replaces with the longest term the index holds that
 * begins it (24发 → 24; `find_word_extensions` in its source), or leaves out
 * when there is none. Each shard is an index of its own: a shard without 24发
 * answered a search for 24发 and 发展 with every section holding 发展 and a
 * number beginning 24, at 10,000 sources enough to push the one section
 * holding 24发展新动 past the cap on candidates. A quoted term is looked up
 * exactly (Pagefind's exact search), and records list exactly every term a
 * query asks by (`prefixTerms`), so each term is also searched alone, quoted.
 * The chunks fetched are the same; only the scoring is repeated.
 */
async function recordsHolding(
  terms: readonly string[],
  options?: { filters?: Record<string, string[]> },
): Promise<PagefindResult[]> {
  const engine = await loadPagefind();
  const [all, ...alone] = await Promise.all([
    engine.search(terms.join(' '), options),
    ...terms.map((term) => engine.search(`"${term}"`, options)),
  ]);
  const holders = alone.map((found) => new Set(found?.results.map((result) => result.id)));
  return (all?.results ?? []).filter((result) => holders.every((ids) => ids.has(result.id)));
}

/**
 * Records holding every term of a word, best first (`recordsHolding`).
 *
 * Past `limit` records, a word of three Han characters or more (not searched
 * within a filter) is taken from the trigram directory instead, if it finds
 * fewer: the sections
 * holding all its trigrams, which every section holding the word holds,
 * after the glossary's records among the index's (the directory has no
 * glossary). Those sections come in the directory's order (shard, source,
 * section), not ranked.
 */
async function searchFor(
  word: string,
  options?: { filters?: Record<string, string[]> },
  limit = MAX_RECORDS,
): Promise<Candidate[]> {
  const found = (await recordsHolding(indexQuery(word).split(' '), options)).map(candidate);
  const trigrams = hanTrigrams(word);
  if (found.length <= limit || trigrams.length === 0 || options?.filters) return found;
  // Too loose to check them all: the glossary's records among them, and the sections
  // that hold the word's trigrams (which every section holding the word holds).
  const shards = (await shardPaths()).length + 1;
  const [sectionUrls, entities] = await Promise.all([
    sectionsHolding(trigrams, pageLanguage(), shards),
    entityRecordIds(),
  ]);
  const glossary = found.filter((result) => entities.has(result.id));
  // A word with a number or Latin word in it may be narrower in the index (its junctions).
  if (glossary.length + sectionUrls.length >= found.length) return found;
  return [
    ...glossary,
    ...sectionUrls.map((url) => ({
      id: url,
      score: 0,
      via: 'directory' as const,
      load: () => cachedSection(url, () => sectionData(url, href(url))),
    })),
  ];
}

const sections = new Map<string, Promise<SearchRecordData[]>>();

/** An entity record's data, from its meta fields. */
function entityData(id: string, { url, meta, filters }: PagefindRecord): SearchRecordData {
  return {
    id,
    url,
    kind: 'entity',
    title: meta['title'] ?? '',
    source: '',
    date: '',
    label: '',
    paragraph: '',
    text: meta['text'] ?? '',
    textZh: meta['textZh'] ?? '',
    language: meta['lang'] === 'en' ? 'en' : 'zh',
    textEn: meta['textEn'] ?? '',
    detail: meta['nameEn'] ?? meta['type'] ?? '',
    names: (meta['names'] ?? meta['title'] ?? '').split('\n').filter(Boolean),
    forms: meta['forms'] ?? '',
    order: 0,
    filters: filters ?? {},
  };
}

/** A section's entries, from the texts published at its url (with the site's base path). */
async function sectionData(id: string, url: string): Promise<SearchRecordData[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const section = (await response.json()) as SectionText;
  return section.entries.map((entry, index) => ({
    id: `${id}:${index}`,
    url: href(entry.url),
    kind: entry.kind,
    title: section.title,
    source: section.source,
    date: section.date,
    label: entry.label ?? '',
    paragraph: entry.paragraph ?? '',
    text: entry.text,
    textZh: entry.textZh ?? '',
    language: section.lang,
    textEn: '',
    detail: '',
    names: [],
    forms: '',
    order: entry.order,
    filters: section.filters,
  }));
}

/** A record's entries, loaded once (by its Pagefind id, or a section's url). */
function cachedSection(
  key: string,
  load: () => Promise<SearchRecordData[]>,
): Promise<SearchRecordData[]> {
  let loaded = sections.get(key);
  if (!loaded) {
    loaded = load();
    loaded.catch(() => sections.delete(key));
    sections.set(key, loaded);
  }
  return loaded;
}

function candidate(result: PagefindResult): Candidate {
  return {
    id: result.id,
    score: result.score,
    via: 'index',
    load: () =>
      cachedSection(result.id, () =>
        result
          .data()
          .then((record) =>
            record.meta['kind'] === 'entity'
              ? [entityData(result.id, record)]
              : sectionData(result.id, record.url),
          ),
      ),
  };
}

const byWord = new Map<string, Promise<Candidate[]>>();

/**
 * Records that may hold a word (a folded query word), best first; past
 * `limit` candidates, a word of three Han characters or more is asked again
 * by its trigrams (see `searchFor`).
 */
export function candidatesFor(word: string, limit = MAX_RECORDS): Promise<Candidate[]> {
  const key = `${limit} ${word}`;
  let found = byWord.get(key);
  if (!found) {
    found = searchFor(word, {}, limit);
    found.catch(() => byWord.delete(key));
    byWord.set(key, found);
  }
  return found;
}

/** Records of one source that may hold a word, best first (by the source's title, its filter value). */
export function candidatesInSource(word: string, title: string): Promise<Candidate[]> {
  return searchFor(word, { filters: { 来源: [title] } });
}

/**
 * Records holding every character of the words in any order and place (the
 * scattered matches), best first: each Han character is a term every record
 * holding it lists once; Latin words and numbers are themselves.
 */
export async function scatteredCandidates(words: readonly string[]): Promise<Candidate[]> {
  const terms = new Set(
    words.flatMap((word) => word.match(/\p{Script=Han}|[^\p{Script=Han}\s]+/gu) ?? []),
  );
  return (await recordsHolding([...terms])).map(candidate);
}

/** Candidates (sections of up to 40 entries) in the first batch: the first results show after it. */
export const BATCH = 5;
/** The largest later batch. */
const LARGEST_BATCH = 80;

/**
 * Load the entries of some candidates, a batch at a time, best first;
 * `progress` sees the entries loaded so far after each batch but the last.
 * Each batch is twice the one before (5, 10, 20, 40, 80, 80…): the first hits
 * come after a small batch, and the rest take few round trips and few
 * renderings of the results, each of which checks every entry loaded so far.
 */
export async function loadRecords(
  candidates: readonly Candidate[],
  progress?: (loaded: readonly SearchRecordData[]) => void,
): Promise<SearchRecordData[]> {
  const loaded: SearchRecordData[] = [];
  for (let start = 0, size = BATCH; start < candidates.length;) {
    const batch = await Promise.all(
      candidates.slice(start, start + size).map((found) => found.load()),
    );
    loaded.push(...batch.flat());
    start += size;
    size = Math.min(size * 2, LARGEST_BATCH);
    if (start < candidates.length) progress?.(loaded);
  }
  return loaded;
}
