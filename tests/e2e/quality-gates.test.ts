/**
 * Quality gates on the built site, for every kind of page: accessibility
 * (axe-core, no serious or critical violation), valid HTML (html-validate),
 * no console errors or failed requests, no request to another host, usable
 * at 360 px without sideways scrolling, and a CSS budget.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { editions, glossaryEntries, ledgerOf } from '../helpers/content.ts';
import { FREQUENT } from '../helpers/derived-queries.ts';

const site = inject('siteUrl');
const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const EDITIONS = editions();
/** The longest source page (most paragraph addresses) and a newspaper page, from content/. */
const LONGEST = [...EDITIONS].sort(
  (a, b) => (ledgerOf(b.slug)?.anchors.length ?? 0) - (ledgerOf(a.slug)?.anchors.length ?? 0),
)[0]!;
const NEWSPAPER =
  EDITIONS.find(
    (edition) => edition.fields['medium'] === 'newspaper' && edition.slug !== LONGEST.slug,
  ) ?? LONGEST;

/** One page of every kind, with an action that brings it to its interesting state. */
const PAGE_TYPES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'source (longest)', path: `/sources/${LONGEST.slug}/` },
  { name: 'source (newspaper)', path: `/sources/${NEWSPAPER.slug}/` },
  { name: 'glossary index', path: '/glossary/' },
  { name: 'entity', path: `/glossary/${FREQUENT?.entry.id ?? glossaryEntries()[0]!.id}/` },
  { name: 'search with results', path: `/search/?q=${encodeURIComponent(FREQUENT?.name ?? '')}` },
  { name: 'annotations', path: '/annotations/' },
  { name: 'open data', path: '/data/' },
  { name: 'authoring guide', path: '/authoring/' },
];
/** The English edition of every page type (its search asks for the entity's English name). */
PAGE_TYPES.push(
  ...PAGE_TYPES.map(({ name, path }) => ({
    name: `${name}, English`,
    path: path.startsWith('/search/')
      ? `/en/search/?q=${encodeURIComponent(FREQUENT?.entry.nameEn ?? '')}`
      : `/en${path}`,
  })),
);

/** CSS a page may load, gzipped. */
const CSS_BUDGET = 12 * 1024;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('every page type in a real browser', () => {
  test.each(PAGE_TYPES)(
    '$name: no serious accessibility violation, no errors, no other hosts, fits 360 px',
    async ({ path }) => {
      for (const viewport of [
        { width: 1280, height: 900 },
        { width: 360, height: 740 },
      ]) {
        const { page, problems } = await openPage(browser, { viewport });
        const hosts = new Set<string>();
        page.on('request', (request) => hosts.add(new URL(request.url()).host));
        await page.goto(`${site}${path}`);
        await page.waitForLoadState('networkidle');
        if (/^(\/en)?\/search\//u.test(path))
          await page.waitForFunction(() => document.querySelectorAll('.hit-link').length > 0);
        await page.addScriptTag({ path: AXE });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run: (options: object) => Promise<{
                  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
                }>;
              };
            }
          ).axe.run({ resultTypes: ['violations'] });
          return result.violations
            .filter(
              (violation) => violation.impact === 'serious' || violation.impact === 'critical',
            )
            .map(
              (violation) =>
                `${violation.id}: ${violation.nodes
                  .map((node) => node.target.join(' '))
                  .slice(0, 3)
                  .join(', ')}`,
            );
        });
        expect(violations, `${path} at ${viewport.width}px`).toEqual([]);
        expect(problems, path).toEqual([]);
        expect([...hosts], path).toEqual([new URL(site).host]);
        const [scrollWidth, width] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          window.innerWidth,
        ]);
        expect(scrollWidth, `${path} at ${viewport.width}px`).toBeLessThanOrEqual(width);
        await page.context().close();
      }
    },
  );

  test.each(PAGE_TYPES)('$name: CSS within budget', async ({ path }) => {
    const { page } = await openPage(browser);
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet')
        stylesheets.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site}${path}`);
    await page.waitForLoadState('networkidle');
    const inline = await page
      .locator('style')
      .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
    const bytes = [
      ...stylesheets.map((file) => readFileSync(join(DIST, file))),
      ...inline.map((css) => Buffer.from(css)),
    ].reduce((sum, css) => sum + gzipSync(css).length, 0);
    expect(bytes, path).toBeLessThanOrEqual(CSS_BUDGET);
    await page.context().close();
  });
});

describe('valid HTML', () => {
  test('every built page validates (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(
      JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8')),
    );
    const errors: string[] = [];
    const files = htmlFiles(DIST);
    for (const file of files) {
      const report = await validator.validateString(
        readFileSync(file, 'utf8'),
        relative(DIST, file),
      );
      for (const result of report.results)
        for (const message of result.messages)
          errors.push(
            `${result.filePath}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
          );
    }
    console.log(`html-validate: ${files.length} pages, ${errors.length} errors`);
    expect(errors.slice(0, 20)).toEqual([]);
  });
});
