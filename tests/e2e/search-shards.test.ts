/**
 * An index built in shards (as a corpus past the shard size is, see
 * src/integrations/search-index.ts) finds what the single index finds: the
 * built site is copied, its index rebuilt with one source per shard, and the
 * same queries, taken from content/glossary where the open data holds them,
 * are searched on both sites, Chinese and English pages alike.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildAllShards } from '../../src/integrations/search-index.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { lacks } from '../helpers/content.ts';
import { openParagraphs } from '../helpers/open-data.ts';
import { NAME_USES } from '../helpers/derived-queries.ts';
import { serveDirectory, type ServedDirectory } from '../helpers/static-server.ts';
import { directorySections } from '../helpers/trigram-directory.ts';
import { hanTrigrams } from '../../src/lib/search-text.ts';

const site = inject('siteUrl');
const DIST = join(import.meta.dirname, '../../dist');
const QUERIES = NAME_USES.slice(0, 3).map((use) => use.name);

/**
 * A number and the Han character after it (14个) that one source's text holds
 * and another's lacks though it holds the number: the shard of the second,
 * asked for 14个, holds the shorter term 14, which Pagefind would answer with.
 */
function junctionOneShardLacks(): string | undefined {
  const bySource = new Map<string, string[]>();
  for (const { source, text } of openParagraphs())
    bySource.set(source, [...(bySource.get(source) ?? []), text]);
  const texts = [...bySource.values()].map((list) => list.join('\n'));
  for (const text of texts)
    for (const [, number, han] of text.matchAll(/(?<![\d.])(\d{2,})(\p{Script=Han})/gu)) {
      const holdsNumber = new RegExp(`(?<![\\d.])${number}(?![\\d.])`, 'u');
      if (texts.some((other) => holdsNumber.test(other) && !other.includes(number! + han!)))
        return number! + han!;
    }
  return undefined;
}
const JUNCTION = junctionOneShardLacks();

let browser: Browser;
let sharded: ServedDirectory;
let copy: string;
let shards: string[];

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'qas-shards-'));
  cpSync(DIST, copy, { recursive: true });
  for (const path of ['pagefind', 'search-text', 'search-trigrams', 'pagefind-shards.json'])
    rmSync(join(copy, path), { recursive: true, force: true });
  // One byte a shard: every source is a shard of its own.
  await buildAllShards(copy, { glossaryDir: CONTENT_PATHS.glossaryDir, shardBytes: 1 }, () => {});
  shards = JSON.parse(readFileSync(join(copy, 'pagefind-shards.json'), 'utf8')) as string[];
  sharded = await serveDirectory(copy);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  sharded?.server.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const settled = () => {
  const status = document.querySelector('#search-status')?.textContent ?? '';
  return status !== '' && !document.querySelector('#search-results[aria-busy]');
};

/** What a search page says for a query: its status line, and each source with hits and their count. */
async function searchOn(base: string, page: string, query: string) {
  const { page: tab, problems } = await openPage(browser);
  const requested: string[] = [];
  tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await tab.goto(`${base}${page}?q=${encodeURIComponent(query)}`);
  await tab.waitForFunction(settled);
  const status = await tab.locator('#search-status').textContent();
  const sources = await tab.locator('.hit-group[data-source]').evaluateAll((groups) =>
    groups
      .map((group) => {
        const count = group.querySelector('.hit-count')?.textContent ?? '';
        return `${group.getAttribute('data-source')} ${count}`;
      })
      .sort(),
  );
  await tab.context().close();
  return { status, sources, requested, problems };
}

describe.skipIf(lacks(QUERIES.length > 0, 'no glossary name occurs in the open data'))(
  'search over an index built in shards',
  () => {
    test('the index is in one shard per source, listed for the client', () => {
      expect(shards.length).toBeGreaterThan(0);
      expect(shards).toEqual(shards.map((_, index) => `/pagefind-${index + 2}/`));
    });

    for (const page of ['/search/', '/en/search/'])
      test.each([...QUERIES, ...(JUNCTION ? [JUNCTION] : [])])(
        `on ${page}, %s finds in the shards what it finds in one index`,
        async (query) => {
          const one = await searchOn(site, page, query);
          const many = await searchOn(sharded.url, page, query);
          expect(many.status).toBe(one.status);
          expect(many.sources).toEqual(one.sources);
          // The same candidate sections were fetched and checked: a shard lacking a term
          // does not answer with the records of a shorter one (Pagefind's fallback).
          const texts = (requested: string[]) =>
            [...new Set(requested.filter((path) => path.includes('/search-text/')))].sort();
          expect(texts(many.requested)).toEqual(texts(one.requested));
          // Every shard was searched.
          for (const shard of shards)
            expect(many.requested.some((path) => path.startsWith(shard))).toBe(true);
          expect(many.problems).toEqual([]);
        },
      );

    for (const lang of ['zh', 'en'] as const)
      test.each(QUERIES.filter((query) => hanTrigrams(query).length > 0))(
        `the ${lang} trigram directory in shards finds for %s the sections one directory finds`,
        async (query) => {
          const one = await directorySections(DIST, hanTrigrams(query), lang);
          const many = await directorySections(copy, hanTrigrams(query), lang);
          expect(one.length).toBeGreaterThan(0);
          expect(many.sort()).toEqual(one.sort());
        },
      );
  },
);
