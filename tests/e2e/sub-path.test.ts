/**
 * The site published under a sub-path: the real content built with
 * SITE_URL=https://example.org/qas/ into a folder inside the project, served
 * under /qas/. The link checker runs on it, and a reader's paths (a source
 * page, a glossary preview, a search, the open data, a citation) work there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { editions, glossaryEntries } from '../helpers/content.ts';
import { brokenLinks, readSite } from '../helpers/site-links.ts';
import { serveDirectory, type ServedDirectory } from '../helpers/static-server.ts';
import { ROOT, workDir } from '../helpers/work-dir.ts';

const PUBLIC = 'https://example.org/qas/';
const BASE = '/qas/';
const edition = editions()[0]!;

let root: string;
let output: string;
let served: ServedDirectory;
let browser: Browser;

beforeAll(async () => {
  const work = workDir('sub-path');
  root = join(work, 'root');
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--outDir',
      join(root, BASE.slice(1, -1)),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_URL: PUBLIC,
        QAS_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`the sub-path build failed:\n${output}`);
  served = await serveDirectory(root);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => served?.server.close(resolve));
});

describe('a build under a sub-path', () => {
  test('says which address it is built for', () => {
    expect(output).toContain(`public address ${PUBLIC}`);
    expect(output).not.toContain('SITE_URL is not set');
  });

  test('every internal link, asset and #fragment resolves under the base path', () => {
    const pages = readSite(root);
    expect(pages.has(`${BASE}sources/${edition.slug}/`)).toBe(true);
    const origin = 'http://localhost:4321';
    const broken = [...pages.values()].flatMap((page) => brokenLinks(root, pages, page, origin));
    const outside = [...pages.values()].flatMap((page) =>
      page.links
        .filter((link) => link.startsWith('/') && !link.startsWith(BASE))
        .map((link) => `${page.path}: ${link}`),
    );
    const checked = [...pages.values()].reduce((sum, page) => sum + page.links.length, 0);
    console.log(
      `sub-path: checked ${checked} links on ${pages.size} pages, ${broken.length} broken`,
    );
    expect(broken).toEqual([]);
    expect(outside).toEqual([]);
  });

  test('open data and citations give the configured address', () => {
    const data = JSON.parse(
      readFileSync(join(root, BASE.slice(1), 'data/sources', `${edition.slug}.json`), 'utf8'),
    ) as { url: string; blocks: { url: string }[] };
    expect(data.url).toBe(`${PUBLIC}sources/${edition.slug}/`);
    expect(data.blocks.every((block) => block.url.startsWith(data.url))).toBe(true);
  });

  test('a source page: canonical link, citation, styles and scripts all load from the sub-path', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${served.url}${BASE}sources/${edition.slug}/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${PUBLIC}sources/${edition.slug}/`,
    );
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(
      `${PUBLIC}sources/${edition.slug}/`,
    );
    await page.locator('.cite-action').click();
    expect(await page.locator('.citation-body').first().textContent()).toContain(
      `${PUBLIC}sources/${edition.slug}/`,
    );
    // Styles loaded: the reading text is set in the page's serif, not the browser's default.
    expect(
      await page.locator('.prose').evaluate((prose) => getComputedStyle(prose).lineHeight),
    ).not.toBe('normal');
    // A glossary link's preview is fetched from the sub-path.
    const link = page.locator('.prose .entity-link').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    await expect.poll(() => page.locator('#entity-preview').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('search loads its bundle from the sub-path and its hits lead there', async () => {
    const name =
      glossaryEntries().find((entry) => edition.mdx.includes(entry.name))?.name ?? '青岛';
    const { page, problems } = await openPage(browser);
    await page.goto(`${served.url}${BASE}search/?q=${encodeURIComponent(name)}`);
    const hit = page.locator('.hit-link').first();
    await expect.poll(() => hit.count()).toBeGreaterThan(0);
    expect(await hit.getAttribute('href')).toMatch(new RegExp(`^${BASE}(sources|glossary)/`, 'u'));
    await hit.click();
    await page.waitForURL(new RegExp(`${BASE}(sources|glossary)/`, 'u'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
