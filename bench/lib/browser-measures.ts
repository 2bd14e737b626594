/**
 * Measures in Debian's Chromium: bytes each page type transfers before any
 * interaction, and the time and bytes of a search, cold (empty cache) and
 * warm (index already loaded).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface PageWeight {
  path: string;
  htmlKB: number;
  cssKB: number;
  jsKB: number;
  totalKB: number;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (data: Buffer | string) => gzipSync(data).length;

/** Gzipped bytes of the HTML, CSS and JavaScript a page loads before any interaction (what a compressing server sends). */
export async function pageWeight(
  browser: Browser,
  site: string,
  dist: string,
  path: string,
): Promise<PageWeight> {
  const page = await browser.newPage();
  const files: { type: string; path: string }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(site).origin)
      files.push({ type: request.resourceType(), path: decodeURIComponent(url.pathname) });
  });
  await page.goto(`${site}${path}`);
  await page.waitForLoadState('networkidle');
  const inlineJs = await page
    .locator('script:not([src])')
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join(''));
  await page.close();
  const read = (file: string) =>
    readFileSync(join(dist, file.endsWith('/') ? `${file}index.html` : file));
  const sum = (type: string) =>
    files
      .filter((file) => file.type === type)
      .reduce((total, file) => total + gz(read(file.path)), 0);
  const html = sum('document');
  const css = sum('stylesheet');
  const js = sum('script') + (inlineJs ? gz(inlineJs) : 0);
  return { path, htmlKB: kb(html), cssKB: kb(css), jsKB: kb(js), totalKB: kb(html + css + js) };
}

export interface SearchMeasure {
  query: string;
  /** Until the first hits are shown. */
  milliseconds: number;
  /** Until every candidate is checked (the status names the query). */
  completeMilliseconds: number;
  /** Bytes served until the first hits are shown, as stored and gzipped. */
  kilobytes: number;
  gzipKilobytes: number;
}

export interface ServedBytes {
  raw: () => number;
  gzip: () => number;
}

async function timeQuery(page: Page, query: string, bytes: ServedBytes): Promise<SearchMeasure> {
  const before = { raw: bytes.raw(), gzip: bytes.gzip() };
  const started = await page.evaluate(() => performance.now());
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  // The first results: hits shown, while later batches may still be loading.
  const first = await page.waitForFunction(
    () => (document.querySelector('#search-results .hit-link') ? performance.now() : false),
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  const firstAt = (await first.jsonValue()) as number;
  const atFirst = { raw: bytes.raw(), gzip: bytes.gzip() };
  // Complete: the status names the query (「院士港：1 篇文献，38 段」).
  const complete = await page.waitForFunction(
    (typed) =>
      (document.querySelector('#search-status')?.textContent ?? '').startsWith(`${typed}：`)
        ? performance.now()
        : false,
    query,
    { timeout: 300_000 },
  );
  return {
    query,
    milliseconds: Math.round(firstAt - started),
    completeMilliseconds: Math.round(((await complete.jsonValue()) as number) - started),
    kilobytes: kb(atFirst.raw - before.raw),
    gzipKilobytes: kb(atFirst.gzip - before.gzip),
  };
}

/**
 * A cold query (nothing of search loaded or cached) and a warm one (index
 * loaded). Bytes are counted by the server (Pagefind may fetch from a worker
 * that page-level network events do not see), as stored and gzipped.
 */
export async function searchTimings(
  browser: Browser,
  site: string,
  bytes: ServedBytes,
  cold = '院士港',
  warm = '城市更新',
): Promise<{ cold: SearchMeasure; warm: SearchMeasure }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site}/search/`);
  await page.waitForLoadState('networkidle');
  const coldMeasure = await timeQuery(page, cold, bytes);
  await page.waitForLoadState('networkidle');
  const warmMeasure = await timeQuery(page, warm, bytes);
  await context.close();
  return { cold: coldMeasure, warm: warmMeasure };
}

/**
 * Every hit link the search page shows for a query, each source's "more"
 * opened: paragraph addresses (/sources/x/#p3).
 */
export async function hitAddresses(page: Page, site: string, query: string): Promise<string[]> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () =>
      (document.querySelector('#search-status')?.textContent ?? '') !== '' &&
      (document.querySelector('#search-status')?.textContent ?? '') !== '正在检索…' &&
      document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'true',
    undefined,
    { timeout: 300_000 },
  );
  const more = page.locator('#search-results .hit-group .search-more');
  while ((await more.count()) > 0) await more.first().click();
  return page.locator('#search-results > .hit-groups .hit-passage .hit-link').evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}
