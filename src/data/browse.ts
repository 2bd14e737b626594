/**
 * The browse lists of the site (see src/lib/browse.ts for their addresses and
 * paging): every facet's values with their sources, labelled for readers in
 * both languages, and the static paths of the pages that show them.
 */
import {
  BROWSE_PAGE_SIZE,
  FACETS,
  groupByFacet,
  pagesOf,
  UNSTATED_PUBLISHER,
  type Facet,
  type ListPage,
} from '../lib/browse.ts';
import type { Locale } from '../lib/i18n.ts';
import { REGIONS, regionEnglish, SOURCE_TYPES, typeLabel } from '../schemas/source.ts';
import { renderedSources, type RenderedSource } from './sources.ts';

/** A label in one language; `lang` when it is written in another (a publisher's Chinese name on an English page). */
export interface Label {
  text: string;
  lang?: 'zh-CN' | undefined;
}

/** One value of a facet and its sources, oldest first. */
export interface FacetValue {
  facet: Facet;
  value: string;
  /** Its path segment (see facetSegment). */
  segment: string;
  label: Record<Locale, Label>;
  sources: RenderedSource[];
}

/** How a facet value reads on the page. */
function labelOf(facet: Facet, value: string): Record<Locale, Label> {
  switch (facet) {
    case 'year':
      return { zh: { text: `${value}年` }, en: { text: value } };
    case 'type': {
      const { zh, en } = typeLabel(value);
      return { zh: { text: zh }, en: { text: en } };
    }
    case 'region': {
      const en = regionEnglish(value);
      return { zh: { text: value }, en: en ? { text: en } : { text: value, lang: 'zh-CN' } };
    }
    case 'publisher':
      return value === UNSTATED_PUBLISHER
        ? { zh: { text: '原件未载' }, en: { text: 'Not stated in the original' } }
        : { zh: { text: value }, en: { text: value, lang: 'zh-CN' } };
  }
}

/** Vocabulary order (as content/vocabularies.yaml lists them); values outside it after. */
const inVocabularyOrder = (vocabulary: Readonly<Record<string, unknown>>) => {
  const keys = Object.keys(vocabulary);
  const rank = (value: string) => (keys.includes(value) ? keys.indexOf(value) : keys.length);
  return (a: FacetValue, b: FacetValue) => rank(a.value) - rank(b.value);
};

/** Order of a facet's values: newest year first; types and regions as the vocabulary lists them; the most prolific publishers first. */
const VALUE_ORDER: Record<Facet, (a: FacetValue, b: FacetValue) => number> = {
  year: (a, b) => b.value.localeCompare(a.value),
  type: inVocabularyOrder(SOURCE_TYPES),
  region: inVocabularyOrder(REGIONS),
  publisher: (a, b) =>
    Number(a.value === UNSTATED_PUBLISHER) - Number(b.value === UNSTATED_PUBLISHER) ||
    b.sources.length - a.sources.length ||
    a.value.localeCompare(b.value, 'zh-CN'),
};

const facets = new Map<Facet, Promise<FacetValue[]>>();

/** A facet's values, each with its sources oldest first. */
export function facetValues(facet: Facet): Promise<FacetValue[]> {
  let values = facets.get(facet);
  if (!values) {
    values = renderedSources().then((sources) =>
      groupByFacet(sources, facet, ({ source }) => source.data)
        .map(({ value, segment, items }) => ({
          facet,
          value,
          segment,
          label: labelOf(facet, value),
          sources: items,
        }))
        .sort(VALUE_ORDER[facet]),
    );
    facets.set(facet, values);
  }
  return values;
}

/** Every facet with its values, in page order. */
export async function allFacets(): Promise<{ facet: Facet; values: FacetValue[] }[]> {
  return Promise.all(FACETS.map(async (facet) => ({ facet, values: await facetValues(facet) })));
}

/** What a page of a browse list shows. */
export interface BrowseListProps {
  value: FacetValue;
  page: ListPage<RenderedSource>;
}

/** Static paths of every page of every facet value's list (`page` is absent on the first). */
export async function browseListPaths() {
  const facetPages = await allFacets();
  return facetPages.flatMap(({ facet, values }) =>
    values.flatMap((value) =>
      pagesOf(value.sources, BROWSE_PAGE_SIZE).map((page) => ({
        params: {
          facet,
          value: value.segment,
          page: page.number > 1 ? String(page.number) : undefined,
        },
        props: { value, page } satisfies BrowseListProps,
      })),
    ),
  );
}

/** Static paths of each facet's page of values. */
export function facetPaths() {
  return FACETS.map((facet) => ({ params: { facet }, props: { facet } }));
}
