/**
 * From checked records to what a reader scans: exact hits only (a record
 * holds the words as typed), one hit per record, entities ranked by how they
 * match, text hits grouped by source, facet counts of exactly the hits shown.
 * No DOM and no index here: the same results whatever records the index is
 * built from.
 */
import type { ParsedQuery } from '../../lib/search-query.ts';
import { containsQuery, englishStem, normalizeQuery } from '../../lib/search-text.ts';
import type { SearchRecordData } from './engine.ts';

/** Filters chosen, by name: { 年份: ['2021'] }. */
export type Filters = Record<string, string[]>;

/** Result order: relevance (sources with the most hits first) or by source date. */
export type Order = 'relevance' | 'date-desc' | 'date-asc';

export interface Hit {
  record: SearchRecordData;
  /** The query's words this record holds. */
  words: string[];
  /** Occurrences of the words, for ranking within a source. */
  weight: number;
}

export interface EntityHit extends Hit {
  /** 0 the name is the query, 1 an alias is, 2 a pinyin or English form is, 3 a name holds it, 4 only the description does. */
  rank: number;
}

export interface SourceGroup {
  source: string;
  title: string;
  date: string;
  /** Hits in reading order. */
  hits: Hit[];
}

export interface Results {
  query: ParsedQuery;
  entities: EntityHit[];
  /** Sources whose records hold the query (each record all words, or any in `any` mode). */
  groups: SourceGroup[];
  /**
   * For a query of several words that no single record holds together:
   * sources holding every word somewhere, with the records holding each.
   */
  spread: SourceGroup[];
  /** Facet counts of the text hits: for each filter, how many hits each value keeps given the other filters chosen. */
  facets: Record<string, Record<string, number>>;
  /** The text hits before filters. */
  unfiltered: number;
}

const TEXT_KINDS = new Set(['passage', 'title', 'note', 'introduction']);

function searchable(record: SearchRecordData): string {
  if (record.kind === 'entity')
    return `${record.names.join(' ')} ${record.text} ${record.textEn} ${record.forms}`;
  // An English record is an aligned pair: a Chinese query finds it by the Chinese it translates.
  return record.textZh ? `${record.text}\n${record.textZh}` : record.text;
}

/**
 * The form of a query word a record is checked for: as typed, or for an
 * English record its stem, as Pagefind's English index found it.
 */
export function checkedWord(record: SearchRecordData, word: string): string {
  return record.language === 'en' ? englishStem(word) : word;
}

/** Does a record hold a query word (in any of its texts)? */
export function holds(record: SearchRecordData, word: string): boolean {
  return containsQuery(searchable(record), checkedWord(record, word));
}

/** How many times the words occur in a text (folded as queries are). */
function occurrences(text: string, words: readonly string[]): number {
  const folded = normalizeQuery(text).replace(/\s+/gu, '');
  let count = 0;
  for (const word of words) {
    const needle = word.replace(/\s+/gu, '');
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1))
      count += 1;
  }
  return count;
}

function entityRank(record: SearchRecordData, word: string): number {
  const bare = (text: string) => normalizeQuery(text).replace(/\s+/gu, '');
  const target = bare(word);
  const [name = '', ...aliases] = record.names.map(bare);
  if (name === target) return 0;
  if (aliases.includes(target)) return 1;
  if (
    record.forms.split(/\s+/u).some((form) => bare(form) === target) ||
    bare(record.detail) === target
  )
    return 2;
  if ([name, ...aliases].some((form) => form.includes(target))) return 3;
  return 4;
}

function passesFilters(record: SearchRecordData, filters: Filters, except?: string): boolean {
  return Object.entries(filters).every(
    ([name, values]) =>
      name === except ||
      values.length === 0 ||
      values.some((value) => record.filters[name]?.includes(value)),
  );
}

function bySource(hits: readonly Hit[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const hit of hits) {
    const { source, title, date } = hit.record;
    const group = groups.get(source) ?? { source, title, date, hits: [] };
    group.hits.push(hit);
    groups.set(source, group);
  }
  for (const group of groups.values())
    group.hits.sort(
      (a, b) =>
        kindOrder(a.record.kind) - kindOrder(b.record.kind) || a.record.order - b.record.order,
    );
  return [...groups.values()];
}

/** Within a source: its introduction first, then its text in reading order (a note after its paragraph). */
function kindOrder(kind: string): number {
  return kind === 'introduction' ? 0 : kind === 'title' ? 1 : 2;
}

function orderGroups(groups: SourceGroup[], order: Order): SourceGroup[] {
  return groups.sort((a, b) =>
    order === 'relevance'
      ? b.hits.length - a.hits.length || b.date.localeCompare(a.date)
      : order === 'date-desc'
        ? b.date.localeCompare(a.date) || b.hits.length - a.hits.length
        : a.date.localeCompare(b.date) || b.hits.length - a.hits.length,
  );
}

/** Check each record against the query and arrange the hits. */
export function arrangeResults(
  query: ParsedQuery,
  records: readonly SearchRecordData[],
  filters: Filters = {},
  order: Order = 'relevance',
): Results {
  const seen = new Set<string>();
  const checked: Hit[] = [];
  for (const record of records) {
    // One hit per record, and one per address (a record found by two words is loaded once, but be sure).
    if (seen.has(record.url)) continue;
    seen.add(record.url);
    const words = query.words.filter((word) => holds(record, word));
    const counted = words.map((word) => checkedWord(record, word));
    if (words.length > 0)
      checked.push({ record, words, weight: occurrences(searchable(record), counted) });
  }
  const complete = (hit: Hit) =>
    query.mode === 'any' ? hit.words.length > 0 : hit.words.length === query.words.length;

  const entities: EntityHit[] = checked
    .filter((hit) => hit.record.kind === 'entity' && complete(hit))
    .map((hit) => ({
      ...hit,
      // Words that together spell a name (Zhangcun River, typed without quotes) rank as that name.
      rank: Math.min(
        ...[...hit.words, query.words.join(' ')].map((word) => entityRank(hit.record, word)),
      ),
    }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        (a.record.names[0]?.length ?? 0) - (b.record.names[0]?.length ?? 0) ||
        a.record.title.localeCompare(b.record.title, 'zh-CN'),
    );

  const text = checked.filter((hit) => TEXT_KINDS.has(hit.record.kind));
  const exact = text.filter(complete);
  const facets: Record<string, Record<string, number>> = {};
  for (const hit of exact)
    for (const [name, values] of Object.entries(hit.record.filters)) {
      if (!passesFilters(hit.record, filters, name)) continue;
      facets[name] ??= {};
      for (const value of values) facets[name][value] = (facets[name][value] ?? 0) + 1;
    }
  // A chosen value stays listed, with its count, even when this query has no hit there.
  for (const [name, values] of Object.entries(filters))
    for (const value of values) (facets[name] ??= {})[value] ??= 0;

  const shown = exact.filter((hit) => passesFilters(hit.record, filters));
  let spread: SourceGroup[] = [];
  if (query.mode === 'all' && query.words.length > 1 && shown.length === 0) {
    spread = bySource(text.filter((hit) => passesFilters(hit.record, filters))).filter((group) =>
      query.words.every((word) => group.hits.some((hit) => hit.words.includes(word))),
    );
  }
  return {
    query,
    entities,
    groups: orderGroups(bySource(shown), order),
    spread: orderGroups(spread, order),
    facets,
    unfiltered: exact.length,
  };
}

/** Hits a group shows first: the best of each word in turn, then the best others, shown in reading order. */
export function bestHits(group: SourceGroup, count: number, words: readonly string[]): Hit[] {
  if (group.hits.length <= count) return group.hits;
  const ranked = [...group.hits].sort(
    (a, b) => b.weight - a.weight || a.record.order - b.record.order,
  );
  const best = new Set<Hit>();
  for (let round = 0; best.size < count && round < count; round += 1)
    for (const word of words) {
      const next = ranked.find((hit) => !best.has(hit) && hit.words.includes(word));
      if (next && best.size < count) best.add(next);
    }
  for (const hit of ranked) if (best.size < count) best.add(hit);
  return group.hits.filter((hit) => best.has(hit));
}

/** Counts for the status line. */
export function tally(groups: readonly SourceGroup[]) {
  const hits = groups.flatMap((group) => group.hits);
  const of = (...kinds: string[]) => hits.filter((hit) => kinds.includes(hit.record.kind)).length;
  return {
    sources: groups.length,
    passages: of('passage', 'title'),
    notes: of('note'),
    introductions: of('introduction'),
  };
}
