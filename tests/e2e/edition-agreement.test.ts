/**
 * One model of each edition: for every block of every source, the text the
 * reader sees on the page, the text of its open-data record and the text of
 * its search record are the same. (That no record joins a correction's two
 * readings is checked in search-quality.test.ts.) Sources are those in content/sources/;
 * the open-data files are the oracle, compared with what Chromium renders
 * and with what Pagefind returns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';

const site = inject('siteUrl');
const ROOT = join(import.meta.dirname, '../..');
const slugs = readdirSync(join(ROOT, 'content/sources'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/u, ''))
  .sort();

interface DataBlock {
  id: string;
  text: string;
  container: boolean;
}

/** The open-data file the build wrote for a source. */
function dataFile(slug: string): { title: string; blocks: DataBlock[] } {
  return JSON.parse(readFileSync(join(ROOT, 'dist/data/sources', `${slug}.json`), 'utf8')) as {
    title: string;
    blocks: DataBlock[];
  };
}

/** Texts compare without white space: pages, exports and the index lay it out differently. */
const bare = (text: string) => text.replace(/\s+/gu, '');

/**
 * Every passage entry's text (the text search shows and checks hits
 * against), by URL, fetched through Pagefind's own API (a filter-only
 * search of the Chinese index) and the section texts its records point to.
 * Notes, introductions and titles are entries of other kinds. Pagefind is
 * imported in the page; the import is built from a string so the test runner
 * leaves it alone.
 */
async function searchRecords(page: Page, title: string): Promise<Record<string, string>> {
  return page.evaluate(async (sourceTitle) => {
    const pagefind = (await new Function('url', 'return import(url)')(
      `${location.origin}/pagefind/pagefind.js`,
    )) as {
      search: (
        query: null,
        options: object,
      ) => Promise<{
        results: {
          data: () => Promise<{ url: string; meta: Record<string, string> }>;
        }[];
      }>;
    };
    // Pagefind starts on the page's language; the Chinese records are indexed as und-hani.
    document.documentElement.lang = 'und-hani';
    const search = await pagefind.search(null, { filters: { 来源: sourceTitle } });
    const records = await Promise.all(search.results.map((result) => result.data()));
    const sections = await Promise.all(
      records
        .filter((record) => record.meta['kind'] !== 'entity')
        .map(
          async (record) =>
            (await (await fetch(record.url)).json()) as {
              entries: { kind: string; url: string; text: string }[];
            },
        ),
    );
    return Object.fromEntries(
      sections
        .flatMap((section) => section.entries)
        .filter((entry) => entry.kind === 'passage')
        .map((entry) => [entry.url, entry.text]),
    );
  }, title);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('page, open data and search agree on every block', () => {
  test('there is an open-data file for every edition in content/sources', () => {
    expect(readdirSync(join(ROOT, 'dist/data/sources')).sort()).toEqual(
      slugs.map((slug) => `${slug}.json`),
    );
  });

  test.each(slugs)('%s', async (slug) => {
    const { title, blocks } = dataFile(slug);
    const leaves = blocks.filter((block) => !block.container && block.text !== '');
    expect(leaves.length).toBeGreaterThan(0);
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/sources/${slug}/`);
    // What a reader sees: generated chrome, notes and editorial marks (all data-pagefind-ignore) set aside.
    await page.addStyleTag({ content: '[data-pagefind-ignore] { display: none !important; }' });
    const rendered = await page.evaluate(
      (ids) =>
        Object.fromEntries(
          ids.map((id) => [
            id,
            (document.getElementById(id) as HTMLElement | null)?.innerText ?? null,
          ]),
        ),
      blocks.map((block) => block.id),
    );
    const records = await searchRecords(page, title);

    const disagreements = blocks.flatMap((block) => {
      const found: string[] = [];
      if (rendered[block.id] == null) found.push(`${block.id}: not on the page`);
      else if (bare(rendered[block.id]!) !== bare(block.text))
        found.push(
          `${block.id}: page reads 「${rendered[block.id]!.slice(0, 60)}」, data 「${block.text.slice(0, 60)}」`,
        );
      if (block.container || block.text === '') return found;
      const record = records[`/sources/${slug}/#${block.id}`];
      if (record === undefined) found.push(`${block.id}: no search record`);
      else if (bare(record) !== bare(block.text))
        found.push(
          `${block.id}: search record reads 「${record.slice(0, 60)}」, data 「${block.text.slice(0, 60)}」`,
        );
      return found;
    });
    expect(disagreements).toEqual([]);
    // And the index holds no passage that is not a block of the edition.
    const stray = Object.keys(records).filter(
      (url) =>
        url.includes('#') && !leaves.some((block) => url === `/sources/${slug}/#${block.id}`),
    );
    expect(stray).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
