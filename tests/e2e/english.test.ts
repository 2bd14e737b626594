/**
 * The English edition, judged against content/: every source with a
 * translation in content/translations/en/ has an English reading page with
 * a translation under every paragraph address of its Chinese page; the views
 * work at 1280 and 360 px; the language switch keeps the reader's paragraph;
 * pages say their language.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { CONTENT, editions, glossaryEntries, lacks } from '../helpers/content.ts';

const site = inject('siteUrl');
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const TRANSLATIONS = join(CONTENT, 'translations/en');
const translated = existsSync(TRANSLATIONS)
  ? readdirSync(TRANSLATIONS)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.replace(/\.yaml$/u, ''))
      .sort()
  : [];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(
  lacks(translated.length, 'no source has an English translation in content/translations/en'),
)('the English edition', () => {
  test.each(translated)(
    '%s: every paragraph address of the Chinese page has its translation on the English page',
    async (slug) => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${site}/sources/${slug}/`);
      // The Chinese page's addresses, as a reader finds them: every numbered block that holds text.
      const chinese = await page
        .locator('.prose [id^="p"]:has(> .para-num)')
        .evaluateAll((blocks) =>
          blocks
            .filter(
              (block) =>
                !block.querySelector(':scope [id^="p"]:has(> .para-num)') &&
                (block.textContent ?? '').trim() !== '',
            )
            .map((block) => block.id),
        );
      expect(chinese.length).toBeGreaterThan(0);
      await page.goto(`${site}/en/sources/${slug}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const english = await page.evaluate(
        (ids) =>
          ids.map((id) => ({
            id,
            text:
              document.getElementById(id)?.querySelector('.aligned-en')?.textContent?.trim() ?? '',
          })),
        chinese,
      );
      expect(
        english
          .filter((block) => block.text === '' || block.text === 'Not yet translated.')
          .map((block) => block.id),
      ).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );

  test('side by side shows the Chinese beside the English at 1280 px and under it at 360 px', async () => {
    const slug = translated[0]!;
    for (const width of [1280, 360]) {
      const { page } = await openPage(browser, { viewport: { width, height: 900 } });
      await page.goto(`${site}/en/sources/${slug}/`);
      const row = page.locator('.aligned:has(.aligned-zh p)').nth(1);
      await expect.poll(() => row.locator('.aligned-zh').isVisible()).toBe(false);
      await page.click('[data-view-button="both"]');
      expect(await page.getAttribute('[data-view-button="both"]', 'aria-pressed')).toBe('true');
      const english = await row.locator('.aligned-en').boundingBox();
      const chinese = await row.locator('.aligned-zh').boundingBox();
      expect(chinese).not.toBeNull();
      if (width === 1280) expect(chinese!.x).toBeGreaterThan(english!.x + english!.width - 1);
      else expect(chinese!.y).toBeGreaterThanOrEqual(english!.y + english!.height - 1);
      expect(await row.locator('.aligned-zh').getAttribute('lang')).toBe('zh-CN');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, `english-side-by-side-${width}.png`) });
      await page.context().close();
    }
  });

  test('the language switch keeps the reader on the same paragraph, both ways', async () => {
    const slug = translated[0]!;
    const { page } = await openPage(browser);
    await page.goto(`${site}/sources/${slug}/#p3`);
    await page.click('[data-language-switch="same-page"]');
    await page.waitForURL(`**/en/sources/${slug}/#p3`);
    await page.click('[data-language-switch="same-page"]');
    await page.waitForURL(`**/sources/${slug}/#p3`);
    expect(new URL(page.url()).pathname).toBe(`/sources/${slug}/`);
    await page.context().close();
  });

  test('each page names its other-language version (hreflang) and the English interface is English', async () => {
    const slug = translated[0]!;
    const { page } = await openPage(browser);
    await page.goto(`${site}/en/sources/${slug}/`);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="zh-CN"]', 'href')).toMatch(
      new RegExp(`/sources/${slug}/$`, 'u'),
    );
    expect(await page.locator('nav[aria-label="Site"] a').allTextContents()).toEqual(
      expect.arrayContaining(['Sources', 'Glossary', 'Notes']),
    );
    await page.goto(`${site}/sources/${slug}/`);
    expect(await page.getAttribute('link[rel="alternate"][hreflang="en"]', 'href')).toMatch(
      new RegExp(`/en/sources/${slug}/$`, 'u'),
    );
    await page.context().close();
  });

  test('an English reader copies a paragraph link and cites the paragraph from its number', async () => {
    const slug = translated[0]!;
    const { page, problems } = await openPage(browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${site}/en/sources/${slug}/`);
    // The third numbered block that is not a box: whatever the source, a paragraph of its text.
    const number = page.locator('.aligned > .para-num').nth(2);
    const label = (await number.getAttribute('data-label'))!;
    const id = await number.evaluate((link) => link.parentElement!.id);
    await number.click();
    const menu = page.locator('.para-menu');
    await expect.poll(() => menu.getAttribute('aria-label')).toBe(`Paragraph ${label}`);
    await menu.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(new RegExp(`/en/sources/${slug}/#${id}$`, 'u'));
    await expect
      .poll(() => page.locator('.copy-status').textContent())
      .toBe(`Link to paragraph ${label} copied`);
    await number.click();
    await menu.getByRole('button', { name: 'Cite this paragraph' }).click();
    await expect.poll(() => page.locator('#cite-scope').inputValue()).toBe(id);
    // The reader is taken to the panel: it is on screen and holds the focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.cite-panel') !== null))
      .toBe(true);
    const panelTop = (await page.locator('.cite-panel').boundingBox())!.y;
    expect(panelTop).toBeGreaterThanOrEqual(0);
    expect(panelTop).toBeLessThan(page.viewportSize()!.height);
    const chicago = page.locator('.citation[data-format="chicago"] .citation-body');
    await expect.poll(() => chicago.textContent()).toContain(`para. ${label}.`);
    expect(await chicago.textContent()).toContain(`/en/sources/${slug}/#${id}`);
    expect(await chicago.textContent()).toContain('Translated by');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  /** Every English page a reader meets: each source, and one page of every other kind. */
  const ENGLISH_PAGES = [
    ...translated.map((slug) => `/en/sources/${slug}/`),
    '/en/',
    '/en/glossary/',
    `/en/glossary/${glossaryEntries()[0]!.id}/`,
    `/en/search/?q=${encodeURIComponent(glossaryEntries()[0]!.nameEn ?? '')}`,
    '/en/annotations/',
    '/en/data/',
    '/en/authoring/',
  ];

  test.each(ENGLISH_PAGES)('%s: no control is left in Chinese', async (path) => {
    const { page } = await openPage(browser);
    await page.goto(`${site}${path}`);
    await page.waitForLoadState('networkidle');
    // The paragraph-number menu, where there is one, is a control too.
    const number = page.locator('.aligned > .para-num').first();
    if ((await number.count()) > 0) await number.click();
    // What a reader operates or hears as a control: its words, and every accessible name.
    // Han characters there must be marked as Chinese (the link to the Chinese edition is).
    const untranslated = await page.evaluate(() => {
      const chinese = (node: Node) =>
        (
          (node instanceof Element ? node : node.parentElement)
            ?.closest('[lang]')
            ?.getAttribute('lang') ?? ''
        ).startsWith('zh');
      const han = /\p{Script=Han}/u;
      const found: string[] = [];
      const controls = 'button, summary, label, option, nav a, .para-menu, [role="status"]';
      for (const control of document.querySelectorAll(controls)) {
        const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (han.test(node.nodeValue ?? '') && !chinese(node)) found.push(node.nodeValue!);
      }
      for (const named of document.querySelectorAll('[aria-label]')) {
        const name = named.getAttribute('aria-label') ?? '';
        if (han.test(name) && !chinese(named)) found.push(name);
      }
      return found;
    });
    expect(untranslated).toEqual([]);
    await page.context().close();
  });

  test('a query carried from search is marked on the English paragraph it lands on', async () => {
    const slug = translated[0]!;
    const { page } = await openPage(browser);
    await page.goto(`${site}/en/sources/${slug}/`);
    // A word of the third paragraph's translation, as a search would carry it.
    const target = page.locator('.aligned:has(> .para-num)').nth(2);
    const id = await target.getAttribute('id');
    const word = (await target.locator('.aligned-en').textContent())!
      .split(/[^A-Za-z]+/u)
      .find((candidate) => candidate.length >= 6)!;
    expect(word).toBeTruthy();
    await page.goto(`${site}/en/sources/${slug}/?hl=${encodeURIComponent(word)}#${id}`);
    const marks = page.locator(`#${id} mark.search-hit`);
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.first().textContent())!.toLowerCase()).toBe(word.toLowerCase());
    expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
    await page.context().close();
  });

  test.each(editions().filter((edition) => translated.includes(edition.slug)))(
    '$slug: the English record names the original and its checksum, as the Chinese does',
    async (edition) => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/en/sources/${edition.slug}/`);
      const record = (await page.locator('.source-meta').textContent()) ?? '';
      expect(record).toContain(edition.originalFile);
      expect(record).toContain(/sha256: "([0-9a-f]{64})"/u.exec(edition.mdx)![1]!);
      await page.context().close();
    },
  );

  test('the language switch carries the paragraph the reader has scrolled to', async () => {
    const slug = translated[0]!;
    const { page } = await openPage(browser);
    await page.goto(`${site}/en/sources/${slug}/`);
    // The tenth paragraph of the text, whichever it is, brought to the top of the window.
    const target = page.locator('.aligned:has(> .para-num)').nth(9);
    const id = (await target.getAttribute('id'))!;
    await target.evaluate((block) => block.scrollIntoView({ block: 'start' }));
    // The reader stays a moment: the paragraph counts as read (and clicking the switch scrolls up to it).
    const language = page.locator('[data-language-switch="same-page"]');
    await expect.poll(() => language.getAttribute('data-paragraph')).toBe(id);
    await language.click();
    await page.waitForURL(`**/sources/${slug}/#${id}`);
    expect(new URL(page.url()).pathname).toBe(`/sources/${slug}/`);
    await page.context().close();
  });

  test('the language switch on the search page keeps the query', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent('规划 plan')}`);
    await page.click('[data-language-switch="same-page"]');
    await page.waitForURL('**/en/search/**');
    expect(new URL(page.url()).searchParams.get('q')).toBe('规划 plan');
    await expect
      .poll(() => page.locator('input[type="search"]').first().inputValue())
      .toBe('规划 plan');
    await page.context().close();
  });
});
