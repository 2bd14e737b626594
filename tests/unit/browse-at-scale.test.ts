/**
 * A corpus far larger than the real one (synthetic sources from
 * bench/lib/synthetic-corpus.ts, one publisher and one region for them all)
 * built with the real pipeline: every list is cut into bounded pages that
 * link each other, the home page stays the same size, and the open data
 * comes one source at a time, the all-in-one paragraphs file having become a
 * notice. Expectations come from the generated frontmatter.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus, type SyntheticCorpus } from '../../bench/lib/synthetic-corpus.ts';
import { BROWSE_PAGE_SIZE, FACET_PREVIEW, HOME_NEWEST } from '../../src/lib/browse.ts';
import {
  builtPage,
  crawledGroups,
  crawlFacet,
  expectedGroups,
  FACETS,
  unreachedPages,
  type FacetFields,
} from '../helpers/browse-site.ts';
import { buildSite, type FixtureBuild } from '../helpers/build-fixture-site.ts';
import { select } from '../helpers/html.ts';
import { checkOpenData } from '../helpers/open-data-index.ts';
import { brokenLinks, readSite } from '../helpers/site-links.ts';

/** Enough sources that their paragraphs outgrow one file (about 35 KB each) and one value spans several pages. */
const SOURCES = 150;

let corpus: SyntheticCorpus;
let build: FixtureBuild;
let sources: { slug: string; fields: FacetFields }[];

beforeAll(() => {
  corpus = generateCorpus(SOURCES);
  // The corpus holds the real editions beside the synthetic drafts (bench/lib/synthetic-corpus.ts).
  sources = readdirSync(corpus.sourcesDir).map((name) => {
    const mdx = readFileSync(join(corpus.sourcesDir, name), 'utf8');
    const field = (key: string) => new RegExp(`^${key}: "([^"]*)"$`, 'mu').exec(mdx)?.[1];
    return {
      slug: name.replace(/\.mdx$/u, ''),
      fields: {
        date: field('date'),
        type: field('type'),
        region: field('region'),
        publisher: field('publisher'),
      },
    };
  });
  build = buildSite({
    QAS_SOURCES_DIR: corpus.sourcesDir,
    QAS_ORIGINALS_DIR: corpus.originalsDir,
    QAS_ANCHORS_DIR: corpus.anchorsDir,
  });
});

afterAll(() => {
  rmSync(join(corpus.sourcesDir, '..'), { recursive: true, force: true });
});

describe(`a site of ${SOURCES} synthetic sources beside the real ones`, () => {
  test('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  describe.each([
    ['Chinese', ''],
    ['English', '/en'],
  ])('browsing the %s site', (_, prefix) => {
    test.each(FACETS)('by %s: every source in bounded pages, linked one to the next', (facet) => {
      const values = crawlFacet(build.outDir, prefix, facet);
      expect(crawledGroups(values)).toEqual(expectedGroups(sources, facet));
      for (const value of values) {
        for (const page of value.pages) {
          expect(page.sources.length, page.path).toBeLessThanOrEqual(BROWSE_PAGE_SIZE);
          // Previous and next, the first and last page, two either side of the current one, and a
          // skipped single page each side shown as itself: 11 links at most, never one per page.
          expect(page.pager?.links.length ?? 0, page.path).toBeLessThanOrEqual(11);
        }
        expect(unreachedPages(build.outDir, value), value.path).toEqual([]);
      }
    });

    test('one value runs to several pages, each marking itself in a labelled pager', () => {
      const [publisher] = crawlFacet(build.outDir, prefix, 'publisher');
      expect(publisher!.pages).toHaveLength(Math.ceil(SOURCES / BROWSE_PAGE_SIZE));
      for (const page of publisher!.pages) {
        expect(page.pager?.label, page.path).toBeTruthy();
        expect(page.pager?.current, page.path).toEqual([page.path]);
      }
    });

    test('the home page shows the newest few and a few values of each facet', () => {
      const home = builtPage(build.outDir, `${prefix}/`)!;
      expect(select(home, 'li', 'source-card')).toHaveLength(HOME_NEWEST);
      for (const list of select(home, 'ul', 'facet-values'))
        expect(select(list, 'li').length).toBeLessThanOrEqual(FACET_PREVIEW + 1);
    });
  });

  test('the open data comes one source at a time; paragraphs.json has become a notice', () => {
    const result = checkOpenData(
      build.outDir,
      sources.map((source) => source.slug),
    );
    expect(result.paragraphsFile).toBe('moved');
  });

  test('every internal link of the browse pages and the home pages resolves', () => {
    const pages = readSite(build.outDir);
    const checked = [...pages.values()].filter(
      (page) => page.path.includes('/browse/') || page.path === '/' || page.path === '/en/',
    );
    expect(checked.length).toBeGreaterThan(FACETS.length * 2);
    expect(
      checked.flatMap((page) => brokenLinks(build.outDir, pages, page, 'http://localhost:4321')),
    ).toEqual([]);
  });
});
