/**
 * Search quality over a query set drawn from the content, judged by an oracle
 * the search code does not share: the open-data paragraph texts
 * (dist/data/paragraphs.json) and the tests' own text folding (oracle-text.ts).
 *
 * The sweep runs every query inside one page through the Pagefind index the
 * site ships, the way the site's engine asks it (all of the query's terms,
 * then its characters anywhere), and keeps the candidates whose record text holds
 * the query: those must be exactly the published paragraphs that hold it, so
 * search records and open data cannot disagree. The last test follows a few
 * hits through the real search page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { editions, lacks } from '../helpers/content.ts';
import { containerAddresses, DIST, openParagraphs } from '../helpers/open-data.ts';
import { foldText, textContains } from '../helpers/oracle-text.ts';
import { allPassageLinks, settleSearch } from '../helpers/search-page.ts';
import { buildQuerySet, type Query, type QueryCategory } from '../helpers/search-queries.ts';
import { directorySections, sectionAddresses } from '../helpers/trigram-directory.ts';
import { hanTrigrams } from '../../src/lib/search-text.ts';
import { strings } from '../../src/lib/i18n.ts';

const site = inject('siteUrl');
const containers = containerAddresses();
/** The published blocks that hold text of their own (a 专栏 box is found by the paragraphs inside it). */
const paragraphs = openParagraphs().filter((paragraph) => !containers.has(paragraph.address));
const queries = buildQuerySet(paragraphs.map((paragraph) => paragraph.text));
const byAddress = new Map(paragraphs.map((paragraph) => [paragraph.address, paragraph.text]));

/** Addresses of the published paragraphs that contain the query. */
const expectedFor = (query: string) =>
  paragraphs
    .filter((paragraph) => textContains(paragraph.text, query))
    .map((paragraph) => paragraph.address);

/**
 * The index terms of a query, written here apart from the site's code: Han
 * characters as overlapping bigrams (a last character of a run alone), Latin
 * words and numbers whole; the last term is left out of a longer query (the
 * text may continue a last character's bigram, or a last word by prefix).
 */
const termsOf = (query: string) => {
  const units = foldText(query).match(/\p{Script=Han}|[^\p{Script=Han}\s]+/gu) ?? [];
  const han = (unit: string | undefined) => unit !== undefined && /\p{Script=Han}/u.test(unit);
  const terms = units.map((unit, index) =>
    han(unit) && han(units[index + 1]) ? unit + units[index + 1] : unit,
  );
  return terms.length > 1 ? terms.slice(0, -1) : terms;
};

interface IndexRecord {
  address: string;
  kind: string;
  /** The entry's own text, which the site checks a candidate against. */
  text: string;
}

/** Load the site's Pagefind runtime into the page once, on the Chinese index and every shard of it. */
async function loadIndex(page: Page): Promise<void> {
  await page.goto(`${site}/search/`);
  await page.addScriptTag({
    type: 'module',
    content: [
      "import * as pagefind from '/pagefind/pagefind.js';",
      "document.documentElement.lang = 'und-hani';",
      'await pagefind.init();',
      "const shards = await (await fetch('/pagefind-shards.json')).json();",
      "for (const shard of shards) await pagefind.mergeIndex(shard, { language: 'und-hani' });",
      'window.qasTestIndex = pagefind;',
    ].join('\n'),
  });
  await page.waitForFunction(() => 'qasTestIndex' in window);
}

/** The records of the index holding all of the terms: each one's url and kind. */
function indexRecords(page: Page, terms: string[]): Promise<{ url: string; kind: string }[]> {
  return page.evaluate(async (query) => {
    type Result = { data: () => Promise<{ url: string; meta: Record<string, string> }> };
    const index = (
      window as unknown as {
        qasTestIndex: { search: (query: string) => Promise<{ results: Result[] } | null> };
      }
    ).qasTestIndex;
    const results = (await index.search(query))?.results ?? [];
    const data = await Promise.all(results.map((result) => result.data()));
    return data.map(({ url, meta }) => ({ url, kind: meta['kind'] ?? '' }));
  }, terms.join(' '));
}

/**
 * The candidate entries the site's search considers for a query: the
 * sections holding all of its terms, each read as the entries its published texts list.
 */
async function candidates(page: Page, terms: string[]): Promise<IndexRecord[]> {
  const urls = (await indexRecords(page, terms))
    .filter((record) => record.kind !== 'entity')
    .map((record) => record.url);
  return page.evaluate(async (list) => {
    const sections = await Promise.all(
      list.map(
        async (url) =>
          (await (await fetch(url)).json()) as {
            entries: { kind: string; url: string; text: string }[];
          },
      ),
    );
    return sections
      .flatMap((section) => section.entries)
      .map((entry) => ({ address: entry.url, kind: entry.kind, text: entry.text }));
  }, urls);
}

/** The first screen of a query's results: the sources shown, and the passage links shown. */
async function firstScreen(page: Page, query: string) {
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
  await settleSearch(page);
  return {
    sources: await page
      .locator('#search-results .hit-group[data-source]')
      .evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset['source']!)),
    links: await page
      .locator('#search-results .hit-groups .hit-passage .hit-link')
      .evaluateAll((links) =>
        links.map((link) => {
          const url = new URL((link as HTMLAnchorElement).href);
          return `${url.pathname}${url.hash}`;
        }),
      ),
  };
}

/** All passage links for a query on the search page, every source's "more" opened. */
async function resultLinks(page: Page, query: string): Promise<string[]> {
  await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
  await settleSearch(page);
  return allPassageLinks(page);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('search quality over a query set drawn from the content', () => {
  test('the query set covers every category and each query has an answer in the open data', () => {
    const categories = new Set<QueryCategory>(queries.map((query) => query.category));
    expect([...categories].sort()).toEqual(['boundary', 'number', 'quoted', 'substring']);
    for (const query of queries)
      expect(expectedFor(query.text).length, query.text).toBeGreaterThan(0);
  });

  test('search finds exactly the published paragraphs that contain each query', async () => {
    const { page, problems } = await openPage(browser);
    await loadIndex(page);
    let expectedTotal = 0;
    let found = 0;
    let hitsTotal = 0;
    let correctHits = 0;
    const misses: string[] = [];
    for (const { text: query } of queries) {
      const expected = expectedFor(query);
      // What the site shows: the candidate passages whose record text holds the query (judged here by the oracle).
      const hits = (await candidates(page, termsOf(query)))
        .filter((record) => record.kind === 'passage' && textContains(record.text, query))
        .map((record) => record.address);
      const got = new Set(hits);
      expectedTotal += expected.length;
      found += expected.filter((address) => got.has(address)).length;
      hitsTotal += hits.length;
      for (const address of expected)
        if (!got.has(address)) misses.push(`${query} → ${address} not found`);
      for (const address of hits) {
        const text = byAddress.get(address);
        if (text !== undefined && textContains(text, query)) correctHits += 1;
        else
          misses.push(
            `${query} ✗ ${address} ${text === undefined ? 'is no published paragraph' : 'does not contain it'}`,
          );
      }
    }
    const recall = found / expectedTotal;
    const precision = correctHits / hitsTotal;
    console.log(
      `search quality: ${queries.length} queries, ${expectedTotal} expected paragraphs, recall ${(recall * 100).toFixed(2)}%, precision ${(precision * 100).toFixed(2)}% (${hitsTotal} hits)`,
    );
    expect(misses.slice(0, 20)).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the trigram directory finds every paragraph that holds each query of three Han characters or more', async () => {
    // What the site asks when a word's bigrams find more candidates than it checks.
    const misses: string[] = [];
    let asked = 0;
    for (const { text: query } of queries) {
      const trigrams = hanTrigrams(query);
      if (trigrams.length === 0) continue;
      asked += 1;
      const found = sectionAddresses(DIST, await directorySections(DIST, trigrams, 'zh'));
      for (const address of expectedFor(query))
        if (!found.has(address)) misses.push(`${query} → ${address}`);
    }
    expect(asked).toBeGreaterThan(0);
    expect(misses.slice(0, 20)).toEqual([]);
  });

  test('past its limit of candidates, the search page asks the trigram directory and shows every paragraph that holds the word', async () => {
    // At thousands of sources a rare phrase's common bigrams find more sections than the
    // page checks; here the limit is lowered (data-candidate-limit) to make that happen.
    const { page, problems } = await openPage(browser);
    await loadIndex(page);
    const pureHan = queries
      .map((query) => query.text)
      .filter((query) => /^\p{Script=Han}{3,}$/u.test(foldText(query)));
    let chosen: { query: string; limit: number; candidates: number } | undefined;
    for (const query of pureHan) {
      const sections = await directorySections(DIST, hanTrigrams(query), 'zh');
      const records = await indexRecords(page, termsOf(query));
      const found = {
        all: records.length,
        entities: records.filter((record) => record.kind === 'entity').length,
      };
      // The directory's sections and the glossary's records fit the limit; the bigrams' candidates do not.
      const limit = sections.length + found.entities;
      if (found.all > limit && (!chosen || found.all - limit > chosen.candidates - chosen.limit))
        chosen = { query, limit, candidates: found.all };
    }
    expect(chosen, 'a query whose bigrams find more sections than its trigrams').toBeDefined();
    const { query, limit } = chosen!;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}/search/`);
    await page.locator('#search-results').evaluate((results, value) => {
      (results as HTMLElement).dataset['candidateLimit'] = String(value);
    }, limit);
    await page.fill('#search-input', query);
    await page.press('#search-input', 'Enter');
    await settleSearch(page);
    const links = await allPassageLinks(page);
    expect(
      requested.some((path) => path.includes('/search-trigrams/')),
      query,
    ).toBe(true);
    expect(await page.locator('#search-status').textContent()).not.toContain(
      strings('zh')('searchStatusCapped', { n: limit }),
    );
    expect(new Set(links), query).toEqual(new Set(expectedFor(query)));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  /**
   * Strings that join the end of a correction's corrected reading to the start
   * of its printed one (管理局 + 市城 of <Correction printed="市城市管理局长">市城市管理局</Correction>):
   * text that exists in neither reading. Search records hold the reading text
   * of the edition model, so no such string is found unless the text has it.
   */
  const spanning = editions().flatMap((edition) =>
    [...edition.mdx.matchAll(/<Correction\b([^>]*)>([^<]+)<\/Correction>/gu)].flatMap(
      ([, attributes, corrected]) => {
        const printed = /\bprinted="([^"]+)"/u.exec(attributes!)?.[1];
        return printed
          ? [`${[...corrected!].slice(-3).join('')}${[...printed].slice(0, 2).join('')}`]
          : [];
      },
    ),
  );

  test.skipIf(lacks(spanning.length, 'no edition in content/sources has a <Correction>'))(
    "search finds no string that spans a correction's two readings unless the open data holds it",
    async () => {
      const { page } = await openPage(browser);
      await loadIndex(page);
      const wrong: string[] = [];
      for (const query of new Set(spanning)) {
        const hits = (await candidates(page, termsOf(query)))
          .filter((record) => record.kind === 'passage' && textContains(record.text, query))
          .map((record) => record.address);
        const expected = new Set(expectedFor(query));
        wrong.push(
          ...hits
            .filter((address) => !expected.has(address))
            .map((address) => `${query} ✗ ${address}`),
        );
      }
      await page.context().close();
      expect(wrong).toEqual([]);
    },
  );

  test('on the search page, every hit link lands on a paragraph that contains the query, marked', async () => {
    // One query of each category, the first of the set that more than one paragraph holds.
    const sample = (['substring', 'quoted', 'number', 'boundary'] as const).map(
      (category) =>
        queries.find(
          (query) => query.category === category && expectedFor(query.text).length > 1,
        ) ?? queries.find((query) => query.category === category)!,
    );
    const { page, problems } = await openPage(browser);
    for (const { text: query } of sample satisfies Query[]) {
      const links = await resultLinks(page, query);
      expect(new Set(links), query).toEqual(new Set(expectedFor(query)));
      for (const url of links.slice(0, 2)) {
        await page.goto(`${site}${url.replace('#', `?hl=${encodeURIComponent(query)}#`)}`);
        const id = url.split('#')[1]!;
        const landed = await page.evaluate((target) => {
          const block = document.getElementById(target)!;
          return {
            text: block.textContent ?? '',
            marks: [...block.querySelectorAll('mark.search-hit')]
              .map((mark) => mark.textContent)
              .join(''),
            top: block.getBoundingClientRect().top,
          };
        }, id);
        expect(textContains(landed.text, query), `${query} at ${url}`).toBe(true);
        expect(textContains(landed.marks, query), `${query} marked at ${url}`).toBe(true);
        expect(landed.top).toBeLessThan(400);
      }
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the first screen shows every source that holds a query, and every hit shown holds it', async () => {
    const { page, problems } = await openPage(browser);
    let sourcesExpected = 0;
    let sourcesShown = 0;
    let hits = 0;
    let exactHits = 0;
    const misses: string[] = [];
    for (const { text: query } of queries) {
      const expected = expectedFor(query);
      const wanted = new Set(expected.map((address) => address.split('/')[2]!));
      const shown = await firstScreen(page, query);
      sourcesExpected += wanted.size;
      for (const source of wanted)
        if (shown.sources.includes(source)) sourcesShown += 1;
        else misses.push(`${query}: source ${source} not on the first screen`);
      for (const address of shown.links) {
        hits += 1;
        const text = byAddress.get(address);
        if (text !== undefined && textContains(text, query)) exactHits += 1;
        else misses.push(`${query}: ${address} does not hold it`);
      }
    }
    const recall = sourcesShown / sourcesExpected;
    const precision = exactHits / hits;
    console.log(
      `first screen: ${queries.length} queries, source recall ${(recall * 100).toFixed(2)}% (${sourcesShown}/${sourcesExpected}), exact-hit precision ${(precision * 100).toFixed(2)}% (${exactHits}/${hits})`,
    );
    expect(misses.slice(0, 20)).toEqual([]);
    expect(recall).toBe(1);
    expect(precision).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
