import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pinyin } from 'pinyin-pro';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { glossaryEntries, lacks, type GlossaryEntry } from '../helpers/content.ts';
import { attribute, parsePage, select } from '../helpers/html.ts';
import { containerAddresses, DIST, openParagraphs } from '../helpers/open-data.ts';
import { textContains } from '../helpers/oracle-text.ts';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const entries = glossaryEntries();
const formsOf = (entry: GlossaryEntry) => [entry.name, ...entry.aliases];
const containers = containerAddresses();
/** The published paragraphs with text of their own (a 专栏 box lists its paragraphs). */
const paragraphs = openParagraphs().filter((paragraph) => !containers.has(paragraph.address));
const naming = (entry: GlossaryEntry) =>
  paragraphs
    .filter((paragraph) => formsOf(entry).some((form) => textContains(paragraph.text, form)))
    .map((paragraph) => paragraph.address);

/**
 * Entities whose mentions the open data alone can tell: no exclusion
 * contexts, and no form inside another entity's form (the longer name wins
 * there). The two named in most paragraphs.
 */
const unambiguous = entries
  .filter((entry) => !entry.hasExclusions)
  .filter(
    (entry) =>
      !formsOf(entry).some((form) =>
        entries.some(
          (other) =>
            other.id !== entry.id &&
            formsOf(other).some((longer) => longer !== form && longer.includes(form)),
        ),
      ),
  )
  .map((entry) => ({ entry, expected: naming(entry) }))
  .sort((a, b) => b.expected.length - a.expected.length || (a.entry.id < b.entry.id ? -1 : 1))
  .slice(0, 2);

describe('entity pages list every mention', () => {
  test('there are entities to check', () => {
    expect(unambiguous.length).toBeGreaterThan(0);
  });

  test.each(
    unambiguous.map(({ entry, expected }) => [entry.id, entry.name, entry, expected] as const),
  )(
    '%s lists every paragraph naming %s, each link landing on a paragraph that names it',
    async (id, _, entry, expected) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${site}/glossary/${id}/`);
      const links = await page
        .locator('.kwic a')
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      const listed = new Set(links.map((href) => `${new URL(href).pathname}${new URL(href).hash}`));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.filter((url) => !listed.has(url))).toEqual([]);
      // Each paragraph is listed once; the counts per source add up to the mentions, at least one per paragraph.
      expect(new Set(links).size).toBe(links.length);
      const counted = await page.locator('.mention-group h3 .count').allTextContents();
      const mentions = counted.reduce(
        (sum, text) => sum + Number(/(\d+) 处/u.exec(text)?.[1] ?? 0),
        0,
      );
      expect(mentions).toBeGreaterThanOrEqual(links.length);
      expect(await page.locator('#mentions-title .count').textContent()).toContain(
        `${mentions} 处`,
      );
      for (const href of links.slice(0, 5)) {
        await page.goto(href);
        const hash = new URL(href).hash.slice(1);
        const text = (await page.locator(`[id="${hash}"]`).textContent()) ?? '';
        expect(
          formsOf(entry).some((form) => textContains(text, form)),
          `${href} names ${entry.name}`,
        ).toBe(true);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});

/** An entity to find in the glossary filter: a place with an English name, its name of three Han characters or more. */
const FILTERED = entries.find(
  (entry) =>
    entry.type === 'place' &&
    entry.nameEn &&
    /^\p{Script=Han}{3,}$/u.test(entry.name) &&
    !entries.some(
      (other) => other.id !== entry.id && formsOf(other).some((form) => form.includes(entry.name)),
    ),
);

describe('glossary index', () => {
  test.skipIf(
    lacks(
      FILTERED,
      'no place in content/glossary has an English name and an unambiguous Chinese name of three characters or more',
    ),
  )('groups entities by type and filters by Chinese, pinyin initials or English', async () => {
    const entry = FILTERED!;
    const syllables = pinyin(entry.name, { toneType: 'none', type: 'array' });
    const { page } = await openPage(browser);
    await page.goto(`${site}/glossary/`);
    expect(await page.locator('.entity-group').count()).toBe(
      new Set(entries.map((other) => other.type)).size,
    );
    const visible = () => page.locator('.entity-group li:not([hidden])').count();
    const all = await visible();
    expect(all).toBe(entries.length);
    for (const query of [
      entry.name,
      syllables.map((syllable) => syllable[0]).join(''),
      syllables.join(''),
      entry.nameEn!,
    ]) {
      await page.fill('#glossary-filter-input', query);
      expect(
        await page
          .locator('.entity-group li:not([hidden]) a', {
            hasText: new RegExp(`^${entry.name}$`, 'u'),
          })
          .count(),
        query,
      ).toBe(1);
      expect(await visible(), query).toBeLessThan(all);
    }
    await page.fill('#glossary-filter-input', '');
    expect(await visible()).toBe(all);
    await page.context().close();
  });
});

/** A source page and the first glossary link on it, taken from the built site. */
const PREVIEWED = (() => {
  for (const paragraph of openParagraphs()) {
    const page = parsePage(
      readFileSync(join(DIST, 'sources', paragraph.source, 'index.html'), 'utf8'),
    );
    const link = select(page, 'a', 'entity-link')[0];
    const entity = link && entries.find((entry) => entry.id === attribute(link, 'dataEntity'));
    if (entity) return { page: `/sources/${paragraph.source}/`, entity };
  }
  return undefined;
})();

describe.skipIf(lacks(PREVIEWED, 'no source page links a glossary entry'))(
  'preview cards on entity links',
  () => {
    const PAGE = PREVIEWED?.page ?? '';
    const ENTITY = PREVIEWED?.entity.id ?? '';
    const LINK = `a.entity-link[data-entity="${ENTITY}"]`;

    test('open on keyboard focus, describe the link, and close with Esc', async () => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${site}${PAGE}`);
      await page.locator(LINK).first().focus();
      const card = page.locator('#entity-preview');
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await card.textContent()).toContain(PREVIEWED!.entity.name);
      expect(await card.textContent()).toMatch(/查看条目 · 文献中出现 \d+ 处/u);
      expect(await page.locator(LINK).first().getAttribute('aria-describedby')).toBe(
        'entity-preview',
      );
      await page.keyboard.press('Escape');
      await expect.poll(() => card.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entity'))).toBe(
        ENTITY,
      );
      expect(problems).toEqual([]);
      await page.context().close();
    });

    test('open on hover and close when the pointer leaves', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}${PAGE}`);
      await page.locator(LINK).first().hover();
      const card = page.locator('#entity-preview');
      await expect.poll(() => card.isVisible()).toBe(true);
      await page.mouse.move(5, 5);
      await expect.poll(() => card.isVisible()).toBe(false);
      await page.context().close();
    });

    test('open on tap on a touch screen; the link still leads to the entry', async () => {
      const { page } = await openPage(browser, {
        hasTouch: true,
        viewport: { width: 360, height: 740 },
      });
      await page.goto(`${site}${PAGE}`);
      await page.locator(LINK).first().tap();
      await expect.poll(() => page.locator('#entity-preview').isVisible()).toBe(true);
      expect(new URL(page.url()).pathname).toBe(PAGE);
      await page.locator('#entity-preview a').tap();
      await page.waitForURL(`${site}/glossary/${ENTITY}/`);
      await page.context().close();
    });
  },
);
