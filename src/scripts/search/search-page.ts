/**
 * The search page, /search/?q=…: the query lives in the URL (shareable, and
 * the back button works); filters narrow the results, each value counting
 * the hits of this query it would keep.
 */
import type { StringKey } from '../../lib/i18n.ts';
import { SITE } from '../../lib/site.ts';
import { preloadSearch } from './engine.ts';
import { languageTag, locale, t } from './locale.ts';
import type { Filters, Order } from './results.ts';
import { runSearch } from './session.ts';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
const orderBox = document.querySelector<HTMLSelectElement>('#search-order')!;
const ORDERS: readonly Order[] = ['relevance', 'date-desc', 'date-asc'];
// Results sit under the page's h1, so their groups are h2.
const view = {
  status: document.querySelector<HTMLElement>('#search-status')!,
  results: document.querySelector<HTMLElement>('#search-results')!,
  headingLevel: 2 as const,
};

/** The filters' names (the records' filter keys, the same in both indexes) as the page's language says them. */
const FILTER_NAMES: Readonly<Record<string, StringKey>> = {
  来源: 'searchFilterSource',
  发布者: 'searchFilterPublisher',
  年份: 'searchFilterYear',
  类型: 'searchFilterType',
};

/** Filters read from the URL: ?f=年份:2021&f=类型:访谈. */
function filtersFromUrl(url: URL): Filters {
  const filters: Filters = {};
  for (const value of url.searchParams.getAll('f')) {
    const [name, ...rest] = value.split(':');
    if (name && rest.length > 0) filters[name] = [...(filters[name] ?? []), rest.join(':')];
  }
  return filters;
}

function chosenFilters(): Filters {
  const filters: Filters = {};
  for (const box of filterBox.querySelectorAll<HTMLInputElement>(
    'input[type="checkbox"]:checked',
  )) {
    filters[box.name] = [...(filters[box.name] ?? []), box.value];
  }
  return filters;
}

/** The filters of this query's hits; a value's count is the hits it keeps, given the other filters. */
function showFilters(facets: Record<string, Record<string, number>>, selected: Filters) {
  const fieldsets = Object.entries(facets).map(([name, values]) => {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    const key = FILTER_NAMES[name];
    legend.textContent = key ? t(key) : name;
    fieldset.append(legend);
    for (const [value, count] of Object.entries(values).sort(([a], [b]) =>
      a.localeCompare(b, languageTag),
    )) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = selected[name]?.includes(value) ?? false;
      box.addEventListener('change', () => void submit());
      const counted = document.createElement('span');
      counted.className = 'filter-count';
      counted.textContent = `(${count})`;
      // A value in another language than the page's (a Chinese publisher on an English page) says so.
      const named = document.createElement('span');
      named.textContent = value;
      if (locale === 'en' && /\p{Script=Han}/u.test(value)) named.lang = 'zh-CN';
      label.append(box, ' ', named, ' ', counted);
      fieldset.append(label);
    }
    return fieldset;
  });
  filterBox.replaceChildren(...fieldsets);
}

async function show(url: URL) {
  const query = url.searchParams.get('q') ?? '';
  const filters = filtersFromUrl(url);
  const order =
    ORDERS.find((candidate) => candidate === url.searchParams.get('sort')) ?? 'relevance';
  input.value = query;
  orderBox.value = order;
  document.title = `${query ? t('searchTitleQuery', { query }) : t('searchTitle')} · ${SITE.name.zh}`;
  const outcome = await runSearch(view, query, filters, order);
  showFilters(outcome?.results.facets ?? {}, filters);
}

async function submit() {
  const url = new URL(location.href);
  url.search = '';
  if (input.value.trim()) url.searchParams.set('q', input.value.trim());
  for (const [name, values] of Object.entries(chosenFilters()))
    for (const value of values) url.searchParams.append('f', `${name}:${value}`);
  if (orderBox.value !== 'relevance') url.searchParams.set('sort', orderBox.value);
  if (url.href !== location.href) history.pushState(null, '', url);
  await show(url);
}

// The runtime starts loading with the page, before any query is typed.
preloadSearch();
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void submit();
});
orderBox.addEventListener('change', () => void submit());
window.addEventListener('popstate', () => void show(new URL(location.href)));
void show(new URL(location.href));
