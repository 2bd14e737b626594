import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { containsQuery } from '../../src/lib/search-text.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { buildQuerySet, type SitePassage } from '../helpers/search-queries.ts';

const site = inject('siteUrl');
const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/** Every paragraph of every built source page, by its address. */
function sitePassages(): SitePassage[] {
  return readdirSync(join(DIST, 'sources')).flatMap((slug) =>
    (JSON.parse(readFileSync(join(DIST, 'data/sources', `${slug}.json`), 'utf8')) as { blocks: { id: string; text: string; container: boolean }[] }).blocks
      .filter((passage) => !passage.container && passage.text !== '')
      .map((passage) => ({ url: `/sources/${slug}/#${passage.id}`, text: passage.text })),
  );
}

/** All result links for a query on the search page (exact section, every page of it). */
async function resultLinks(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && status !== '正在检索…' && document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'true';
  });
  for (let more = page.locator('#search-results > .search-more'); (await more.count()) > 0; more = page.locator('#search-results > .search-more')) {
    const before = await page.locator('.hit-groups .hit-link').count();
    const button = await more.first().elementHandle();
    await more.first().click();
    // Done when more hits show, or the button is replaced (the remaining candidates held no exact hit).
    await page.waitForFunction(([count, old]) => document.querySelectorAll('.hit-groups .hit-link').length > (count as number) || !(old as Element).isConnected, [before, button] as const);
  }
  return page.locator('#search-results > .hit-groups .hit-passage .hit-link').evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}

describe('search quality over a query set drawn from the originals', () => {
  let browser: Browser;
  const passages = sitePassages();
  const byUrl = new Map(passages.map((passage) => [passage.url, passage.text]));
  const queries = buildQuerySet(join(ROOT, 'content/originals'), passages);

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('every paragraph containing a query is reachable from its results, and every hit contains it', async () => {
    expect(queries.length).toBeGreaterThan(60);
    const { page } = await openPage(browser);
    let expectedTotal = 0;
    let found = 0;
    let hitsTotal = 0;
    let correctHits = 0;
    const misses: string[] = [];
    for (const query of queries) {
      const expected = passages.filter((passage) => containsQuery(passage.text, query)).map((passage) => passage.url);
      const links = await resultLinks(page, query);
      const got = new Set(links);
      expectedTotal += expected.length;
      found += expected.filter((url) => got.has(url)).length;
      hitsTotal += links.length;
      correctHits += links.filter((url) => containsQuery(byUrl.get(url) ?? '', query)).length;
      for (const url of expected) if (!got.has(url)) misses.push(`${query} → ${url}`);
      for (const url of links) if (!containsQuery(byUrl.get(url) ?? '', query)) misses.push(`${query} ✗ ${url}`);
    }
    const recall = found / expectedTotal;
    const precision = correctHits / hitsTotal;
    console.log(`search quality: ${queries.length} queries, ${expectedTotal} expected paragraphs, recall ${(recall * 100).toFixed(2)}%, precision ${(precision * 100).toFixed(2)}% (${hitsTotal} hits)`);
    expect(misses.slice(0, 20)).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
    await page.context().close();
  }, 600_000);

  test('every hit link lands on a paragraph that contains the query, marked', async () => {
    const { page, problems } = await openPage(browser);
    for (const query of ['院士港', '士港', '1296个', '张村河']) {
      const links = await resultLinks(page, query);
      expect(links.length, query).toBeGreaterThan(0);
      for (const url of links.slice(0, 3)) {
        await page.goto(`${site}${url.replace('#', `?hl=${encodeURIComponent(query)}#`)}`);
        const id = url.split('#')[1]!;
        const landed = await page.evaluate((target) => {
          const block = document.getElementById(target)!;
          return { text: block.textContent ?? '', marks: [...block.querySelectorAll('mark.search-hit')].map((mark) => mark.textContent).join('|'), top: block.getBoundingClientRect().top };
        }, id);
        expect(problems).toEqual([]);
        expect(containsQuery(landed.text, query), `${query} at ${url}`).toBe(true);
        expect(landed.marks.replaceAll('|', ''), `${query} at ${url}`).toContain(query.slice(0, 2));
        expect(landed.top).toBeLessThan(400);
      }
    }
    await page.context().close();
  });
});
