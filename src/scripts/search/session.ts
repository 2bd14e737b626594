/**
 * One search as readers see it, shared by the search page and the dialog:
 * parse the query, retrieve candidates for each word (engine.ts), check and
 * arrange them (results.ts), and show the status and the results (render.ts).
 * Records holding the characters of a word apart are searched only when the
 * reader asks, and shown in their own labelled section.
 */
import { formatQuery, parseQuery, type ParsedQuery } from '../../lib/search-query.ts';
import {
  candidatesFor,
  candidatesInSource,
  loadRecords,
  scatteredCandidates,
  toSimplified,
  type Candidate,
  type SearchRecordData,
} from './engine.ts';
import { containsQuery } from '../../lib/search-text.ts';
import { renderResults, renderScattered, type RenderOptions } from './render.ts';
import { arrangeResults, tally, type Filters, type Order, type Results } from './results.ts';

/** Most records checked for one query; beyond it the status says so. */
const MAX_RECORDS = 400;

export interface SearchView {
  /** Live region for status messages. */
  status: HTMLElement;
  /** Where results go. */
  results: HTMLElement;
  /** Heading level of the result groups, to fit the page's outline (h3 by default). */
  headingLevel?: 2 | 3;
  /** Glossary cards shown before "all N entries" (default 3). */
  entityLimit?: number;
  /** Hits shown per source before "N more in this source" (default 3). */
  hitLimit?: number;
}

export interface Outcome {
  results: Results;
  /** The query as searched (words folded, perhaps converted to simplified). */
  query: ParsedQuery;
}

const HAN = /\p{Script=Han}/u;
const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join('');

/** Candidates holding the query: every word (their intersection) or any (their union), best first. */
async function retrieve(query: ParsedQuery): Promise<{ exact: Candidate[]; any: Candidate[] }> {
  const perWord = await Promise.all(query.words.map(candidatesFor));
  const union = new Map<string, Candidate>();
  for (const list of perWord)
    for (const found of list) if (!union.has(found.id)) union.set(found.id, found);
  const any = [...union.values()].sort((a, b) => b.score - a.score);
  if (query.mode === 'any' || perWord.length === 1) return { exact: any, any };
  const inAll = perWord.slice(1).reduce((kept, list) => {
    const ids = new Set(list.map((found) => found.id));
    return kept.filter((found) => ids.has(found.id));
  }, perWord[0] ?? []);
  return { exact: inAll, any };
}

/** Search, converting a traditional-character query to simplified when it finds nothing as typed. */
async function find(
  query: ParsedQuery,
): Promise<{ query: ParsedQuery; found: { exact: Candidate[]; any: Candidate[] }; from?: string }> {
  const found = await retrieve(query);
  if (found.exact.length > 0 || !query.words.some((word) => HAN.test(word)))
    return { query, found };
  const converted = parseQuery(await toSimplified(formatQuery(query)));
  if (formatQuery(converted) === formatQuery(query)) return { query, found };
  const again = await retrieve(converted);
  return again.exact.length > 0
    ? { query: converted, found: again, from: formatQuery(query) }
    : { query, found };
}

function statusLine(
  results: Results,
  converted: string,
  capped: boolean,
  filtered: boolean,
): string {
  const { words } = results.query;
  const shown = formatQuery(results.query);
  const { sources, passages, notes, introductions } = tally(results.groups);
  const parts = [
    sources > 0 ? `${sources} 篇文献` : '',
    passages > 0 ? `${passages} 段` : '',
    notes > 0 ? `${notes} 条注释` : '',
    introductions > 0 ? `${introductions} 篇导言` : '',
    results.entities.length > 0 ? `术语表 ${results.entities.length} 条` : '',
  ].filter(Boolean);
  const extra = `${converted}${capped ? `（候选过多，只核对了前 ${MAX_RECORDS} 条，请加词缩小范围）` : ''}`;
  if (parts.length > 0)
    return `${shown}：${parts.join('，')}${filtered ? `（已筛选，共 ${results.unfiltered} 处）` : ''}${extra}`;
  if (filtered && results.unfiltered > 0)
    return `${shown}：所选筛选条件下没有结果（不筛选时有 ${results.unfiltered} 处），请取消部分筛选。`;
  if (words.length > 1 && results.query.mode === 'all')
    return results.spread.length > 0
      ? `没有段落同时含${quoted(words)}；${results.spread.length} 篇文献在不同段落中含有全部这些词。${extra}`
      : `没有段落同时含${quoted(words)}，也没有文献在不同段落中含有全部这些词。${extra}`;
  return `没有找到含${quoted(words)}的内容。${extra}`;
}

let latest = 0;

/** Run a query and show its results; a newer query supersedes an older one still loading. */
export async function runSearch(
  view: SearchView,
  rawQuery: string,
  filters: Filters = {},
  order: Order = 'relevance',
): Promise<Outcome | undefined> {
  const ticket = ++latest;
  delete view.status.dataset['state'];
  const parsed = parseQuery(rawQuery);
  if (parsed.words.length === 0) {
    view.results.replaceChildren();
    view.status.textContent = '';
    return undefined;
  }
  view.status.textContent = '正在检索…';
  view.results.setAttribute('aria-busy', 'true');
  try {
    const { query, found, from } = await find(parsed);
    const wanted = found.exact;
    const records = await loadRecords(wanted.slice(0, MAX_RECORDS));
    let results = arrangeResults(query, records, filters, order);
    // Several words that no text holds together: the sources holding them all, in different places.
    if (results.unfiltered === 0 && query.words.length > 1 && query.mode === 'all')
      results = arrangeResults(
        query,
        [...records, ...(await spreadRecords(query))],
        filters,
        order,
      );
    if (ticket !== latest) return undefined;
    const converted = from ? `（已将繁体“${from}”转为简体“${formatQuery(query)}”）` : '';
    const filtered = Object.values(filters).some((values) => values.length > 0);
    view.status.textContent = statusLine(results, converted, wanted.length > MAX_RECORDS, filtered);
    const options: RenderOptions = {
      headingLevel: view.headingLevel ?? 3,
      entityLimit: view.entityLimit ?? 3,
      hitLimit: view.hitLimit ?? 3,
    };
    // Characters apart mean something only for Chinese: a word of two Han characters or more.
    const scattered = query.words.some((word) => (word.match(/\p{Script=Han}/gu) ?? []).length > 1)
      ? () => scatteredSection(query, options)
      : undefined;
    view.results.replaceChildren(renderResults(results, options, scattered));
    view.results.removeAttribute('aria-busy');
    return { results, query };
  } catch {
    if (ticket === latest) {
      view.results.replaceChildren();
      view.status.textContent = '检索索引未能加载，请检查网络连接后重试。';
      view.status.dataset['state'] = 'error';
      view.results.removeAttribute('aria-busy');
    }
    return undefined;
  }
}

/** Records checked in each source for a word before it is taken as absent there. */
const TRIES_PER_SOURCE = 8;

/**
 * Several words that no record holds together: the sources holding every
 * word somewhere. The sources of the rarest word's records are the only
 * candidates; each other word is looked for in each of those sources alone.
 */
async function spreadRecords(query: ParsedQuery): Promise<SearchRecordData[]> {
  const perWord = await Promise.all(query.words.map(candidatesFor));
  const rarest = perWord.reduce((a, b) => (b.length < a.length ? b : a));
  const rare = rarest === perWord[0] ? query.words[0]! : query.words[perWord.indexOf(rarest)]!;
  const base = (await loadRecords(rarest.slice(0, MAX_RECORDS))).filter(
    (record) => record.kind !== 'entity' && containsQuery(record.text, rare),
  );
  const titles = new Map(base.map((record) => [record.source, record.title]));
  const found: SearchRecordData[] = [...base];
  for (const word of query.words.filter((other) => other !== rare))
    for (const title of titles.values()) {
      const candidates = await candidatesInSource(word, title);
      for (const record of await loadRecords(candidates.slice(0, TRIES_PER_SOURCE)))
        if (containsQuery(record.text, word)) found.push(record);
    }
  return found;
}

/** The records holding the words' characters but not the words as typed: asked for, then shown apart. */
async function scatteredSection(query: ParsedQuery, options: RenderOptions): Promise<HTMLElement> {
  const found = await scatteredCandidates(query.words);
  const records = (await loadRecords(found.slice(0, MAX_RECORDS))).filter((record) => {
    const holds = query.words.filter((word) => containsQuery(record.text, word)).length;
    return (
      record.kind !== 'entity' && (query.mode === 'any' ? holds === 0 : holds < query.words.length)
    );
  });
  return renderScattered(query, records, options, found.length > MAX_RECORDS);
}
