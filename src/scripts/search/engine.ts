/**
 * Search over the Pagefind index, loaded only when a search starts.
 *
 * A query is normalised and split into the indexed terms (one per Han
 * character; Latin words and numbers whole, matched by prefix). Pagefind
 * returns the records holding the terms as a phrase first; the records holding
 * them apart are searched only when needed. Each candidate's text is checked against
 * the query as typed, so passages holding it rank above passages that only
 * hold its characters apart (see session.ts). A query in traditional
 * characters that finds nothing is converted to simplified with OpenCC
 * (loaded only then) and searched again.
 */
import { href } from '../../data/links.ts';
import { containsQuery, normalizeQuery, spaceHan } from '../../lib/search-text.ts';

interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindSearch {
  results: PagefindResult[];
}

/** Result order: relevance (query as typed first), or by source date. */
export type Order = 'relevance' | 'date-desc' | 'date-asc';

interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}

interface Pagefind {
  options: (options: { baseUrl?: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string, options?: SearchOptions) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Chosen filter values, by filter name: { 年份: ['2021'] }. */
export type Filters = Record<string, string[]>;

export interface Hit {
  url: string;
  kind: string;
  title: string;
  source: string;
  date: string;
  label: string;
  text: string;
  /** An entity's English name or type. */
  detail: string;
  /** Position in its source (the title is 0), for reading order. */
  order: number;
  /** The passage holds the query as typed. */
  exact: boolean;
}

export interface Outcome {
  /** The query as searched (after normalisation and any conversion). */
  query: string;
  /** Set when a traditional-character query was converted to simplified. */
  convertedFrom?: string;
  /** Records holding the query's terms as a phrase (all its records for a one-term query), best first. */
  candidates: PagefindResult[];
  /** How many candidates hold the terms as a phrase. */
  phraseMatches: number;
  /**
   * The other records holding all the terms, not as a phrase: searched only
   * when needed (more results, or the scattered ones), since on a large
   * corpus that search costs as much again as the first.
   */
  others: () => Promise<PagefindResult[]>;
}

const HAN = /\p{Script=Han}/u;
let pagefind: Promise<Pagefind> | undefined;

/** The Pagefind runtime, imported and initialised once. */
export function loadPagefind(base = href('/pagefind/')): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
    // Records name site paths (/sources/x/#p3): Pagefind puts the base path in front of them.
    await module.options({ baseUrl: href('/') });
    await module.init();
    return module;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

async function toSimplified(query: string): Promise<string> {
  const { Converter } = await import('opencc-js/t2cn');
  return Converter({ from: 'tw', to: 'cn' })(query);
}

async function searchOnce(
  engine: Pagefind,
  query: string,
  filters: Filters,
  order: Order,
): Promise<Outcome> {
  const terms = spaceHan(query);
  const options: SearchOptions =
    order === 'relevance'
      ? { filters }
      : { filters, sort: { date: order === 'date-desc' ? 'desc' : 'asc' } };
  const none = () => Promise.resolve([]);
  if (!terms.includes(' ')) {
    const candidates = (await engine.search(terms, options))?.results ?? [];
    return { query, candidates, phraseMatches: candidates.length, others: none };
  }
  const phrase = (await engine.search(`"${terms}"`, options))?.results ?? [];
  let others: Promise<PagefindResult[]> | undefined;
  return {
    query,
    candidates: phrase,
    phraseMatches: phrase.length,
    others: () => {
      const seen = new Set(phrase.map((result) => result.id));
      others ??= engine
        .search(terms, options)
        .then((all) => (all?.results ?? []).filter((result) => !seen.has(result.id)));
      return others;
    },
  };
}

/** Search the index; empty queries give empty outcomes. */
export async function search(
  rawQuery: string,
  filters: Filters = {},
  order: Order = 'relevance',
): Promise<Outcome> {
  const query = normalizeQuery(rawQuery);
  if (query === '')
    return { query, candidates: [], phraseMatches: 0, others: () => Promise.resolve([]) };
  const engine = await loadPagefind();
  const outcome = await searchOnce(engine, query, filters, order);
  // Simplified texts hold traditional characters rarely: no phrase match is the sign to convert.
  if (outcome.phraseMatches > 0 || !HAN.test(query)) return outcome;
  const simplified = await toSimplified(query);
  if (simplified === query) return outcome;
  const converted = await searchOnce(engine, simplified, filters, order);
  return converted.phraseMatches > 0 ? { ...converted, convertedFrom: query } : outcome;
}

/** Load the data of some results and check each against the query as typed. */
export async function loadHits(results: readonly PagefindResult[], query: string): Promise<Hit[]> {
  const data = await Promise.all(results.map((result) => result.data()));
  return data.map(({ url, meta }, index) => ({
    url,
    kind: meta['kind'] ?? 'passage',
    title: meta['title'] ?? '',
    source: meta['source'] ?? '',
    date: meta['date'] ?? '',
    label: meta['label'] ?? '',
    text: meta['text'] ?? '',
    detail: meta['nameEn'] ?? meta['type'] ?? '',
    order: Number(meta['order'] ?? index),
    // An entity is also found by its pinyin and English name (its `forms`).
    exact: containsQuery(
      meta['kind'] === 'passage'
        ? (meta['text'] ?? '')
        : `${meta['title'] ?? ''} ${meta['text'] ?? ''} ${meta['forms'] ?? ''}`,
      query,
    ),
  }));
}

/** Available filter values with their counts. */
export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}
