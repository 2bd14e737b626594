/**
 * Search on the English pages, judged against content/: an English word taken
 * from the editors' translations finds the paragraphs whose English holds it
 * (and, Pagefind's English index being stemmed, its plural finds them too);
 * an entity's English name finds its English entry; Chinese taken from a
 * translated block, typed on /en/search/, finds that block on its English
 * page; the page and the dialog speak English and lead to /en/ addresses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { CONTENT, glossaryEntries, lacks } from '../helpers/content.ts';
import { foldText, textContains } from '../helpers/oracle-text.ts';

const site = inject('siteUrl');
const TRANSLATIONS = join(CONTENT, 'translations/en');
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

interface EnglishBlock {
  slug: string;
  id: string;
  en: string;
}

/** Every translated block, read from the YAML the editors write (a table as caption and cells). */
const blocks: EnglishBlock[] = existsSync(TRANSLATIONS)
  ? readdirSync(TRANSLATIONS)
      .filter((name) => name.endsWith('.yaml'))
      .flatMap((name) => {
        const file = load(readFileSync(join(TRANSLATIONS, name), 'utf8')) as {
          blocks: Record<string, string | { caption?: string; rows: string[][] }>;
        };
        return Object.entries(file.blocks).map(([id, block]) => ({
          slug: name.replace(/\.yaml$/u, ''),
          id,
          en:
            typeof block === 'string'
              ? block
              : [block.caption ?? '', ...block.rows.flat()].join(' '),
        }));
      })
  : [];

const holding = (word: string) => blocks.filter((block) => textContains(block.en, word));

/**
 * An English word found in two or three blocks of one source, long and
 * without an inflectional ending, whose plural the translations never use
 * (so a search for the plural finds the blocks only by its stem).
 */
const WORD = (() => {
  const words = new Set(
    blocks.flatMap((block) => block.en.toLowerCase().match(/\b[a-z]{8,}\b/gu) ?? []),
  );
  for (const word of [...words].sort()) {
    if (/(s|e|y|ed|ing)$/u.test(word) || words.has(`${word}s`)) continue;
    const found = holding(word);
    if (found.length >= 2 && found.length <= 3 && new Set(found.map((b) => b.slug)).size === 1)
      return { word, found };
  }
  return undefined;
})();

/** The Chinese of a translated paragraph: six Han characters that no other block's reading text holds. */
const CHINESE = (() => {
  const dir = join(import.meta.dirname, '../../dist/data/sources');
  if (!existsSync(dir)) return undefined;
  const paragraphs = readdirSync(dir).flatMap((name) => {
    const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      id: string;
      blocks: { id: string; text: string; en?: string; kind: string; container: boolean }[];
    };
    return file.blocks
      .filter((block) => !block.container)
      .map((block) => ({ ...block, slug: file.id }));
  });
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'paragraph' || !paragraph.en) continue;
    const run = /\p{Script=Han}{6}/u.exec(paragraph.text.slice(10))?.[0];
    if (!run) continue;
    const others = paragraphs.filter((other) => foldText(other.text).includes(run));
    if (others.length === 1) return { text: run, slug: paragraph.slug, id: paragraph.id };
  }
  return undefined;
})();

/** An entity whose English name no other entity shares. */
const ENTITY = (() => {
  const entries = glossaryEntries().filter((entry) => entry.nameEn);
  return entries.find(
    (entry) => entries.filter((other) => other.nameEn === entry.nameEn).length === 1,
  );
})();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const settled = () => {
  const status = document.querySelector('#search-status')?.textContent ?? '';
  return status !== '' && status !== 'Searching…';
};

async function search(page: Page, query: string) {
  await page.goto(`${site}/en/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(settled);
  // Every hit of every source shown.
  for (const more of await page.locator('.search-more').all())
    if (await more.isVisible()) await more.click();
}

/** The paragraph addresses the passage hits lead to: /en/sources/<slug>/#pN. */
async function passageTargets(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('.hit-passage .hit-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => {
    const url = new URL(href, 'http://site');
    return `${url.pathname}${url.hash}`;
  });
}

describe.skipIf(lacks(blocks.length, 'no translation in content/translations/en'))(
  'search on the English pages',
  () => {
    test.skipIf(lacks(WORD, 'no English word in two or three blocks of one source'))(
      'an English word from a translation finds every paragraph whose English holds it, on the English page',
      async () => {
        const { page, problems } = await openPage(browser);
        await search(page, WORD!.word);
        const targets = await passageTargets(page);
        for (const block of WORD!.found)
          expect(targets).toContain(`/en/sources/${block.slug}/#${block.id}`);
        for (const target of targets) {
          const [, slug, id] = /^\/en\/sources\/([^/]+)\/#(p\w+)$/u.exec(target) ?? [];
          const block = blocks.find((b) => b.slug === slug && b.id === id);
          expect(block && textContains(block.en, WORD!.word), target).toBe(true);
        }
        expect(await page.locator('.hit-passage mark').first().textContent()).toMatch(
          new RegExp(`^${WORD!.word}$`, 'iu'),
        );
        expect(await page.textContent('#search-status')).toMatch(/\d+ paragraphs?/u);
        expect(problems).toEqual([]);
        await page.context().close();
      },
    );

    test.skipIf(lacks(WORD, 'no English word in two or three blocks of one source'))(
      'the plural of a word the translations use only in the singular finds its paragraphs (the English index is stemmed)',
      async () => {
        const { page } = await openPage(browser);
        await search(page, `${WORD!.word}s`);
        const targets = await passageTargets(page);
        for (const block of WORD!.found)
          expect(targets).toContain(`/en/sources/${block.slug}/#${block.id}`);
        await page.context().close();
      },
    );

    test.skipIf(lacks(ENTITY, 'no glossary entity with an English name of its own'))(
      "an entity's English name finds its English glossary entry first",
      async () => {
        const { page } = await openPage(browser);
        await search(page, ENTITY!.nameEn!);
        const first = page.locator('.hit-group-entities .hit-link').first();
        expect(await first.getAttribute('href')).toBe(`/en/glossary/${ENTITY!.id}/`);
        expect(await page.locator('.hit-group-entities h2').textContent()).toMatch(/^Glossary/u);
        await first.click();
        await page.waitForURL((url) => url.pathname === `/en/glossary/${ENTITY!.id}/`);
        await page.context().close();
      },
    );

    test.skipIf(lacks(CHINESE, 'no translated paragraph with six Han characters of its own'))(
      'Chinese typed on the English search page finds the translated paragraph, shown in Chinese and leading to the English page',
      async () => {
        const { page, problems } = await openPage(browser);
        await search(page, CHINESE!.text);
        expect(await passageTargets(page)).toEqual([
          `/en/sources/${CHINESE!.slug}/#${CHINESE!.id}`,
        ]);
        const text = page.locator('.hit-passage .hit-text').first();
        expect(await text.getAttribute('lang')).toBe('zh-CN');
        expect(await text.locator('mark').first().textContent()).toBe(CHINESE!.text);
        await page.locator('.hit-passage .hit-link').first().click();
        await page.waitForURL(
          (url) =>
            url.pathname === `/en/sources/${CHINESE!.slug}/` && url.hash === `#${CHINESE!.id}`,
        );
        expect(problems).toEqual([]);
        await page.context().close();
      },
    );

    test.skipIf(lacks(WORD, 'no English word in two or three blocks of one source'))(
      'the English search page and dialog speak English and lead to English pages',
      async () => {
        const { page } = await openPage(browser);
        const source = WORD!.found[0]!.slug;
        await page.goto(`${site}/en/sources/${source}/`);
        const trigger = page.locator('[data-search-trigger]');
        expect(await trigger.getAttribute('href')).toBe('/en/search/');
        await trigger.click();
        await page.keyboard.type(WORD!.word);
        const dialog = page.locator('#search-dialog');
        await dialog.locator('.hit-link').first().waitFor();
        const chrome = await dialog.evaluate((node) => {
          const clone = node.cloneNode(true) as HTMLElement;
          // The hits' text may quote the Chinese; the interface around them may not.
          for (const text of clone.querySelectorAll('.hit-text, .hit-group h3 a')) text.remove();
          const labels = [...node.querySelectorAll('[aria-label], [placeholder]')].map(
            (element) =>
              `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('placeholder') ?? ''}`,
          );
          return `${clone.textContent} ${labels.join(' ')}`;
        });
        expect(chrome).not.toMatch(/\p{Script=Han}/u);
        const hrefs = await dialog
          .locator('.hit-link, .hit-group h3 a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
        await page.keyboard.press('Enter');
        await page.waitForURL((url) => url.pathname === '/en/search/');
        await page.waitForFunction(settled);
        const pageChrome = await page.evaluate(() => {
          const clone = document.querySelector('main')!.cloneNode(true) as HTMLElement;
          for (const text of clone.querySelectorAll(
            '.hit-text, .hit-group h2 a, #search-filters label',
          ))
            text.remove();
          const labels = [
            ...document.querySelectorAll('main [aria-label], main [placeholder]'),
          ].map(
            (element) =>
              `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('placeholder') ?? ''}`,
          );
          return `${clone.textContent} ${labels.join(' ')} ${document.title.split(' · ')[0]}`;
        });
        expect(pageChrome).not.toMatch(/\p{Script=Han}/u);
        await page.context().close();
      },
    );

    test.skipIf(lacks(WORD, 'no English word in two or three blocks of one source'))(
      'the English search page at 360 and 1280 px: no sideways scrolling',
      async () => {
        for (const width of [360, 1280]) {
          const { page } = await openPage(browser, { viewport: { width, height: 900 } });
          await search(page, WORD!.word);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
          ).toBe(true);
          await page.screenshot({
            path: join(SCREENSHOTS, `en-search-${width}.png`),
            fullPage: true,
          });
          await page.context().close();
        }
      },
    );
  },
);
