/**
 * Reads the browse pages of a built site the way a reader walks them: from a
 * facet's page to each value's list, then page by page through its "next"
 * links, noting which sources each page lists and how its pager is made. The
 * expected groups come from the frontmatter (sourceFacets), never from src/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { attribute, findAll, select, textOf, type Element } from './html.ts';
import { parsePage } from './html.ts';

export const FACETS = ['year', 'type', 'region', 'publisher'] as const;
export type Facet = (typeof FACETS)[number];

/** A built page by site path (`/browse/year/`), or undefined when there is none. */
export function builtPage(dist: string, path: string): Root | undefined {
  const file = join(dist, decodeURIComponent(path), 'index.html');
  return existsSync(file) ? parsePage(readFileSync(file, 'utf8')) : undefined;
}

export interface CrawledPage {
  path: string;
  /** Slugs of the sources listed, in order. */
  sources: string[];
  /** The pager: its aria-label, its links' targets and which one is aria-current. */
  pager?: { label: string | undefined; links: string[]; current: string[] } | undefined;
}

export interface CrawledValue {
  /** Link to its first page, as the facet page writes it. */
  path: string;
  /** The number the facet page shows beside it. */
  shownCount: number;
  pages: CrawledPage[];
}

/** Source slugs a list page links, in its `ol.source-list`. */
function listedSources(page: Root, prefix: string): string[] {
  const [list] = select(page, 'ol', 'source-list');
  if (!list) return [];
  const pattern = new RegExp(`^${prefix}/sources/([^/]+)/$`, 'u');
  return select(list, 'h3').flatMap((heading) =>
    select(heading, 'a').flatMap((link) => pattern.exec(attribute(link, 'href') ?? '')?.[1] ?? []),
  );
}

function pagerOf(page: Root): CrawledPage['pager'] {
  const [nav] = findAll(
    page,
    (element) => element.tagName === 'nav' && (attribute(element, 'className') ?? '') === 'pager',
  );
  if (!nav) return undefined;
  const links = select(nav, 'a');
  return {
    label: attribute(nav, 'ariaLabel'),
    links: links.map((link) => attribute(link, 'href') ?? ''),
    current: links
      .filter((link) => attribute(link, 'ariaCurrent') === 'page')
      .map((link) => attribute(link, 'href') ?? ''),
  };
}

/**
 * Every value a facet page links, each followed through all its pages.
 * `prefix` is '' for the Chinese site and '/en' for the English one.
 */
export function crawlFacet(dist: string, prefix: string, facet: Facet): CrawledValue[] {
  const facetPath = `${prefix}/browse/${facet}/`;
  const facetPage = builtPage(dist, facetPath);
  if (!facetPage) throw new Error(`no page ${facetPath}`);
  const valueLink = new RegExp(`^${facetPath}[^/]+/$`, 'u');
  return select(facetPage, 'a')
    .filter((link) => valueLink.test(attribute(link, 'href') ?? ''))
    .map((link: Element) => {
      const path = attribute(link, 'href')!;
      const pages: CrawledPage[] = [];
      for (let next: string | undefined = path; next !== undefined;) {
        const page = builtPage(dist, next);
        if (!page) throw new Error(`${facetPath} links ${next}, which was not built`);
        pages.push({ path: next, sources: listedSources(page, prefix), pager: pagerOf(page) });
        next = select(page, 'a')
          .filter((anchor) => attribute(anchor, 'rel') === 'next')
          .map((anchor) => attribute(anchor, 'href')!)[0];
      }
      const [count] = select(link, 'span', 'count');
      return { path, shownCount: Number(/\d+/u.exec(count ? textOf(count) : '')?.[0]), pages };
    });
}

/** The built pages under a value's list that no "next" link reached (there should be none). */
export function unreachedPages(dist: string, value: CrawledValue): string[] {
  const dir = join(dist, decodeURIComponent(value.path));
  const reached = new Set(value.pages.map((page) => decodeURIComponent(page.path)));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${decodeURIComponent(value.path)}${entry.name}/`)
    .filter((path) => !reached.has(path));
}

/** Facet fields of a source, as its frontmatter writes them. */
export interface FacetFields {
  date?: string | undefined;
  type?: string | undefined;
  region?: string | undefined;
  publisher?: string | undefined;
}

/** The sources grouped by a facet, from their frontmatter: each group's slugs, sorted; groups sorted. */
export function expectedGroups(
  sources: { slug: string; fields: FacetFields }[],
  facet: Facet,
): string[][] {
  const groups = new Map<string, string[]>();
  for (const { slug, fields } of sources) {
    const value =
      facet === 'year' ? fields.date!.slice(0, 4) : (fields[facet] ?? '(publisher not stated)');
    groups.set(value, [...(groups.get(value) ?? []), slug]);
  }
  return [...groups.values()].map((slugs) => slugs.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** The groups a crawl found, in the same form as expectedGroups. */
export function crawledGroups(values: CrawledValue[]): string[][] {
  return values
    .map((value) => value.pages.flatMap((page) => page.sources).sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}
