import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';

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

describe('the search page', () => {
  test('/search/?q=院士港 lists hits from the plan, each landing on a paragraph with 院士港 marked', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/search/?q=院士港`);
    await page.waitForFunction(settled);
    const group = page.locator('.hit-group', { has: page.locator('h2 a[href="/sources/2021-licang-14th-five-year-plan/"]') });
    const hits = group.locator('.hit-link');
    expect(await hits.count()).toBeGreaterThan(10);
    expect(await hits.first().locator('mark').first().textContent()).toBe('院士港');
    await hits.nth(2).click();
    await page.waitForURL(/\/sources\/2021-licang-14th-five-year-plan\/\?hl=.*#p\d+/u);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"] mark.search-hit`).first().textContent()).toBe('院士港');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the query is in the URL and the back button returns to the previous search', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=张村河`);
    await page.waitForFunction(settled);
    await page.fill('#search-input', '院士港');
    await page.press('#search-input', 'Enter');
    await page.waitForURL(/q=%E9%99%A2%E5%A3%AB%E6%B8%AF/u);
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '').includes('张村河'));
    expect(await page.inputValue('#search-input')).toBe('张村河');
    await page.context().close();
  });

  test('filters narrow the results', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=城市更新`);
    await page.waitForFunction(settled);
    const groups = () => page.locator('#search-results > .hit-groups .hit-group').count();
    const before = await groups();
    expect(before).toBeGreaterThan(1);
    await page.locator('#search-filters input[name="年份"][value="2023"]').check();
    await page.waitForURL(/f=%E5%B9%B4%E4%BB%BD%3A2023/u);
    await page.waitForFunction(settled);
    await expect.poll(groups).toBe(1);
    expect(await page.locator('.hit-group h2 a').first().getAttribute('href')).toBe('/sources/2023-urban-renewal-press-conferences/');
    await page.context().close();
  });

  test('a traditional-character query finds the simplified text', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent('科技成果轉化')}`);
    await page.waitForFunction(settled);
    expect(await page.locator('#search-status').textContent()).toMatch(/找到 \d+\+? 处含“科技成果转化”（已将繁体“科技成果轉化”转为简体“科技成果转化”）/u);
    expect(await page.locator('.hit mark').first().textContent()).toBe('科技成果转化');
    await page.context().close();
  });

  test('full-width letters and digits, extra spaces and punctuation do not break a query', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent('  １２９６个 ')}`);
    await page.waitForFunction(settled);
    expect(await page.locator('#search-status').textContent()).toMatch(/找到 \d+ 处含“1296个”/u);
    await page.context().close();
  });

  test.each(['zhangcunhe', 'zch', 'Zhangcun River'])('the pinyin or English query %s finds the entity page of 张村河', async (query) => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(settled);
    expect(await page.locator('.hit-entity a[href="/glossary/zhangcun-river/"]').count()).toBe(1);
    await page.context().close();
  });

  test('an index that fails to load gives a clear message, not a blank box', async () => {
    const { page } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site}/search/?q=院士港`);
    await page.waitForFunction(settled);
    expect(await page.locator('#search-status').textContent()).toBe('检索索引未能加载，请检查网络连接后重试。');
    await page.context().close();
  });

  test('nothing of search loads until a search starts', async () => {
    const { page } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}/sources/2021-licang-14th-five-year-plan/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.startsWith('/pagefind/') || path.includes('search-dialog') || path.includes('engine'))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => requested.some((path) => path.includes('search-dialog'))).toBe(true);
    await page.context().close();
  });
});

describe('the search dialog', () => {
  test('opens with / and Ctrl-K, moves through results with arrow keys, closes with Esc', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/`);
    await page.keyboard.press('/');
    const dialog = page.locator('#search-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
    await page.keyboard.type('张村河');
    await expect.poll(() => dialog.locator('.hit-link').count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toMatch(/^\/(sources|glossary)\//u);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(first);
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
});

describe('sorting by date', () => {
  test('the newest sources come first when sorted by date, and the order is in the URL', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent('张村河')}&sort=date-desc`);
    await page.waitForFunction(settled);
    expect(await page.inputValue('#search-order')).toBe('date-desc');
    const years = await page.locator('#search-results > .hit-groups .hit-group h2 .hit-count').allTextContents();
    const order = years.map((text) => Number(text.slice(0, 4)));
    expect(order.length).toBeGreaterThan(1);
    expect(order).toEqual([...order].sort((a, b) => b - a));
    await page.selectOption('#search-order', 'date-asc');
    await page.waitForURL(/sort=date-asc/u);
    await page.waitForFunction(settled);
    const ascending = (await page.locator('#search-results > .hit-groups .hit-group h2 .hit-count').allTextContents()).map((text) => Number(text.slice(0, 4)));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.context().close();
  });
});

describe('layout stability', () => {
  test('results and filters arriving move nothing already on the page', async () => {
    const { page } = await openPage(browser);
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site}/search/?q=院士港`);
    await page.waitForFunction(settled);
    await page.waitForFunction(() => document.querySelectorAll('#search-filters fieldset').length > 0);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.05);
    await page.context().close();
  });
});
