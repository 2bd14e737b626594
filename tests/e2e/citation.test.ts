import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';

const site = inject('siteUrl');
const REPORT = '/sources/2021-offensives-hearings-report/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('citing a source', () => {
  test('the page carries citation_* and Open Graph metadata from the frontmatter', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}${REPORT}`);
    const meta = (name: string) => page.locator(`meta[name="${name}"], meta[property="${name}"]`).first().getAttribute('content');
    expect(await meta('citation_title')).toBe('将攻势任务全面项目化');
    expect(await meta('citation_author')).toBe('王丽平');
    expect(await meta('citation_date')).toBe('2021/01/22');
    expect(await meta('og:title')).toBe('将攻势任务全面项目化');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/sources\/2021-offensives-hearings-report\/$/u);
    await page.context().close();
  });

  test('the cite panel opens by keyboard, cites the paragraph in the address, and copies', async () => {
    const { page, problems } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site}${REPORT}#p3`);
    await page.locator('.cite-panel summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#cite-scope').inputValue()).toBe('p3');
    const gbt = page.locator('.citation[data-format="gbt7714"] .citation-body');
    await expect.poll(() => gbt.textContent()).toMatch(/^王丽平\. 将攻势任务全面项目化: .*\[N\/OL\]\. 半岛都市报, 2021-01-22\(第 3 段\)\[\d{4}-\d{2}-\d{2}\]\. http.*#p3\.$/u);
    expect(await page.locator('.citation[data-format="bibtex"] .citation-body pre.astro-code').count()).toBe(1);
    expect(await page.locator('.citation[data-format="bibtex"] .citation-body').textContent()).toContain('note = {第 3 段}');
    await page.locator('.citation[data-format="ris"] .copy-citation').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^TY {2}- NEWS\nAU {2}- 王丽平\n[\s\S]*N1 {2}- 第 3 段\nER {2}-$/u);
    await page.selectOption('#cite-scope', '');
    await expect.poll(() => gbt.textContent()).not.toContain('第 3 段');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
