import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  entitiesFileSchema,
  OPEN_DATA_FILES,
  paragraphsFileSchema,
  sourcesFileSchema,
} from '../../src/schemas/open-data.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { editions, editionWithMost, glossaryEntries, lacks, ledgerOf } from '../helpers/content.ts';
import { attribute, parsePage, select } from '../helpers/html.ts';
import { openAnnotations, openParagraphs } from '../helpers/open-data.ts';
import { foldText } from '../helpers/oracle-text.ts';

const site = inject('siteUrl');
const DIST = join(import.meta.dirname, '../../dist');
/** A page with notes, and a page with corrections, taken from content/. */
const ANNOTATED = editionWithMost('notes');
const NOTED = ANNOTATED ? `/sources/${ANNOTATED.slug}/` : '';
const CORRECTED = editions().find((edition) => /<Correction[\s>]/u.test(edition.mdx));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(lacks(ANNOTATED, 'no edition in content/sources has a <Note>'))('notes', () => {
  test('on a 360 px screen a note opens and closes in place from its number, by keyboard', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site}${NOTED}`);
    const toggle = page.locator('.note-toggle').first();
    const note = page.locator('.sidenote').first();
    expect(await toggle.getAttribute('role')).toBe('button');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await note.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await note.isVisible()).toBe(true);
    expect(await note.getAttribute('role')).toBe('note');
    await page.keyboard.press(' ');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await note.isVisible()).toBe(false);
    const [scrollWidth, width] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      window.innerWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('on a wide screen notes stand in the margin beside the text', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${site}${NOTED}`);
    const note = page.locator('.sidenote').first();
    expect(await note.isVisible()).toBe(true);
    const [noteBox, proseBox] = await Promise.all([
      note.boundingBox(),
      page.locator('.prose').boundingBox(),
    ]);
    expect(noteBox!.x).toBeGreaterThanOrEqual(proseBox!.x + proseBox!.width - 4);
    expect(await page.locator('.note-toggle').first().getAttribute('role')).toBeNull();
    await page.context().close();
  });

  test('in print the notes are listed at the end of their chapters', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}${NOTED}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
    const footnotes = page.locator('.section-notes li');
    expect(await footnotes.count()).toBe(await page.locator('.sidenote[id^="note-"]').count());
    expect(await footnotes.first().isVisible()).toBe(true);
    await page.context().close();
  });

  test.skipIf(lacks(CORRECTED, 'no edition in content/sources has a <Correction>'))(
    'the reader can switch a corrected page to the wording as printed',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/sources/${CORRECTED?.slug}/`);
      const correction = page.locator('.correction').first();
      const corrected = await correction.locator('.corrected').textContent();
      const printed = await correction.locator('.as-printed').textContent();
      expect(await correction.locator('.corrected').isVisible()).toBe(true);
      await page.locator('.reading-toggle').click();
      expect(await page.locator('.reading-toggle').getAttribute('aria-pressed')).toBe('true');
      expect(await correction.locator('.corrected').isVisible()).toBe(false);
      expect(await correction.locator('.as-printed').isVisible()).toBe(true);
      expect(printed).not.toBe(corrected);
      await page.context().close();
    },
  );
});

describe('parallel passages', () => {
  /** Every parallel link of every source page, as [from, to] addresses. */
  const links = editions().flatMap((edition) => {
    const path = `/sources/${edition.slug}/`;
    const page = parsePage(readFileSync(join(DIST, 'sources', edition.slug, 'index.html'), 'utf8'));
    return select(page, 'p', 'parallel-links').map((line) =>
      select(line, 'a')
        .map((link) => new URL(attribute(link, 'href') ?? '', `http://site${path}`))
        .map((url) => `${url.pathname}${url.hash}`),
    );
  });

  test('every parallel passage a page points to points back', () => {
    const pairs = new Set(links.map(([from, to]) => `${from} ⇄ ${to}`));
    expect(
      links
        .filter(([from, to]) => !pairs.has(`${to} ⇄ ${from}`))
        .map(([from, to]) => `${from} → ${to}`),
    ).toEqual([]);
  });

  test('passages of two sources that share nearly all their wording are linked as parallels', () => {
    // The oracle: 8-character shingles of the folded open-data texts; a pair is clearly parallel when
    // nine in ten shingles of the shorter passage (of 20 or more) occur in the other.
    const shingles = (text: string) => {
      const folded = foldText(text).replaceAll(' ', '');
      return new Set(
        Array.from({ length: Math.max(0, folded.length - 7) }, (_, at) => folded.slice(at, at + 8)),
      );
    };
    const passages = openParagraphs().map((paragraph) => ({
      ...paragraph,
      shingles: shingles(paragraph.text),
    }));
    const clear: string[] = [];
    for (const [index, a] of passages.entries()) {
      for (const b of passages.slice(index + 1)) {
        const small = Math.min(a.shingles.size, b.shingles.size);
        if (a.source === b.source || small < 20) continue;
        const shared = [...a.shingles].filter((shingle) => b.shingles.has(shingle)).length;
        if (shared / small >= 0.9) clear.push(`${a.address} ⇄ ${b.address}`);
      }
    }
    const linked = new Set(links.map(([from, to]) => `${from} ⇄ ${to}`));
    expect(clear.filter((pair) => !linked.has(pair))).toEqual([]);
  });

  test.skipIf(lacks(links.length, 'no source page links a parallel passage'))(
    'the comparison of two wordings opens from its summary',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}${links[0]![0]!.split('#')[0]}`);
      await page.locator('.parallels details').first().locator('summary').click();
      expect(await page.locator('.parallels .diff').first().isVisible()).toBe(true);
      await page.context().close();
    },
  );
});

describe('open data', () => {
  const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

  test('every export matches its documented shape', () => {
    expect(sourcesFileSchema.parse(read('data/sources.json'))).toHaveLength(editions().length);
    // One paragraph per live address of every ledger.
    const live = editions().reduce((sum, edition) => {
      const ledger = ledgerOf(edition.slug);
      return (
        sum +
        (ledger?.anchors.filter((entry) => ledger.redirects[entry.id] === undefined).length ?? 0)
      );
    }, 0);
    expect(paragraphsFileSchema.parse(read('data/paragraphs.json'))).toHaveLength(live);
    expect(entitiesFileSchema.parse(read('data/entities.json'))).toHaveLength(
      glossaryEntries().length,
    );
    const annotations = openAnnotations();
    expect(annotations.collection.total).toBe(annotations.items.length);
    expect(annotations.collection.total).toBeGreaterThan(0);
    // One page per source with notes: no file grows with the corpus.
    expect(annotations.pages.length).toBe(
      editions().filter((edition) => /<Note\b/u.test(edition.mdx)).length,
    );
  });

  test('each annotation targets a paragraph that exists and quotes its text', () => {
    const paragraphs = new Map(
      paragraphsFileSchema
        .parse(read('data/paragraphs.json'))
        .map((paragraph) => [`${new URL(paragraph.url).pathname}#${paragraph.id}`, paragraph.text]),
    );
    for (const item of openAnnotations().items) {
      const [fragment, quote] = item.target.selector;
      const text = paragraphs.get(`${new URL(item.target.source).pathname}#${fragment.value}`);
      expect(text, item.id).toBeDefined();
      expect(text!.replace(/\s+/gu, ''), item.id).toContain(quote.exact.replace(/\s+/gu, ''));
    }
  });

  test('the open data page links every file', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/data/`);
    // A per-source file (`<slug>` in its path) is linked by one source's file as an example.
    for (const file of OPEN_DATA_FILES) {
      const [before, after = ''] = file.path.split('<slug>');
      const links = await page
        .locator('a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
      expect(
        links.filter(
          (href) =>
            href.startsWith(before!) && href.endsWith(after) && (after !== '' || href === before),
        ),
        file.path,
      ).toHaveLength(1);
    }
    await page.context().close();
  });
});
