import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { buildFixtureSite, FIXTURE_ORIGINALS, ROOT } from '../helpers/build-fixture-site.ts';
import { editions, ledgerOf } from '../helpers/content.ts';
import { fixtureFolders, SPLIT_EDITION } from '../helpers/fixture-editions.ts';
import { containerAddresses } from '../helpers/open-data.ts';
import { serveDirectory } from '../helpers/static-server.ts';

const site = inject('siteUrl');
/** The longest edition (most paragraph addresses), where scrolling to a paragraph matters most. */
const LONGEST = editions().sort(
  (a, b) => (ledgerOf(b.slug)?.anchors.length ?? 0) - (ledgerOf(a.slug)?.anchors.length ?? 0),
)[0]!;
const PLAN = `/sources/${LONGEST.slug}/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Addresses of plain paragraphs of the page (a <p> with its own number and
 * text of at least ten characters), the `fraction` of the way down, and of
 * the numbered block after it.
 */
async function paragraphAt(
  page: Page,
  fraction: number,
): Promise<{ id: string; label: string; next: string }> {
  return page.evaluate((at) => {
    const blocks = [...document.querySelectorAll<HTMLElement>('.prose [id]')].filter((block) =>
      block.querySelector(':scope > .para-num'),
    );
    const plain = blocks.filter(
      (block) =>
        block.tagName === 'P' &&
        [...block.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').length >= 10,
        ),
    );
    const chosen = plain[Math.floor(at * (plain.length - 1))]!;
    const next = blocks[blocks.indexOf(chosen) + 1] ?? blocks[blocks.indexOf(chosen) - 1]!;
    return {
      id: chosen.id,
      label: chosen.querySelector<HTMLElement>(':scope > .para-num')!.dataset['label']!,
      next: next.id,
    };
  }, fraction);
}

async function readingPage() {
  const opened = await openPage(browser, {
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  return opened;
}

describe('paragraph permalinks on a source page', () => {
  test('opening a paragraph link scrolls to it and highlights it', async () => {
    const { page } = await readingPage();
    await page.goto(`${site}${PLAN}`);
    const { id, next } = await paragraphAt(page, 0.15);
    await page.goto(`${site}${PLAN}#${id}`);
    const block = page.locator(`[id="${id}"]`);
    await expect
      .poll(() => block.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
      .toBeLessThan(120);
    const [highlight, normal] = await page.evaluate(
      ([target, other]) => [
        getComputedStyle(document.getElementById(target!)!).backgroundColor,
        getComputedStyle(document.getElementById(other!)!).backgroundColor,
      ],
      [id, next],
    );
    expect(highlight).not.toBe(normal);
    await page.context().close();
  });

  test('the paragraph number is reachable by keyboard and its menu copies the full URL', async () => {
    const { page, problems } = await readingPage();
    await page.goto(`${site}${PLAN}`);
    const { id, label } = await paragraphAt(page, 0.05);
    await page.locator(`[id="${id}"] > .para-num`).focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `第 ${label} 段的链接`,
    );
    // Enter opens the number's menu, with the focus on its first item: copy the link.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制链接');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site}${PLAN}#${id}`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await expect
      .poll(() => page.locator('.copy-status').textContent())
      .toBe(`已复制第 ${label} 段的链接`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('paragraph numbers are not selected with the text', async () => {
    const { page } = await readingPage();
    await page.goto(`${site}${PLAN}`);
    const { id, label } = await paragraphAt(page, 0.05);
    const selected = await page.evaluate((target) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(target)!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }, id);
    expect(selected.trimStart().startsWith(label)).toBe(false);
    expect(selected.length).toBeGreaterThan(10);
    await page.context().close();
  });

  test('selecting text offers a link to the passage that carries the paragraph id', async () => {
    const { page } = await readingPage();
    await page.goto(`${site}${PLAN}`);
    const { id } = await paragraphAt(page, 0.2);
    await page.evaluate((target) => {
      const text = [...document.getElementById(target)!.childNodes].find(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').length >= 10,
      )!;
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 8);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, id);
    const button = page.locator('.passage-link');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${site}${PLAN}#${id}:~:text=`), copied).toBe(true);
    const selected = decodeURIComponent(copied.split(':~:text=')[1]!);
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain(selected);
    await page.context().close();
  });
});

describe('a redirected address in a real browser', () => {
  test('after a split, the old link lands on the paragraph that now holds its text', async () => {
    const { sourcesDir, anchorsDir } = fixtureFolders(SPLIT_EDITION);
    const env = {
      ...process.env,
      QAS_SOURCES_DIR: sourcesDir,
      QAS_ANCHORS_DIR: anchorsDir,
      QAS_ORIGINALS_DIR: FIXTURE_ORIGINALS,
    };
    const update = spawnSync(process.execPath, [join(ROOT, 'scripts/anchors.ts'), 'update'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(update.stdout).toContain('~ p3 → p2a');
    const ledger = JSON.parse(readFileSync(join(anchorsDir, 'fixture-edition.json'), 'utf8')) as {
      redirects: Record<string, string>;
    };
    expect(ledger.redirects).toEqual({ p3: 'p2a' });

    const build = buildFixtureSite(sourcesDir, { anchorsDir });
    expect(build.status, build.output).toBe(0);
    // The tests' oracle (search quality, glossary) reads the old address kept inside p2a as an
    // address, not as a block nested in p2a: p2a stays a paragraph with text of its own.
    expect(containerAddresses(build.outDir)).not.toContain('/sources/fixture-edition/#p2a');
    const { server, url } = await serveDirectory(build.outDir);
    try {
      const { page } = await openPage(browser);
      await page.goto(`${url}/sources/fixture-edition/#p3`);
      const landed = await page.evaluate(() => {
        const target = document.querySelector(':target');
        const block = target?.parentElement;
        return {
          id: block?.id,
          text: block?.textContent,
          background: block ? getComputedStyle(block).backgroundColor : '',
        };
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
