/**
 * One search as readers see it: status (loading, empty, error, counts),
 * results holding the query as typed, then, on request, results holding its
 * characters apart. Shared by the search page and the search dialog.
 */
import { loadHits, search, type Filters, type Hit, type Outcome } from './engine.ts';
import { renderHits } from './render.ts';

/** Results shown at once; more load on request. */
const PAGE = 40;

export interface SearchView {
  /** Live region for status messages. */
  status: HTMLElement;
  /** Where results go. */
  results: HTMLElement;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'search-more';
  node.textContent = text;
  node.addEventListener('click', onClick);
  return node;
}

/** Sources in the order of their best hit; within a source, passages in reading order. */
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
export async function runSearch(view: SearchView, rawQuery: string, filters: Filters = {}): Promise<Outcome | undefined> {
  const ticket = ++latest;
  view.results.replaceChildren();
  if (rawQuery.trim() === '') {
    view.status.textContent = '';
    return undefined;
  }
  view.status.textContent = '正在检索…';
  view.results.setAttribute('aria-busy', 'true');
  let outcome: Outcome;
  try {
    outcome = await search(rawQuery, filters);
  } catch {
    if (ticket === latest) {
      view.status.textContent = '检索索引未能加载，请检查网络连接后重试。';
      view.status.dataset['state'] = 'error';
      view.results.removeAttribute('aria-busy');
    }
    return undefined;
  }
  if (ticket !== latest) return undefined;
  delete view.status.dataset['state'];
  const shown: Hit[] = [];
  const converted = outcome.convertedFrom ? `（已将繁体“${outcome.convertedFrom}”转为简体“${outcome.query}”）` : '';

  const showExact = async (count: number) => {
    const next = outcome.exact.slice(shown.length, shown.length + count);
    const hits = await loadHits(next, outcome.query);
    if (ticket !== latest) return;
    shown.push(...hits);
    const list = renderHits(arrange(shown), outcome.query);
    const more = outcome.exact.length > shown.length ? [button(`再显示 ${Math.min(PAGE, outcome.exact.length - shown.length)} 条`, () => void showExact(PAGE))] : [];
    view.results.replaceChildren(list, ...more, scatteredSection());
  };

  const scatteredSection = (): HTMLElement => {
    const section = document.createElement('section');
    section.className = 'scattered';
    if (outcome.scattered.length === 0) return section;
    const heading = document.createElement('h3');
    heading.textContent = `另有 ${outcome.scattered.length} 段只含检索词的各个字，但不相连`;
    const reveal = button('显示这些段落', async () => {
      reveal.disabled = true;
      const hits = await loadHits(outcome.scattered.slice(0, PAGE * 2), outcome.query);
      section.replaceChildren(heading, renderHits(arrange(hits), outcome.query));
    });
    section.append(heading, reveal);
    return section;
  };

  if (outcome.exact.length === 0) {
    view.status.textContent = outcome.scattered.length > 0 ? `没有找到含“${outcome.query}”原文的段落${converted}。` : `没有找到与“${rawQuery.trim()}”相关的内容${converted}。`;
    view.results.replaceChildren(scatteredSection());
  } else {
    view.status.textContent = `找到 ${outcome.exact.length} 处含“${outcome.query}”${converted}`;
    await showExact(PAGE);
  }
  view.results.removeAttribute('aria-busy');
  return outcome;
}
