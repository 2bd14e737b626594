import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { HOME_NEWEST } from '../../src/lib/browse.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { editions, editionWithMost, lacks, ledgerOf } from '../helpers/content.ts';

const site = inject('siteUrl');
const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');
const DIST = join(import.meta.dirname, '../../dist');
const EDITIONS = editions();
/** The longest edition (most paragraph addresses): the hardest page to lay out and scroll. */
const LONGEST = [...EDITIONS].sort(
  (a, b) => (ledgerOf(b.slug)?.anchors.length ?? 0) - (ledgerOf(a.slug)?.anchors.length ?? 0),
)[0]!;
const READING = `/sources/${LONGEST.slug}/`;
/** The edition with the most 专栏 boxes, if any has one. */
const COLUMNS = editionWithMost('columns');
/** The district plan, whose two indicator tables are checked against figures copied by hand from its original. */
const TABLES = EDITIONS.find((edition) => edition.slug === '2021-licang-14th-five-year-plan');
/** An omission, with its reason, from the MDX of some edition. */
const OMISSION = EDITIONS.flatMap((edition) =>
  [...edition.mdx.matchAll(/<Omission reason="([^"]+)">\s*([^<]*?)\s*<\/Omission>/gu)].map(
    ([, reason, text]) => ({ slug: edition.slug, reason: reason!, text: text! }),
  ),
).find((omission) => /^\p{Script=Han}{2,}/u.test(omission.text));

let browser: Browser;
let sourcePaths: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const { page } = await openPage(browser);
  await page.goto(`${site}/`);
  sourcePaths = await page
    .locator('.source-card h3 a')
    .evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
  await page.context().close();
});

afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  test('lists the newest sources, newest first, with title, date, publisher, type, length and summaries', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/`);
    const cards = page.locator('.source-card');
    await expect.poll(() => cards.count()).toBe(Math.min(EDITIONS.length, HOME_NEWEST));
    for (const card of await cards.all()) {
      expect(await card.locator('h3 a').textContent()).not.toBe('');
      expect(await card.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      const meta = await card.locator('.source-meta').textContent();
      expect(meta).toMatch(/发布/u);
      expect(meta).toMatch(/类型/u);
      expect(meta).toMatch(/篇幅[\d,]+ 字/u);
      expect((await card.locator('.summary').first().textContent())?.length).toBeGreaterThan(20);
      expect(await card.locator('.summary-en').getAttribute('lang')).toBe('en');
    }
    const dates = await page
      .locator('.source-card time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(problems).toEqual([]);
  });
});

describe('source pages', () => {
  test('every source page has its title, metadata and a table of contents whose links land on headings', async () => {
    expect([...sourcePaths].sort()).toEqual(
      EDITIONS.map((edition) => `/sources/${edition.slug}/`).sort(),
    );
    for (const path of sourcePaths) {
      const { page, problems } = await openPage(browser);
      await page.goto(`${site}${path}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('h1').count()).toBe(1);
      await expect
        .poll(() => page.locator('.source-meta dt').allTextContents())
        .toEqual(expect.arrayContaining(['日期', '发布', '类型', '原件']));
      const targets = await page
        .locator('.toc a')
        .evaluateAll((links) =>
          links.map((link) =>
            decodeURIComponent(new URL((link as HTMLAnchorElement).href).hash.slice(1)),
          ),
        );
      // A table of contents lists the ## and ### headings, when there are at least two.
      const edition = EDITIONS.find((candidate) => path === `/sources/${candidate.slug}/`)!;
      const headings = edition.mdx.match(/^#{2,3} /gmu)?.length ?? 0;
      if (headings > 1) expect(targets.length, path).toBeGreaterThan(1);
      else expect(targets, path).toEqual([]);
      for (const id of targets) {
        expect(
          await page.evaluate((target) => document.getElementById(target)?.tagName, id),
          `${path}#${id}`,
        ).toMatch(/^H[2-6]$/u);
      }
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
  });

  test('following a contents link scrolls its heading into view', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}${READING}`);
    // A heading halfway down the longest page.
    const links = page.locator('.toc a');
    const link = links.nth(Math.floor((await links.count()) / 2));
    const id = decodeURIComponent(
      new URL(await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).hash.slice(1),
    );
    await link.click();
    const heading = page.locator(`[id="${id}"]`);
    await expect
      .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
      .toBeLessThan(100);
    await page.context().close();
  });

  test.skipIf(
    lacks(
      TABLES,
      'the district plan (2021-licang-14th-five-year-plan), whose tables are checked by hand, is not in content/sources',
    ),
  )('the plan rebuilds 表1 and 表2 as tables with the original figures', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/sources/${TABLES?.slug}/`);
    const tables = page.locator('.prose table');
    await expect.poll(() => tables.count()).toBe(TABLES!.tables);
    const [first, second] = await tables.all();
    expect(await first!.locator('caption').textContent()).toBe(
      '表1 李沧区“十三五”时期经济社会发展完成指标',
    );
    expect(await second!.locator('caption').textContent()).toBe(
      '表2 李沧区“十四五”时期经济社会发展主要指标',
    );
    // Row 1 of 表1: 全区生产总值年均增长率 % 预期性 10.6 8 8.2
    const row1 = await first!.locator('tbody tr').first().locator('td').allTextContents();
    expect(row1).toEqual(['1', '全区生产总值年均增长率', '%', '预期性', '10.6', '8', '8.2']);
    const cells = (await second!.locator('td').allTextContents()).join('|');
    for (const figure of [
      '20.6*',
      '25左右*',
      '7.5左右',
      '117',
      '83.57',
      '与GDP增速基本同步',
      '[12]',
    ])
      expect(cells).toContain(figure);
    expect(await first!.locator('th[scope="rowgroup"]').allTextContents()).toEqual([
      '经济发展',
      '社会民生',
      '生态建设',
    ]);
    await page.context().close();
  });

  test.skipIf(lacks(COLUMNS, 'no edition in content/sources has a <Column>'))(
    '专栏 boxes are asides, titled and numbered in order',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/sources/${COLUMNS?.slug}/`);
      const titles = await page.locator('aside.column h4').allTextContents();
      expect(titles).toHaveLength(COLUMNS!.columns);
      expect(titles.map((title) => title.match(/^专栏(\d+)/u)?.[1])).toEqual(
        titles.map((_, index) => String(index + 1)),
      );
      await page.context().close();
    },
  );

  test.skipIf(
    lacks(OMISSION, 'no edition in content/sources has an <Omission> of plain Chinese text'),
  )('omissions open by keyboard and show the omitted text', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/sources/${OMISSION?.slug}/`);
    const omission = page.locator('details.omission', { hasText: OMISSION!.reason }).first();
    await omission.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await omission.getAttribute('open')).not.toBeNull();
    expect(await omission.locator('.omitted').textContent()).toContain(
      OMISSION!.text.split('\n')[0],
    );
    await page.context().close();
  });
});

describe('reading on any screen', () => {
  test('every page fits a 360 px phone without horizontal scrolling', async () => {
    for (const path of ['/', ...sourcePaths]) {
      const { page } = await openPage(browser, {
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 1,
      });
      await page.goto(`${site}${path}`);
      const [scrollWidth, width] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      await page.screenshot({
        path: join(SCREENSHOTS, `360-${path.split('/').filter(Boolean).pop() ?? 'home'}.png`),
      });
      expect(scrollWidth, path).toBeLessThanOrEqual(width);
      await page.context().close();
    }
  });

  test('dark mode changes the page colours', async () => {
    const colours = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openPage(browser, { colorScheme });
      await page.goto(`${site}${READING}`);
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await page.context().close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  test('print hides the site chrome and the contents, and keeps the text', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}${READING}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    expect(await page.locator('.prose h2').first().isVisible()).toBe(true);
    await page.context().close();
  });

  test.each([READING, `/en${READING}`])(
    '%s: reading pages use system fonts and ship at most 15 KB of compressed JavaScript before any interaction',
    async (reading) => {
      const { page } = await openPage(browser);
      const scripts: string[] = [];
      const fonts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
        if (request.resourceType() === 'font') fonts.push(request.url());
      });
      await page.goto(`${site}${reading}`);
      await page.waitForLoadState('networkidle');
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
      const bytes = [
        ...scripts.map((path) => readFileSync(join(DIST, decodeURIComponent(path)))),
        ...inline.map((code) => Buffer.from(code)),
      ].reduce((sum, code) => sum + gzipSync(code).length, 0);
      console.log(
        `${reading} JavaScript before interaction: ${scripts.length} file(s) + ${inline.length} inline, ${bytes} bytes gzipped`,
      );
      expect(fonts).toEqual([]);
      expect(bytes).toBeLessThanOrEqual(15 * 1024);
      await page.context().close();
    },
  );
});
