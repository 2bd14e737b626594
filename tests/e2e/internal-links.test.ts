import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editions } from '../helpers/content.ts';
import { brokenLinks, readSite } from '../helpers/site-links.ts';

const DIST = join(import.meta.dirname, '../../dist');
const ORIGIN = 'http://localhost:4321';

describe('the built site has no broken internal links', () => {
  const pages = readSite(DIST);

  test('the crawl sees the home page and every source page', () => {
    const expected = ['/', ...editions().map((edition) => `/sources/${edition.slug}/`)];
    expect(expected.filter((path) => !pages.has(path))).toEqual([]);
  });

  test('every internal link and #fragment resolves', () => {
    const broken = [...pages.values()].flatMap((page) => brokenLinks(DIST, pages, page, ORIGIN));
    const checked = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
    console.log(`checked ${checked} links on ${pages.size} pages, ${broken.length} broken`);
    expect(broken).toEqual([]);
  });

  test('the checker catches a broken fragment and a missing page', () => {
    const source = `/sources/${editions()[0]!.slug}/`;
    const page = {
      path: '/',
      ids: new Set<string>(),
      links: [`${source}#p99999`, '/no-such-page/', 'https://example.org/'],
    };
    expect(brokenLinks(DIST, pages, page, ORIGIN)).toEqual([
      `/: ${source}#p99999 (no element with id "p99999")`,
      '/: /no-such-page/ (no such page or file)',
    ]);
  });
});
