import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { annotationsFileSchema, entitiesFileSchema, OPEN_DATA_FILES, paragraphsFileSchema, sourcesFileSchema } from '../../src/schemas/open-data.ts';
import { launchBrowser, openPage } from '../helpers/browser.ts';

const site = inject('siteUrl');
const DIST = join(import.meta.dirname, '../../dist');
const REPORT = '/sources/2021-offensives-hearings-report/';
const TRANSCRIPTS = '/sources/2021-offensives-hearings-transcripts/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('notes', () => {
  test('on a 360 px screen a note opens and closes in place from its number, by keyboard', async () => {
    const { page, problems } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site}${REPORT}`);
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
    const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('on a wide screen notes stand in the margin beside the text', async () => {
    const { page } = await openPage(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(`${site}${REPORT}`);
    const note = page.locator('.sidenote').first();
    expect(await note.isVisible()).toBe(true);
    const [noteBox, proseBox] = await Promise.all([note.boundingBox(), page.locator('.prose').boundingBox()]);
    expect(noteBox!.x).toBeGreaterThanOrEqual(proseBox!.x + proseBox!.width - 4);
    expect(await page.locator('.note-toggle').first().getAttribute('role')).toBeNull();
    await page.context().close();
  });

  test('in print the notes are footnotes at the end', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}${REPORT}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
    const footnotes = page.locator('.print-notes li');
    expect(await footnotes.count()).toBe(await page.locator('.sidenote').count());
    expect(await footnotes.first().isVisible()).toBe(true);
    await page.context().close();
  });

  test('the reader can switch a corrected page to the wording as printed', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/sources/2023-urban-renewal-press-conferences/`);
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
  });
});

describe('parallel passages', () => {
  test('the two reports of the 2021 hearings link their parallel passages both ways', async () => {
    const { page } = await openPage(browser);
    const pairs = async (path: string, other: string) => {
      await page.goto(`${site}${path}`);
      return page.locator('.parallels .parallel-links a').evaluateAll(
        (links, target) => links.map((link) => (link as HTMLAnchorElement).getAttribute('href')).filter((href) => href?.startsWith(target)),
        other,
      );
    };
    const fromReport = await pairs(REPORT, TRANSCRIPTS);
    const fromTranscripts = await pairs(TRANSCRIPTS, REPORT);
    expect(fromReport.length).toBeGreaterThanOrEqual(5);
    expect(fromTranscripts.length).toBe(fromReport.length);
    // Every paragraph one page points to points back.
    await page.goto(`${site}${TRANSCRIPTS}`);
    const back = await page.locator('.parallels .parallel-links a[href^="#"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of fromReport) expect(back).toContain(href!.slice(href!.indexOf('#')));
    await page.locator('.parallels details').first().locator('summary').click();
    expect(await page.locator('.parallels .diff').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('open data', () => {
  const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

  test('every export matches its documented shape', () => {
    expect(sourcesFileSchema.parse(read('data/sources.json'))).toHaveLength(5);
    const paragraphs = paragraphsFileSchema.parse(read('data/paragraphs.json'));
    expect(paragraphs.length).toBeGreaterThan(400);
    expect(entitiesFileSchema.parse(read('data/entities.json')).length).toBeGreaterThanOrEqual(100);
    const annotations = annotationsFileSchema.parse(read('data/annotations.jsonld'));
    expect(annotations.total).toBe(annotations.first.items.length);
    expect(annotations.total).toBeGreaterThan(0);
  });

  test('each annotation targets a paragraph that exists and quotes its text', () => {
    const paragraphs = new Map(paragraphsFileSchema.parse(read('data/paragraphs.json')).map((paragraph) => [`${new URL(paragraph.url).pathname}#${paragraph.id}`, paragraph.text]));
    for (const item of annotationsFileSchema.parse(read('data/annotations.jsonld')).first.items) {
      const [fragment, quote] = item.target.selector;
      const text = paragraphs.get(`${new URL(item.target.source).pathname}#${fragment.value}`);
      expect(text, item.id).toBeDefined();
      expect(text!.replace(/\s+/gu, ''), item.id).toContain(quote.exact.replace(/\s+/gu, ''));
    }
  });

  test('the open data page links every file', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/data/`);
    for (const file of OPEN_DATA_FILES) expect(await page.locator(`a[href="${file.path}"]`).count()).toBe(1);
    await page.context().close();
  });
});
