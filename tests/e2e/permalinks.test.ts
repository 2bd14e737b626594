import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { buildFixtureSite, FIXTURE_ORIGINALS, ROOT } from '../helpers/build-fixture-site.ts';
import { fixtureFolders, SPLIT_EDITION } from '../helpers/fixture-editions.ts';
import { serveDirectory } from '../helpers/static-server.ts';

const site = inject('siteUrl');
const PLAN = '/sources/2021-licang-14th-five-year-plan/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function readingPage() {
  const opened = await openPage(browser, { viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  return opened;
}

describe('paragraph permalinks on a source page', () => {
  test('opening a paragraph link scrolls to it and highlights it', async () => {
    const { page } = await readingPage();
    await page.goto(`${site}${PLAN}#p40`);
    const block = page.locator('#p40');
    await expect.poll(() => block.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(120);
    const [highlight, normal] = await page.evaluate(() => [getComputedStyle(document.getElementById('p40')!).backgroundColor, getComputedStyle(document.getElementById('p41')!).backgroundColor]);
    expect(highlight).not.toBe(normal);
    await page.context().close();
  });

  test('the paragraph number is reachable by keyboard and copies the full URL', async () => {
    const { page, problems } = await readingPage();
    await page.goto(`${site}${PLAN}`);
    await page.locator('#p12 > .para-num').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('第 12 段的链接');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${PLAN}#p12`);
    expect(new URL(page.url()).hash).toBe('#p12');
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('已复制第 12 段的链接');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('paragraph numbers are not selected with the text', async () => {
    const { page } = await readingPage();
    await page.goto(`${site}${PLAN}`);
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p12')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(selected).not.toMatch(/^\s*12/u);
    expect(selected.length).toBeGreaterThan(10);
    await page.context().close();
  });

  test('selecting text offers a link to the passage that carries the paragraph id', async () => {
    const { page } = await readingPage();
    await page.goto(`${site}${PLAN}`);
    await page.evaluate(() => {
      const text = [...document.getElementById('p45')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 8);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const button = page.locator('.passage-link');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^${site}${PLAN}#p45:~:text=`, 'u'));
    const selected = decodeURIComponent(copied.split(':~:text=')[1]!);
    expect(await page.locator('#p45').textContent()).toContain(selected);
    await page.context().close();
  });
});

describe('a redirected address in a real browser', () => {
  test('after a split, the old link lands on the paragraph that now holds its text', async () => {
    const { sourcesDir, anchorsDir } = fixtureFolders(SPLIT_EDITION);
    const env = { ...process.env, QAS_SOURCES_DIR: sourcesDir, QAS_ANCHORS_DIR: anchorsDir, QAS_ORIGINALS_DIR: FIXTURE_ORIGINALS };
    const update = spawnSync(process.execPath, [join(ROOT, 'scripts/anchors.ts'), 'update'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(update.stdout).toContain('~ p3 → p2a');
    const ledger = JSON.parse(readFileSync(join(anchorsDir, 'fixture-edition.json'), 'utf8')) as { redirects: Record<string, string> };
    expect(ledger.redirects).toEqual({ p3: 'p2a' });

    const build = buildFixtureSite(sourcesDir, { anchorsDir });
    expect(build.status, build.output).toBe(0);
    const { server, url } = await serveDirectory(build.outDir);
    try {
      const { page } = await openPage(browser);
      await page.goto(`${url}/sources/fixture-edition/#p3`);
      const landed = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const block = target?.parentElement;
        return { id: block?.id, text: block?.textContent, background: block ? getComputedStyle(block).backgroundColor : '' };
      });
      expect(landed.id).toBe('p2a');
      expect(landed.text).toContain('今年是城市更新和城市建设三年攻坚行动承上启');
      expect(landed.background).not.toBe('rgba(0, 0, 0, 0)');
      await page.context().close();
    } finally {
      server.close();
    }
  });
});
