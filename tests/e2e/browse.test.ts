/**
 * Browsing the built site by year, type, region and publisher, in both
 * languages: walked from each facet's page through every page of every value
 * (see tests/helpers/browse-site.ts), against the sources' frontmatter in
 * content/. Links themselves are checked by internal-links.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { BROWSE_PAGE_SIZE, HOME_NEWEST } from '../../src/lib/browse.ts';
import {
  builtPage,
  crawledGroups,
  crawlFacet,
  expectedGroups,
  FACETS,
  unreachedPages,
} from '../helpers/browse-site.ts';
import { editions } from '../helpers/content.ts';
import { attribute, select } from '../helpers/html.ts';
import { DIST } from '../helpers/open-data.ts';

const all = editions();
const LOCALES = [
  ['Chinese', ''],
  ['English', '/en'],
] as const;

describe.each(LOCALES)('browsing the %s site', (_, prefix) => {
  describe.each(FACETS)('by %s', (facet) => {
    const values = crawlFacet(DIST, prefix, facet);

    test('every source is listed under exactly its own value, page by page', () => {
      expect(crawledGroups(values)).toEqual(expectedGroups(all, facet));
    });

    test('each value shows how many sources it lists', () => {
      for (const value of values)
        expect(value.shownCount, value.path).toBe(
          value.pages.reduce((sum, page) => sum + page.sources.length, 0),
        );
    });

    test('pages hold at most the page size, and only the last holds fewer', () => {
      for (const value of values) {
        const sizes = value.pages.map((page) => page.sources.length);
        expect(Math.max(...sizes), value.path).toBeLessThanOrEqual(BROWSE_PAGE_SIZE);
        expect(
          sizes.slice(0, -1).every((size) => size === BROWSE_PAGE_SIZE),
          value.path,
        ).toBe(true);
        expect(unreachedPages(DIST, value), value.path).toEqual([]);
      }
    });

    test('a list on one page has no pager; a longer one marks its page as current', () => {
      for (const value of values)
        for (const [index, page] of value.pages.entries()) {
          if (value.pages.length === 1) expect(page.pager, page.path).toBeUndefined();
          else {
            expect(page.pager?.label, page.path).toBeTruthy();
            expect(page.pager?.current, page.path).toEqual([page.path]);
            expect(page.path.endsWith(index === 0 ? '/' : `/${index + 1}/`)).toBe(true);
          }
        }
    });
  });

  test('/browse/ links every facet and every value', () => {
    const page = builtPage(DIST, `${prefix}/browse/`)!;
    const links = new Set(select(page, 'a').map((link) => attribute(link, 'href')));
    for (const facet of FACETS) {
      expect(links.has(`${prefix}/browse/${facet}/`), facet).toBe(true);
      for (const value of crawlFacet(DIST, prefix, facet))
        expect(links.has(value.path), value.path).toBe(true);
    }
  });

  test('the home page lists the newest sources, no more than its limit', () => {
    const home = builtPage(DIST, `${prefix}/`)!;
    const [list] = select(home, 'ol', 'source-list');
    const pattern = new RegExp(`^${prefix}/sources/([^/]+)/$`, 'u');
    const listed = select(list!, 'h3').flatMap((heading) =>
      select(heading, 'a').flatMap(
        (link) => pattern.exec(attribute(link, 'href') ?? '')?.[1] ?? [],
      ),
    );
    const dates = new Map(all.map((edition) => [edition.slug, edition.fields['date']!]));
    expect(listed).toHaveLength(Math.min(all.length, HOME_NEWEST));
    // Newest first, and nothing left out is newer than what is shown.
    const shown = listed.map((slug) => dates.get(slug)!);
    expect(shown).toEqual([...shown].sort().reverse());
    const oldestShown = shown.at(-1)!;
    for (const edition of all)
      if (!listed.includes(edition.slug))
        expect(edition.fields['date']! <= oldestShown, edition.slug).toBe(true);
  });
});

test('a browse page’s language switch leads to the same list in the other language', () => {
  const [value] = crawlFacet(DIST, '', 'year');
  for (const [from, to] of [
    ['', '/en'],
    ['/en', ''],
  ] as const) {
    const page = builtPage(DIST, `${from}${value!.path}`)!;
    const switchLinks = select(page, 'a')
      .filter((link) => attribute(link, 'hrefLang') !== undefined)
      .map((link) => attribute(link, 'href'));
    expect(switchLinks).toContain(`${to}${value!.path}`);
  }
});
