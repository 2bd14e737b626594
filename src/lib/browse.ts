/**
 * Browsing a corpus of any size: sources grouped by year, type, region and
 * publisher (the facets), each group a list cut into pages of a fixed size,
 * at addresses that stay put as the corpus grows:
 *
 *   /browse/                      every facet with its values and counts
 *   /browse/<facet>/              one facet's values
 *   /browse/<facet>/<value>/      a value's first page of sources
 *   /browse/<facet>/<value>/<n>/  its page n (n ≥ 2)
 *
 * Lists run oldest first, so a page keeps its sources when newer ones are
 * added (they land on the last page); only a source backdated into the past
 * shifts later pages.
 */
import type { StringKey } from './i18n.ts';

/** Sources on one page of a browse list: no page grows with the corpus. */
export const BROWSE_PAGE_SIZE = 20;

/** Newest sources on the home page, above the ways to browse the rest. */
export const HOME_NEWEST = 8;

/** Values of a facet shown on the home page before a link to all of them. */
export const FACET_PREVIEW = 10;

/** The facets, in the order pages show them. */
export const FACETS = ['year', 'type', 'region', 'publisher'] as const;

export type Facet = (typeof FACETS)[number];

/** A facet's name among the interface strings (src/lib/i18n.ts). */
export const FACET_NAMES = {
  year: 'facetYear',
  type: 'facetType',
  region: 'facetRegion',
  publisher: 'facetPublisher',
} as const satisfies Record<Facet, StringKey>;

/** What browsing reads of a source's frontmatter. */
export interface Browsable {
  date: string;
  type: string;
  region: string;
  publisher?: string | undefined;
}

/** The publisher value of sources whose original does not name one (a path segment no Chinese name takes). */
export const UNSTATED_PUBLISHER = 'unstated';

/** A source's value for a facet: `2021`, `plan`, `青岛市李沧区`, `青岛日报`. */
export function facetValue(facet: Facet, data: Browsable): string {
  switch (facet) {
    case 'year':
      return data.date.slice(0, 4);
    case 'type':
      return data.type;
    case 'region':
      return data.region;
    case 'publisher':
      return data.publisher ?? UNSTATED_PUBLISHER;
  }
}

/**
 * The path segment of a facet value: the value itself (a Chinese name stays
 * readable in the address), with runs of characters that cannot stand in a
 * path segment or a file name (slashes, `?`, `#`, `%`, spaces …) made one `-`.
 */
export function facetSegment(value: string): string {
  return value.trim().replace(/[\s/\\?#%:*"<>|]+/gu, '-');
}

/** The sources of one facet value. */
export interface FacetGroup<T> {
  value: string;
  segment: string;
  items: T[];
}

/**
 * Items grouped by their value for a facet, items keeping their order.
 * Throws when two values would share an address (e.g. `A/B` and `A B`).
 */
export function groupByFacet<T>(
  items: readonly T[],
  facet: Facet,
  dataOf: (item: T) => Browsable,
): FacetGroup<T>[] {
  const groups = new Map<string, FacetGroup<T>>();
  const bySegment = new Map<string, string>();
  for (const item of items) {
    const value = facetValue(facet, dataOf(item));
    let group = groups.get(value);
    if (!group) {
      const segment = facetSegment(value);
      const other = bySegment.get(segment);
      if (other !== undefined)
        throw new Error(
          `the ${facet} values “${other}” and “${value}” would share the address /browse/${facet}/${segment}/: write one of them the same way as the other`,
        );
      bySegment.set(segment, value);
      group = { value, segment, items: [] };
      groups.set(value, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** One page of a list. */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** Pages in the list. */
  total: number;
  /** Position in the whole list of the page's first item (1-based). */
  from: number;
  items: T[];
}

/** A list cut into pages of `size` items; an empty list is one empty page. */
export function pagesOf<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`a page holds a whole number of items, at least 1 (not ${size})`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    from: index * size + 1,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** Site path of a facet's list of values. */
export function facetPath(facet: Facet): string {
  return `/browse/${facet}/`;
}

/** Site path of a page of a facet value's sources; the first page has no number. */
export function browsePath(facet: Facet, segment: string, page = 1): string {
  return `${facetPath(facet)}${encodeURIComponent(segment)}/${page > 1 ? `${page}/` : ''}`;
}

/**
 * The page numbers a pager links, with `gap` where it skips some: the first
 * and last page and those within `around` of the current one, so a pager of
 * any list stays a few links long (1 … 4 5 6 7 8 … 50). A gap of one page is
 * shown as that page.
 */
export function pagerItems(current: number, total: number, around = 2): (number | 'gap')[] {
  const shown = new Set([1, total]);
  for (let page = current - around; page <= current + around; page += 1)
    if (page >= 1 && page <= total) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  for (const [index, page] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) items.push('gap');
    items.push(page);
  }
  return items;
}
