import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';

const site = inject('siteUrl');
const DIST = join(import.meta.dirname, '../../dist');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Addresses of every paragraph of the built sources that contains the text. */
function paragraphsContaining(text: string): string[] {
  return readdirSync(join(DIST, 'sources')).flatMap((slug) =>
    (JSON.parse(readFileSync(join(DIST, 'data/sources', `${slug}.json`), 'utf8')) as { blocks: { id: string; text: string; container: boolean }[] }).blocks
      .filter((passage) => !passage.container && passage.text.includes(text))
      .map((passage) => `/sources/${slug}/#${passage.id}`),
  );
}

describe('entity pages list every mention', () => {
  test.each([
    ['qingdao-international-academician-park', '院士港'],
    ['zhangcun-river', '张村河'],
  ])('%s lists every paragraph naming %s, each link landing on a paragraph that contains it', async (id, name) => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/glossary/${id}/`);
    const links = await page.locator('.kwic a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    const listed = new Set(links.map((href) => `${new URL(href).pathname}${new URL(href).hash}`));
    const expected = paragraphsContaining(name);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((url) => !listed.has(url))).toEqual([]);
    // Each paragraph is listed once; the counts per source add up to the mentions, at least one per paragraph.
    expect(new Set(links).size).toBe(links.length);
    const counted = await page.locator('.mention-group h3 .count').allTextContents();
    const mentions = counted.reduce((sum, text) => sum + Number(/(\d+) 处/u.exec(text)?.[1] ?? 0), 0);
    expect(mentions).toBeGreaterThanOrEqual(links.length);
    expect(await page.locator('#mentions-title .count').textContent()).toContain(`${mentions} 处`);
    for (const href of links.slice(0, 5)) {
      await page.goto(href);
      const hash = new URL(href).hash.slice(1);
      expect(await page.locator(`[id="${hash}"]`).textContent()).toContain(name);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('glossary index', () => {
  test('groups entities by type and filters by Chinese, pinyin initials or English', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/glossary/`);
    expect(await page.locator('.entity-group').count()).toBeGreaterThanOrEqual(6);
    const visible = () => page.locator('.entity-group li:not([hidden])').count();
    const all = await visible();
    expect(all).toBeGreaterThanOrEqual(100);
    for (const query of ['张村河', 'zch', 'zhangcunhe', 'Zhangcun River']) {
      await page.fill('#glossary-filter-input', query);
      expect(await page.locator('.entity-group li:not([hidden]) a', { hasText: /^张村河$/u }).count(), query).toBe(1);
      expect(await visible(), query).toBeLessThan(all);
    }
    await page.fill('#glossary-filter-input', '');
    expect(await visible()).toBe(all);
    await page.context().close();
  });
});

describe('preview cards on entity links', () => {
  const PAGE = '/sources/2025-laoshan-zhang-yuansheng-interview/';
  const LINK = 'a.entity-link[data-entity="zhangcun-river-area"]';

  test('open on keyboard focus, describe the link, and close with Esc', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}${PAGE}`);
    await page.locator(LINK).first().focus();
    const card = page.locator('#entity-preview');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/张村河片区.*区域与园区.*查看条目 · 文献中出现 \d+ 处/su);
    expect(await page.locator(LINK).first().getAttribute('aria-describedby')).toBe('entity-preview');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entity'))).toBe('zhangcun-river-area');
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
    const { page } = await openPage(browser, { hasTouch: true, viewport: { width: 360, height: 740 } });
    await page.goto(`${site}${PAGE}`);
    await page.locator(LINK).first().tap();
    await expect.poll(() => page.locator('#entity-preview').isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(PAGE);
    await page.locator('#entity-preview a').tap();
    await page.waitForURL(/\/glossary\/zhangcun-river-area\/$/u);
    await page.context().close();
  });
});
