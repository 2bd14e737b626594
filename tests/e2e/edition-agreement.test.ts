/**
 * One model of each edition: for every block of every source, the text the
 * reader sees on the page, the text of its open-data record and the text of
 * its search record are the same. Sources are those in content/sources/;
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
  return JSON.parse(readFileSync(join(ROOT, 'dist/data/sources', `${slug}.json`), 'utf8')) as { title: string; blocks: DataBlock[] };
}

/** Texts compare without white space: pages, exports and the index lay it out differently. */
const bare = (text: string) => text.replace(/\s+/gu, '');

/**
 * Every search record's text, by URL, fetched through Pagefind's own API (a
 * filter-only search). Pagefind is imported in the page; the import is built
 * from a string so the test runner leaves it alone.
 */
async function searchRecords(page: Page, title: string): Promise<Record<string, string>> {
  return page.evaluate(async (sourceTitle) => {
    const pagefind = (await new Function('url', 'return import(url)')(`${location.origin}/pagefind/pagefind.js`)) as {
      search: (query: null, options: object) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
    };
    const search = await pagefind.search(null, { filters: { 来源: sourceTitle } });
    const records = await Promise.all(search.results.map((result) => result.data()));
    return Object.fromEntries(records.map((record) => [record.url, record.content]));
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
    expect(readdirSync(join(ROOT, 'dist/data/sources')).sort()).toEqual(slugs.map((slug) => `${slug}.json`));
  });

  test.each(slugs)('%s', async (slug) => {
    const { title, blocks } = dataFile(slug);
    const leaves = blocks.filter((block) => !block.container && block.text !== '');
    expect(leaves.length).toBeGreaterThan(0);
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/sources/${slug}/`);
    // What a reader sees: generated chrome, notes and editorial marks (all data-pagefind-ignore) set aside.
    await page.addStyleTag({ content: '[data-pagefind-ignore] { display: none !important; }' });
    const rendered = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, (document.getElementById(id) as HTMLElement | null)?.innerText ?? null])), blocks.map((block) => block.id));
    const records = await searchRecords(page, title);

    const disagreements = blocks.flatMap((block) => {
      const found: string[] = [];
      if (rendered[block.id] == null) found.push(`${block.id}: not on the page`);
      else if (bare(rendered[block.id]!) !== bare(block.text)) found.push(`${block.id}: page reads 「${rendered[block.id]!.slice(0, 60)}」, data 「${block.text.slice(0, 60)}」`);
      if (block.container || block.text === '') return found;
      const record = records[`/sources/${slug}/#${block.id}`];
      if (record === undefined) found.push(`${block.id}: no search record`);
      else if (bare(record) !== bare(block.text)) found.push(`${block.id}: search record reads 「${record.slice(0, 60)}」, data 「${block.text.slice(0, 60)}」`);
      return found;
    });
    expect(disagreements).toEqual([]);
    // And the index holds no passage that is not a block of the edition.
    const stray = Object.keys(records).filter((url) => url.includes('#') && !leaves.some((block) => url === `/sources/${slug}/#${block.id}`));
    expect(stray).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

/** Every <Correction printed="…">corrected</Correction> written in the editions. */
function corrections(): { slug: string; corrected: string; printed: string }[] {
  return slugs.flatMap((slug) =>
    [...readFileSync(join(ROOT, 'content/sources', `${slug}.mdx`), 'utf8').matchAll(/<Correction\s+printed="([^"]*)"[^>]*>([^<]*)<\/Correction>/gu)].map((match) => ({ slug, printed: match[1]!, corrected: match[2]! })),
  );
}

describe('a correction is searchable in its reading, never as both readings run together', () => {
  const all = corrections();
  const texts = slugs.flatMap((slug) => dataFile(slug).blocks.map((block) => bare(block.text)));

  test('the editions have corrections to test', () => {
    expect(all.length).toBeGreaterThan(0);
  });

  test('no search record holds a string that spans the corrected and the printed wording', async () => {
    // Two characters each side of the join, wherever that string is not genuinely in the text (the oracle: open data).
    const spans = [...new Set(all.map(({ corrected, printed }) => [...bare(corrected)].slice(-2).join('') + [...bare(printed)].slice(0, 2).join('')))].filter((span) => [...span].length === 4 && !texts.some((text) => text.includes(span)));
    expect(spans.length).toBeGreaterThan(0);
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/`);
    const found = await page.evaluate(async (queries) => {
      const pagefind = (await new Function('url', 'return import(url)')(`${location.origin}/pagefind/pagefind.js`)) as {
        search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string; content: string }> }[] }>;
      };
      const hits: string[] = [];
      for (const query of queries) {
        // Sent a character at a time, as the site's search sends Chinese; the hit must hold the string itself.
        const search = await pagefind.search([...query].join(' '));
        for (const data of await Promise.all(search.results.map((result) => result.data()))) {
          if (data.content.replace(/\s+/gu, '').includes(query)) hits.push(`${query} in ${data.url}`);
        }
      }
      return hits;
    }, spans);
    expect(found).toEqual([]);
    await page.context().close();
  });
});
