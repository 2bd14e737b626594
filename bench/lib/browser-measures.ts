/**
 * Measures in Debian's Chromium: bytes each page type transfers before any
 * interaction, and the time and bytes of a search, cold (empty cache) and
 * warm (index already loaded).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { allPassageLinks, settleSearch } from '../../tests/helpers/search-page.ts';

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
  /** Bytes of search files (runtime, index, section texts) served until the first hits, as stored and gzipped. */
  kilobytes: number;
  gzipKilobytes: number;
  /** Bytes of the page itself (HTML, CSS, JavaScript) served before, gzipped; counted apart from search. */
  pageGzipKilobytes: number;
  /** The search bytes until the first hits, gzipped, by kind of file (`SEARCH_FILE_KINDS`), with file counts. */
  gzipKilobytesByKind: Record<string, { files: number; kilobytes: number }>;
}

/** What each search file is, for the breakdown of a query's bytes. */
const SEARCH_FILE_KINDS: readonly [kind: string, pattern: RegExp][] = [
  [
    'runtime',
    /[/\\](pagefind[^/\\]*\.js|wasm\.[^/\\]*|pagefind-entry\.json|pagefind-shards\.json)$/u,
  ],
  ['index metadata', /\.pf_meta$/u],
  ['index chunks', /[/\\]index[/\\][^/\\]*$/u],
  ['fragments', /[/\\]fragment[/\\][^/\\]*$/u],
  ['filters', /[/\\]filter[/\\][^/\\]*$/u],
  ['section texts', /[/\\]search-text[/\\]/u],
  ['trigram directory', /[/\\]search-trigrams[/\\]/u],
];

const kindOf = (file: string) =>
  SEARCH_FILE_KINDS.find(([, pattern]) => pattern.test(file))?.[0] ?? 'other';

/** The files a server has sent, in order (tests/helpers/static-server.ts). */
export type FilesServed = () => readonly string[];

/** Files of search: Pagefind's runtime and index (every shard), the shard list, the section texts, the trigram directory. */
const SEARCH_FILE = /[/\\](pagefind[^/\\]*|search-text|search-trigrams)([/\\]|$)/u;

/** Bytes, as stored and gzipped, of files served since `from` (an index into the list). */
function bytesSince(served: FilesServed, from: number) {
  const files = served().slice(from);
  // Each file read and gzipped once, however many sums it is in.
  const bytes = new Map(
    [...new Set(files)].map((file) => {
      const data = readFileSync(file);
      return [file, { raw: data.length, gzip: gz(data) }];
    }),
  );
  const size = (list: readonly string[]) => ({
    raw: list.reduce((sum, file) => sum + bytes.get(file)!.raw, 0),
    gzip: list.reduce((sum, file) => sum + bytes.get(file)!.gzip, 0),
  });
  const search = files.filter((file) => SEARCH_FILE.test(file));
  const byKind = Object.fromEntries(
    [...Map.groupBy(search, kindOf)].map(([kind, list]) => [
      kind,
      { files: list.length, kilobytes: kb(size(list).gzip) },
    ]),
  );
  return {
    search: size(search),
    page: size(files.filter((file) => !SEARCH_FILE.test(file))),
    byKind,
  };
}

/**
 * Type a query on the search page and wait for its first hits and for all of
 * them. Bytes are counted from `from`, a mark in the server's list taken
 * before the page was opened, so a cold query counts what the page fetched
 * on opening too (it starts loading search at once).
 */
async function timeQuery(
  page: Page,
  query: string,
  served: FilesServed,
  from: number,
): Promise<SearchMeasure> {
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
  const atFirst = bytesSince(served, from);
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
    kilobytes: kb(atFirst.search.raw),
    gzipKilobytes: kb(atFirst.search.gzip),
    pageGzipKilobytes: kb(atFirst.page.gzip),
    gzipKilobytesByKind: atFirst.byKind,
  };
}

/**
 * A cold query (nothing of search loaded or cached: every search file the
 * page fetched since it was opened is counted), a warm one (index loaded;
 * bytes since the cold query's results), and a query arriving by link
 * (/search/?q=…, a fresh browser context): time from navigation to the first
 * hits, everything included. Bytes are counted by the server (Pagefind may
 * fetch from a worker that page-level network events do not see).
 */
export async function searchTimings(
  browser: Browser,
  site: string,
  served: FilesServed,
  cold = '院士港',
  warm = '城市更新',
): Promise<{ cold: SearchMeasure; warm: SearchMeasure; linkFirstMs: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const opened = served().length;
  await page.goto(`${site}/search/`);
  await page.waitForLoadState('networkidle');
  const coldMeasure = await timeQuery(page, cold, served, opened);
  await page.waitForLoadState('networkidle');
  const warmMeasure = await timeQuery(page, warm, served, served().length);
  await context.close();
  const linked = await browser.newContext();
  const tab = await linked.newPage();
  await tab.goto(`${site}/search/?q=${encodeURIComponent(cold)}`);
  // performance.now() counts from the navigation's start.
  const first = await tab.waitForFunction(
    () => (document.querySelector('#search-results .hit-link') ? performance.now() : false),
    undefined,
    { timeout: 120_000, polling: 'raf' },
  );
  const linkFirstMs = Math.round((await first.jsonValue()) as number);
  await linked.close();
  return { cold: coldMeasure, warm: warmMeasure, linkFirstMs };
}

/**
 * Every hit link the search page shows for a query, each source's "more"
 * opened: paragraph addresses (/sources/x/#p3).
 */
export async function hitAddresses(page: Page, site: string, query: string): Promise<string[]> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
  await settleSearch(page, 300_000);
  return allPassageLinks(page);
}
