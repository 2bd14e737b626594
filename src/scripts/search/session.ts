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
  MAX_RECORDS,
  scatteredCandidates,
  type Candidate,
  type SearchRecordData,
} from './engine.ts';
import { toSimplified } from '../simplified.ts';
import { quoted, t } from './locale.ts';
import { renderResults, renderScattered, type RenderOptions } from './render.ts';
import { arrangeResults, holds, tally, type Filters, type Order, type Results } from './results.ts';

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

/** Candidates holding the query: every word (their intersection) or any (their union), best first. */
async function retrieve(
  query: ParsedQuery,
  limit: number,
): Promise<{ exact: Candidate[]; any: Candidate[] }> {
  // A word of one Han character beside others is left to the check on the text: it would
  // match nearly every record, and the other words' candidates already narrow them.
  const lone = (word: string) => /^\p{Script=Han}$/u.test(word);
  const asked =
    query.mode === 'all' && query.words.some((word) => !lone(word))
      ? query.words.filter((word) => !lone(word))
      : query.words;
  const perWord = await Promise.all(asked.map((word) => candidatesFor(word, limit)));
  const union = new Map<string, Candidate>();
  for (const list of perWord)
    for (const found of list) if (!union.has(found.id)) union.set(found.id, found);
  const any = [...union.values()].sort((a, b) => b.score - a.score);
  if (query.mode === 'any' || perWord.length === 1) return { exact: any, any };
  // Sections found in the trigram directory have no Pagefind ids to compare: the
  // shortest list holds every record holding all the words, and the check decides.
  if (perWord.some((list) => list.some((found) => found.via === 'directory')))
    return { exact: perWord.reduce((a, b) => (b.length < a.length ? b : a)), any };
  const inAll = perWord.slice(1).reduce((kept, list) => {
    const ids = new Set(list.map((found) => found.id));
    return kept.filter((found) => ids.has(found.id));
  }, perWord[0] ?? []);
  return { exact: inAll, any };
}

/** Search, converting a traditional-character query to simplified when it finds nothing as typed. */
async function find(
  query: ParsedQuery,
  limit: number,
): Promise<{ query: ParsedQuery; found: { exact: Candidate[]; any: Candidate[] }; from?: string }> {
  const found = await retrieve(query, limit);
  if (found.exact.length > 0 || !query.words.some((word) => HAN.test(word)))
    return { query, found };
  const converted = parseQuery(await toSimplified(formatQuery(query)));
  if (formatQuery(converted) === formatQuery(query)) return { query, found };
  const again = await retrieve(converted, limit);
  return again.exact.length > 0
    ? { query: converted, found: again, from: formatQuery(query) }
    : { query, found };
}

function statusLine(
  results: Results,
  converted: string,
  capped: number | undefined,
  filtered: boolean,
): string {
  const { words } = results.query;
  const shown = formatQuery(results.query);
  const { sources, passages, notes, introductions } = tally(results.groups);
  const parts = [
    sources > 0 ? t('searchCountSources', { n: sources }) : '',
    passages > 0 ? t('searchCountPassages', { n: passages }) : '',
    notes > 0 ? t('searchCountNotes', { n: notes }) : '',
    introductions > 0 ? t('searchCountIntroductions', { n: introductions }) : '',
    results.entities.length > 0 ? t('searchCountEntities', { n: results.entities.length }) : '',
  ].filter(Boolean);
  const extra = `${converted}${capped ? t('searchStatusCapped', { n: capped }) : ''}`;
  if (parts.length > 0)
    return `${t('searchStatusFound', { query: shown, parts: parts.join(t('searchCountSeparator')) })}${filtered ? t('searchStatusFiltered', { n: results.unfiltered }) : ''}${extra}`;
  if (filtered && results.unfiltered > 0)
    return t('searchStatusFilteredOut', { query: shown, n: results.unfiltered });
  if (words.length > 1 && results.query.mode === 'all')
    return results.spread.length > 0
      ? `${t('searchStatusSpread', { words: quoted(words), n: results.spread.length })}${extra}`
      : `${t('searchStatusNoSpread', { words: quoted(words) })}${extra}`;
  return `${t('searchStatusNone', { words: quoted(words) })}${extra}`;
}

let latest = 0;

/**
 * Candidate sections a search checks: MAX_RECORDS, unless the results
 * element says fewer (`data-candidate-limit`), which lets the tests exercise,
 * on a corpus of five sources, what thousands of sources make happen: a word
 * whose bigrams find more candidates than are checked.
 */
function candidateLimit(view: SearchView): number {
  const limit = Number(view.results.dataset['candidateLimit']);
  return Number.isInteger(limit) && limit > 0 ? limit : MAX_RECORDS;
}

/**
 * Replace the results, keeping the reader's place: results arrive in batches,
 * and a reader may already be moving through the first with the arrow keys or
 * Tab. A link that had focus has it again in the new results; one that later
 * hits pushed out of its group's first few gives it to the group's first link
 * (the same source, or the glossary entries).
 */
function showResults(view: SearchView, content: Node): void {
  const active = document.activeElement;
  const focused = active && view.results.contains(active) ? active : null;
  const href = focused?.getAttribute('href');
  const group = focused?.closest('.hit-group');
  const groupSelector = group
    ? group.hasAttribute('data-source')
      ? `.hit-group[data-source="${CSS.escape(group.getAttribute('data-source')!)}"]`
      : '.hit-group-entities'
    : undefined;
  view.results.replaceChildren(content);
  if (!focused) return;
  const again =
    (href ? view.results.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`) : null) ??
    (groupSelector ? view.results.querySelector<HTMLElement>(`${groupSelector} a[href]`) : null);
  again?.focus();
}

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
  view.status.textContent = t('searchSearching');
  view.results.setAttribute('aria-busy', 'true');
  try {
    const limit = candidateLimit(view);
    const { query, found, from } = await find(parsed, limit);
    const wanted = found.exact;
    const options: RenderOptions = {
      headingLevel: view.headingLevel ?? 3,
      entityLimit: view.entityLimit ?? 3,
      hitLimit: view.hitLimit ?? 3,
    };
    // The first batches' hits are shown while the rest load; the status and
    // aria-busy say the search is still going until every candidate is checked.
    const records = await loadRecords(wanted.slice(0, limit), (loaded) => {
      if (ticket === latest)
        showResults(view, renderResults(arrangeResults(query, loaded, filters, order), options));
    });
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
    const converted = from ? t('searchStatusConverted', { from, to: formatQuery(query) }) : '';
    const filtered = Object.values(filters).some((values) => values.length > 0);
    const capped = wanted.length > limit ? limit : undefined;
    view.status.textContent = statusLine(results, converted, capped, filtered);
    // Characters apart mean something only for Chinese: a word of two Han characters or more.
    const scattered = query.words.some((word) => (word.match(/\p{Script=Han}/gu) ?? []).length > 1)
      ? () => scatteredSection(query, options)
      : undefined;
    showResults(view, renderResults(results, options, scattered));
    view.results.removeAttribute('aria-busy');
    return { results, query };
  } catch {
    if (ticket === latest) {
      view.results.replaceChildren();
      view.status.textContent = t('searchLoadFailed');
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
    (record) => record.kind !== 'entity' && holds(record, rare),
  );
  const titles = new Map(base.map((record) => [record.source, record.title]));
  const found: SearchRecordData[] = [...base];
  for (const word of query.words.filter((other) => other !== rare))
    for (const title of titles.values()) {
      const candidates = await candidatesInSource(word, title);
      for (const record of await loadRecords(candidates.slice(0, TRIES_PER_SOURCE)))
        if (holds(record, word)) found.push(record);
    }
  return found;
}

/** The records holding the words' characters but not the words as typed: asked for, then shown apart. */
async function scatteredSection(query: ParsedQuery, options: RenderOptions): Promise<HTMLElement> {
  const found = await scatteredCandidates(query.words);
  const records = (await loadRecords(found.slice(0, MAX_RECORDS))).filter((record) => {
    const held = query.words.filter((word) => holds(record, word)).length;
    return (
      record.kind !== 'entity' && (query.mode === 'any' ? held === 0 : held < query.words.length)
    );
  });
  return renderScattered(query, records, options, found.length > MAX_RECORDS);
}
