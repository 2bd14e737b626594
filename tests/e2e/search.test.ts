import { pinyin } from 'pinyin-pro';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { FREQUENT, NUMBER, OTHER, PLACE, SPREAD } from '../helpers/derived-queries.ts';
import { lacks } from '../helpers/content.ts';
import { openParagraphs } from '../helpers/open-data.ts';
import { foldText } from '../helpers/oracle-text.ts';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const settled = () => {
  const status = document.querySelector('#search-status')?.textContent ?? '';
  return status !== '' && status !== '正在检索…';
};

/** The glossary name in the most paragraphs, another one, and a name found in several sources (see derived-queries.ts). */
const QUERY = FREQUENT?.name ?? '';
const QUERY2 = OTHER?.name ?? '';
/** Traditional characters of a phrase the texts hold in simplified form, written by hand. */
const TRADITIONAL = { traditional: '科技成果轉化', simplified: '科技成果转化' };
const HAS_SIMPLIFIED = openParagraphs().some((paragraph) =>
  foldText(paragraph.text).includes(TRADITIONAL.simplified),
);
const fullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z]/gu, (character) =>
    String.fromCharCode(character.charCodeAt(0) + 0xfee0),
  );

describe.skipIf(
  lacks(FREQUENT && OTHER, 'content/glossary has fewer than two names the open data holds'),
)('the search page', () => {
  test('a search for a frequent name lists its hits by source, each landing on a paragraph with the name marked', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForFunction(settled);
    const source = `/sources/${FREQUENT!.source}/`;
    const group = page.locator('.hit-group', { has: page.locator(`h2 a[href="${source}"]`) });
    const hits = group.locator('.hit-link');
    const expected = FREQUENT!.bySource.get(FREQUENT!.source)!.length;
    // The first page of results holds up to 40 hits over all sources: some of this source's, none that the open data does not hold.
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await hits.count()).toBeLessThanOrEqual(expected);
    expect(await hits.first().locator('mark').first().textContent()).toBe(QUERY);
    await hits.nth(Math.min(2, (await hits.count()) - 1)).click();
    await page.waitForURL(
      (url) => url.pathname === source && url.searchParams.has('hl') && /^#p\d+/u.test(url.hash),
    );
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"] mark.search-hit`).first().textContent()).toBe(QUERY);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the query is in the URL and the back button returns to the previous search', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY2)}`);
    await page.waitForFunction(settled);
    await page.fill('#search-input', QUERY);
    await page.press('#search-input', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === QUERY);
    await page.goBack();
    await page.waitForFunction(
      (query) => (document.querySelector('#search-status')?.textContent ?? '').includes(query),
      QUERY2,
    );
    expect(await page.inputValue('#search-input')).toBe(QUERY2);
    await page.context().close();
  });

  test.skipIf(lacks(SPREAD, 'no glossary name occurs in sources of different years'))(
    'filters narrow the results',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(SPREAD!.name)}`);
      await page.waitForFunction(settled);
      const groups = () =>
        page.locator('#search-results > .hit-groups .hit-group:has(.hit-passage)').count();
      expect(await groups()).toBe(SPREAD!.bySource.size);
      await page.locator(`#search-filters input[name="年份"][value="${SPREAD!.year}"]`).check();
      await page.waitForURL((url) => url.searchParams.getAll('f').includes(`年份:${SPREAD!.year}`));
      await page.waitForFunction(settled);
      await expect.poll(groups).toBe(1);
      expect(
        await page.locator('.hit-group:has(.hit-passage) h2 a').first().getAttribute('href'),
      ).toBe(`/sources/${SPREAD!.source}/`);
      await page.context().close();
    },
  );

  test.skipIf(lacks(HAS_SIMPLIFIED, `the open data does not hold ${TRADITIONAL.simplified}`))(
    'a traditional-character query finds the simplified text',
    async () => {
      const { traditional, simplified } = TRADITIONAL;
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(traditional)}`);
      await page.waitForFunction(settled);
      expect(await page.locator('#search-status').textContent()).toMatch(
        new RegExp(
          `找到 \\d+\\+? 处含“${simplified}”（已将繁体“${traditional}”转为简体“${simplified}”）`,
          'u',
        ),
      );
      expect(await page.locator('.hit mark').first().textContent()).toBe(simplified);
      await page.context().close();
    },
  );

  test.skipIf(lacks(NUMBER, 'the open data holds no number with a unit'))(
    'full-width letters and digits, extra spaces and punctuation do not break a query',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(`  ${fullWidth(NUMBER!)} `)}`);
      await page.waitForFunction(settled);
      expect(await page.locator('#search-status').textContent()).toMatch(
        new RegExp(`找到 \\d+\\+? 处含“${NUMBER}”`, 'u'),
      );
      await page.context().close();
    },
  );

  const syllables = PLACE ? pinyin(PLACE.name, { toneType: 'none', type: 'array' }) : [];
  test
    .skipIf(
      lacks(
        PLACE,
        'no place in content/glossary has an English name and an unambiguous Chinese name',
      ),
    )
    .each([
      syllables.join(''),
      syllables.map((syllable) => syllable[0]).join(''),
      PLACE?.nameEn ?? '',
    ])(`the pinyin or English query %s finds the entity page of ${PLACE?.name}`, async (query) => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(settled);
    expect(await page.locator(`.hit-entity a[href="/glossary/${PLACE!.id}/"]`).count()).toBe(1);
    await page.context().close();
  });

  test('an index that fails to load gives a clear message, not a blank box', async () => {
    const { page } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForFunction(settled);
    expect(await page.locator('#search-status').textContent()).toBe(
      '检索索引未能加载，请检查网络连接后重试。',
    );
    await page.context().close();
  });

  test('nothing of search loads until a search starts', async () => {
    const { page } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}/sources/${FREQUENT!.source}/`);
    await page.waitForLoadState('networkidle');
    expect(
      requested.filter(
        (path) =>
          path.startsWith('/pagefind/') ||
          path.includes('search-dialog') ||
          path.includes('engine'),
      ),
    ).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => requested.some((path) => path.includes('search-dialog'))).toBe(true);
    await page.context().close();
  });
});

describe.skipIf(lacks(FREQUENT, 'no glossary name occurs in the open data'))(
  'the search dialog',
  () => {
    test('opens with / and Ctrl-K, moves through results with arrow keys, closes with Esc', async () => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${site}/`);
      await page.keyboard.press('/');
      const dialog = page.locator('#search-dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
      await page.keyboard.type(QUERY);
      await expect.poll(() => dialog.locator('.hit-link').count()).toBeGreaterThan(1);
      await page.keyboard.press('ArrowDown');
      const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(first).toMatch(/^\/(sources|glossary)\//u);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(
        first,
      );
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await page.keyboard.press('Control+k');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(problems).toEqual([]);
      await page.context().close();
    });
  },
);

describe.skipIf(lacks(SPREAD, 'no glossary name occurs in sources of different years'))(
  'sorting by date',
  () => {
    test('the newest sources come first when sorted by date, and the order is in the URL', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(SPREAD?.name ?? '')}&sort=date-desc`);
      await page.waitForFunction(settled);
      expect(await page.inputValue('#search-order')).toBe('date-desc');
      const years = await page
        .locator('#search-results > .hit-groups .hit-group h2 .hit-count')
        .allTextContents();
      const order = years.map((text) => Number(text.slice(0, 4)));
      expect(order.length).toBeGreaterThan(1);
      expect(order).toEqual([...order].sort((a, b) => b - a));
      await page.selectOption('#search-order', 'date-asc');
      await page.waitForURL(/sort=date-asc/u);
      await page.waitForFunction(settled);
      const ascending = (
        await page
          .locator('#search-results > .hit-groups .hit-group h2 .hit-count')
          .allTextContents()
      ).map((text) => Number(text.slice(0, 4)));
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      await page.context().close();
    });
  },
);

describe.skipIf(lacks(FREQUENT, 'no glossary name occurs in the open data'))(
  'layout stability',
  () => {
    test('results and filters arriving move nothing already on the page', async () => {
      const { page } = await openPage(browser);
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput)
              (window as unknown as { shift: number }).shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
      await page.waitForFunction(settled);
      await page.waitForFunction(
        () => document.querySelectorAll('#search-filters fieldset').length > 0,
      );
      expect(
        await page.evaluate(() => (window as unknown as { shift: number }).shift),
      ).toBeLessThan(0.05);
      await page.context().close();
    });
  },
);
