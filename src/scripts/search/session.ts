/**
 * One search as readers see it: status (loading, empty, error, counts),
 * results holding the query as typed, then, on request, results holding its
 * characters apart. Shared by the search page and the search dialog.
 */
import { loadHits, search, type Filters, type Hit, type Order, type Outcome } from './engine.ts';
import { renderHits } from './render.ts';

/** Results shown at once; more load on request. */
const PAGE = 40;

export interface SearchView {
  /** Live region for status messages. */
  status: HTMLElement;
  /** Where results go. */
  results: HTMLElement;
  /** Heading level of the result groups, to fit the page's outline (h3 by default). */
  headingLevel?: 2 | 3;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'search-more';
  node.textContent = text;
  node.addEventListener('click', onClick);
  return node;
}

/** Sources in the order of their best hit (or of the chosen date order); within a source, passages in reading order. */
function arrange(hits: readonly Hit[]): Hit[] {
  const group = (hit: Hit) => (hit.kind === 'entity' ? '' : hit.source);
  const rank = new Map<string, number>();
  hits.forEach((hit, index) => {
    if (!rank.has(group(hit))) rank.set(group(hit), index);
  });
  return [...hits].sort((a, b) => rank.get(group(a))! - rank.get(group(b))! || a.order - b.order);
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
  view.results.replaceChildren();
  delete view.status.dataset['state'];
  if (rawQuery.trim() === '') {
    view.status.textContent = '';
    return undefined;
  }
  view.status.textContent = '正在检索…';
  view.results.setAttribute('aria-busy', 'true');
  let outcome: Outcome;
  try {
    outcome = await search(rawQuery, filters, order);
  } catch {
    if (ticket === latest) {
      view.status.textContent = '检索索引未能加载，请检查网络连接后重试。';
      view.status.dataset['state'] = 'error';
      view.results.removeAttribute('aria-busy');
    }
    return undefined;
  }
  if (ticket !== latest) return undefined;
  const exact: Hit[] = [];
  const scattered: Hit[] = [];
  const candidates = [...outcome.candidates];
  let allFound = false;
  let checked = 0;
  const converted = outcome.convertedFrom
    ? `（已将繁体“${outcome.convertedFrom}”转为简体“${outcome.query}”）`
    : '';

  /** Add the records holding the terms apart, searched on first need. */
  const findAll = async () => {
    if (allFound) return;
    candidates.push(...(await outcome.others()));
    allFound = true;
  };

  /** Check candidates in order until a page of exact hits is found or none are left. */
  const checkMore = async () => {
    const wanted = exact.length + PAGE;
    while (exact.length < wanted) {
      if (checked >= candidates.length) {
        if (allFound) break;
        await findAll();
        continue;
      }
      const batch = candidates.slice(checked, checked + PAGE);
      const hits = await loadHits(batch, outcome.query);
      if (ticket !== latest) return;
      checked += batch.length;
      for (const hit of hits) (hit.exact ? exact : scattered).push(hit);
    }
    show();
  };

  const show = () => {
    const remaining = allFound ? candidates.length - checked : Number.POSITIVE_INFINITY;
    const counted = !allFound
      ? `已核对 ${checked} 条候选`
      : remaining > 0
        ? `已核对 ${checked} / ${candidates.length} 条候选`
        : '';
    view.status.textContent =
      exact.length > 0
        ? `找到 ${exact.length}${remaining > 0 ? '+' : ''} 处含“${outcome.query}”${converted}${counted ? `（${counted}）` : ''}`
        : remaining > 0
          ? `尚未找到含“${outcome.query}”的段落（${counted}）`
          : `没有找到含“${outcome.query}”的段落${converted}。`;
    const more = remaining > 0 ? [button('显示更多', () => void checkMore())] : [];
    view.results.replaceChildren(
      ...(exact.length > 0 ? [renderHits(arrange(exact), outcome.query, view.headingLevel)] : []),
      ...more,
      scatteredSection(),
    );
  };

  const scatteredSection = (): HTMLElement => {
    const section = document.createElement('section');
    section.className = 'scattered';
    if (scattered.length === 0) return section;
    const heading = document.createElement(`h${view.headingLevel ?? 3}`);
    heading.textContent = `另有 ${scattered.length} 段只含检索词的各个字，未按原序相连`;
    const reveal = button('显示这些段落', () =>
      section.replaceChildren(
        heading,
        renderHits(arrange(scattered), outcome.query, view.headingLevel),
      ),
    );
    section.append(heading, reveal);
    return section;
  };

  if (outcome.candidates.length === 0) await findAll();
  if (candidates.length === 0) {
    view.status.textContent = `没有找到与“${rawQuery.trim()}”相关的内容${converted}。`;
  } else {
    await checkMore();
  }
  view.results.removeAttribute('aria-busy');
  return outcome;
}
