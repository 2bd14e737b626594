/**
 * Reading, printing and provenance on the built site in Chromium (issue 13):
 * sidenotes beside the text on a 1280 px laptop, notes opening over the text
 * on a phone, the paragraph-number menu, the as-printed reading, print with
 * paragraph numbers and each chapter's notes, PDFs, the published originals.
 * Sources and expectations come from content/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { editions, editionWithMost, glossaryEntries, ORIGINALS_DIR } from '../helpers/content.ts';
import { workDir } from '../helpers/work-dir.ts';

const site = inject('siteUrl');
const DIST = join(import.meta.dirname, '../../dist');
const ANNOTATED = editionWithMost('notes')!;
const PLAN = `/sources/${ANNOTATED.slug}/`;
/** A newspaper source with notes, from the frontmatter. */
const NEWSPAPER = editions().find(
  (edition) => edition.fields['medium'] === 'newspaper' && edition.notes > 0,
);
/** The edition whose MDX holds the most half-width punctuation between Chinese characters. */
const HALF_WIDTH = /\p{Script=Han}[,;:]\p{Script=Han}/gu;
const NORMALISED = [...editions()].sort(
  (a, b) => (b.mdx.match(HALF_WIDTH) ?? []).length - (a.mdx.match(HALF_WIDTH) ?? []).length,
)[0]!;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The first note of the page whose paragraph is in view, scrolled there. */
async function firstNote(page: Page) {
  const toggle = page.locator('.prose .note-toggle').first();
  await toggle.scrollIntoViewIfNeeded();
  const id = await toggle.getAttribute('href');
  return { toggle, note: page.locator(`[id="${id!.slice(1)}"]`) };
}

describe('notes', () => {
  test('at 1280 px a note’s text stands beside its paragraph without a click', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}${PLAN}`);
    const { toggle, note } = await firstNote(page);
    expect(await note.isVisible()).toBe(true);
    const [noteBox, markBox, proseBox] = await Promise.all([
      note.boundingBox(),
      toggle.boundingBox(),
      page.locator('.prose').boundingBox(),
    ]);
    // In the margin right of the text, inside the window, starting level with its number.
    expect(noteBox!.x).toBeGreaterThanOrEqual(proseBox!.x + proseBox!.width - 4);
    expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(1280);
    expect(Math.abs(noteBox!.y - markBox!.y)).toBeLessThan(60);
    expect(await toggle.getAttribute('role')).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('note numbers are touch targets of at least 24 px that do not make their line taller', async () => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site}${PLAN}`);
    const sizes = await page
      .locator('.prose .note-toggle')
      .evaluateAll((links) => links.slice(0, 20).map((link) => link.getBoundingClientRect()));
    for (const size of sizes) {
      expect(size.width).toBeGreaterThanOrEqual(24);
      expect(size.height).toBeGreaterThanOrEqual(24);
    }
    // A paragraph's lines keep the text's line height, number or not.
    const { gaps, lineHeight } = await page.evaluate(() => {
      const paragraph = document.querySelector('.prose p:has(.note-toggle)')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const tops = [...range.getClientRects()].map((rect) => Math.round(rect.top));
      const lines = [...new Set(tops)].sort((a, b) => a - b);
      return {
        gaps: lines.slice(1).map((top, index) => top - lines[index]!),
        lineHeight: parseFloat(getComputedStyle(paragraph).lineHeight),
      };
    });
    const lineHeights = gaps.filter((gap) => gap > lineHeight / 2);
    expect(Math.max(...lineHeights)).toBeLessThanOrEqual(lineHeight + 2);
    await page.context().close();
  });

  test('at 360 px a note opens in place over the text, which does not move, and Esc closes it', async () => {
    const { page, problems } = await openPage(browser, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${site}${PLAN}`);
    const { toggle, note } = await firstNote(page);
    const paragraph = page.locator('.prose p:has(.note-toggle)').first();
    const next = paragraph.locator('xpath=following-sibling::*[1]');
    const before = await next.boundingBox();
    expect(await note.isVisible()).toBe(false);
    await toggle.tap();
    expect(await note.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const after = await next.boundingBox();
    expect(after!.y).toBe(before!.y);
    const noteBox = await note.boundingBox();
    expect(noteBox!.x).toBeGreaterThanOrEqual(0);
    expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('note-toggle')),
    ).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('phones', () => {
  test('a touch screen shows no keyboard hint', async () => {
    const { page } = await openPage(browser, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(`${site}/`);
    expect(await page.locator('.search-trigger kbd').isVisible()).toBe(false);
    await page.context().close();
  });

  test('tapping a paragraph number opens its menu without moving the page; the menu copies the link and cites', async () => {
    const { page, problems } = await openPage(browser, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto(`${site}${PLAN}`);
    const number = page.locator('.prose p > .para-num').nth(5);
    await number.scrollIntoViewIfNeeded();
    const id = await number.evaluate((link) => link.parentElement!.id);
    const scrolled = await page.evaluate(() => window.scrollY);
    await number.tap();
    const menu = page.locator('.para-menu');
    expect(await menu.isVisible()).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await menu.getByRole('button', { name: '复制链接' }).tap();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${site}${PLAN}#${id}`);
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await number.tap();
    await menu.getByRole('button', { name: '引用此段' }).tap();
    expect(await page.locator('.cite-panel').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#cite-scope').inputValue()).toBe(id);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('navigation', () => {
  test('the cite action beside the title opens the citation panel', async () => {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site}${PLAN}`);
    const action = page.locator('.source-header .cite-action');
    expect(await action.isVisible()).toBe(true);
    await action.click();
    expect(await page.locator('.cite-panel').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#cite-scope').inputValue()).toBe('');
    await page.context().close();
  });

  test('the contents mark the section being read', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}${PLAN}`);
    const links = page.locator('.toc a');
    const target = links.nth(Math.floor((await links.count()) / 2));
    const hash = (await target.getAttribute('href'))!;
    await page
      .locator(`[id="${hash.slice(1)}"]`)
      .evaluate((heading) =>
        window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 20),
      );
    await expect
      .poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href'))
      .toBe(hash);
    await page.context().close();
  });
});

describe('typography', () => {
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return htmlFiles(path);
      return name.endsWith('.html') ? [path] : [];
    });

  test('no built page holds a private-use character', () => {
    const found = htmlFiles(DIST).filter((file) =>
      /[\uE000-\uF8FF]/u.test(readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  test('the as-printed reading shows the characters of the original', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/sources/${NORMALISED.slug}/`);
    // Blocks whose only differences are typographic: their printed text is a passage of the original.
    // Their text without generated chrome, notes and marks (all data-pagefind-ignore).
    const blockTexts = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.prose p[id]')]
          .filter(
            (block) =>
              block.querySelector('.typo[data-printed]') &&
              !block.querySelector('.correction, .omission, .sic'),
          )
          .slice(0, 40)
          .map((block) => {
            const copy = block.cloneNode(true) as HTMLElement;
            for (const chrome of copy.querySelectorAll('[data-pagefind-ignore]')) chrome.remove();
            return copy.textContent ?? '';
          }),
      );
    const bare = (text: string) => text.replace(/\s+/gu, '');
    const original = bare(readFileSync(join(ORIGINALS_DIR, NORMALISED.originalFile!), 'utf8'));
    const normal = await blockTexts();
    expect(normal.length).toBeGreaterThan(0);
    expect(normal.filter((text) => original.includes(bare(text)))).toEqual([]);
    await page.locator('.reading-toggle').click();
    expect(await page.locator('.reading-toggle').getAttribute('aria-pressed')).toBe('true');
    const printed = await blockTexts();
    expect(printed.filter((text) => !original.includes(bare(text)))).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('print', () => {
  /** Open a source in print emulation. */
  async function printed(path: string) {
    const { page } = await openPage(browser);
    await page.goto(`${site}${path}`);
    await page.emulateMedia({ media: 'print' });
    return page;
  }

  test.each([PLAN, NEWSPAPER && `/sources/${NEWSPAPER.slug}/`].filter(Boolean) as string[])(
    'in print %s shows paragraph numbers, and each note before the end of its chapter',
    async (path) => {
      const page = await printed(path);
      const numbers = page.locator('.prose p > .para-num');
      expect(await numbers.first().isVisible()).toBe(true);
      expect(await page.locator('.reading-tools, .title-actions').first().isVisible()).toBe(false);
      const placement = await page.evaluate(() => {
        const top = (element: Element) => element.getBoundingClientRect().top + window.scrollY;
        const chapters = [...document.querySelectorAll('.prose > h2')].map(top);
        const chapterOf = (y: number) => chapters.filter((start) => start <= y).length;
        return [...document.querySelectorAll<HTMLAnchorElement>('.prose .note-toggle')].map(
          (link) => {
            const number = link.hash.replace('#note-', '');
            const entry = document.querySelector(`.section-notes li[value="${number}"]`);
            const visible = entry !== null && (entry as HTMLElement).offsetParent !== null;
            return {
              number,
              visible,
              after: entry !== null && top(entry) > top(link),
              sameChapter: entry !== null && chapterOf(top(entry)) === chapterOf(top(link)),
            };
          },
        );
      });
      expect(placement.length).toBeGreaterThan(0);
      expect(placement.filter((note) => !note.visible || !note.after || !note.sameChapter)).toEqual(
        [],
      );
      await page.context().close();
    },
  );

  test.each(
    [
      ['plan', PLAN],
      ['newspaper', NEWSPAPER && `/sources/${NEWSPAPER.slug}/`],
    ].filter(([, path]) => path) as [string, string][],
  )('the %s prints to a PDF with its address in the running head', async (name, path) => {
    const page = await printed(path);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(workDir(`print-${name}`), `${name}.pdf`);
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (text.error) {
      console.log(`pdftotext not installed: ${name}.pdf written to ${file}, its text not checked`);
    } else {
      const pages = text.stdout.split('\f').filter((sheet) => sheet.trim() !== '');
      console.log(`${name}: ${pages.length} PDF pages`);
      const address = new URL(path, 'http://localhost:4321').pathname;
      // Every page carries the page's address in its head.
      expect(pages.filter((sheet) => !sheet.replace(/\s+/gu, '').includes(address))).toEqual([]);
    }
    await page.context().close();
  });
});

describe('provenance', () => {
  test.each(editions().map((edition) => [edition.slug, edition.originalFile!]))(
    '%s links its original, served as UTF-8 text with the checksum the page shows',
    async (slug, file) => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/sources/${slug}/`);
      const link = page.locator('.source-meta a[href$=".txt"]');
      const response = await page.request.get(
        new URL((await link.getAttribute('href'))!, page.url()).href,
      );
      expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
      const body = await response.body();
      expect(body.equals(readFileSync(join(ORIGINALS_DIR, file)))).toBe(true);
      const sha256 = createHash('sha256').update(body).digest('hex');
      expect(await page.locator('.source-meta .sha256').textContent()).toBe(sha256);
      await page.context().close();
    },
  );
});

describe('glossary and annotations pages', () => {
  test('the glossary filter’s own examples find entries, and traditional characters work', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/glossary/`);
    const input = page.locator('#glossary-filter-input');
    const examples = ((await input.getAttribute('data-examples')) ?? '').split(' ');
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(await input.getAttribute('placeholder')).toContain(example);
      await input.fill(example);
      await expect
        .poll(() => page.locator('.entity-group li:not([hidden])').count())
        .toBeGreaterThan(0);
    }
    // 张村河 in traditional characters, if the glossary has it; else the first entry with a 張/區/東 form.
    const entry = glossaryEntries().find((candidate) => /[张区东]/u.test(candidate.name));
    if (entry) {
      const traditional = entry.name
        .replace(/张/gu, '張')
        .replace(/区/gu, '區')
        .replace(/东/gu, '東');
      await input.fill(traditional);
      await expect
        .poll(() => page.locator('.entity-group li:not([hidden]) a').allTextContents())
        .toContain(entry.name);
    }
    await page.context().close();
  });

  test('a glossary card keeps the English name apart from the mention count', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/glossary/`);
    const text = await page.locator('.entity-list li').first().innerText();
    expect(text).toMatch(/[A-Za-z)]\s+\d+\s*处/u);
    await page.context().close();
  });
});
