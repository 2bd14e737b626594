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
  milliseconds: number;
  kilobytes: number;
}

async function timeQuery(
  page: Page,
  query: string,
  bytesSoFar: () => number,
): Promise<SearchMeasure> {
  const before = bytesSoFar();
  const started = await page.evaluate(() => performance.now());
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  // The first results of this query: the status names it (「院士港：1 篇文献，38 段」) once its hits are shown.
  const ended = await page.waitForFunction(
    (typed) =>
      (document.querySelector('#search-status')?.textContent ?? '').startsWith(`${typed}：`) &&
      document.querySelector('.hit-link')
        ? performance.now()
        : false,
    query,
    { timeout: 60_000 },
  );
  return {
    query,
    milliseconds: Math.round(((await ended.jsonValue()) as number) - started),
    kilobytes: kb(bytesSoFar() - before),
  };
}

/**
 * A cold query (nothing of search loaded or cached) and a warm one (index
 * loaded). Bytes are counted by the server, since Pagefind fetches from a
 * worker that page-level network events do not see; they are uncompressed
 * (the index files are compressed already; the JavaScript would shrink).
 */
export async function searchTimings(
  browser: Browser,
  site: string,
  bytesServed: () => number,
  cold = '院士港',
  warm = '城市更新',
): Promise<{ cold: SearchMeasure; warm: SearchMeasure }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site}/search/`);
  await page.waitForLoadState('networkidle');
  const bytes = bytesServed;
  const coldMeasure = await timeQuery(page, cold, bytes);
  await page.waitForLoadState('networkidle');
  const warmMeasure = await timeQuery(page, warm, bytes);
  await context.close();
  return { cold: coldMeasure, warm: warmMeasure };
}
