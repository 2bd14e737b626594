/**
 * A sixth source, started with `npm run new-source` the way an editor would,
 * in a copy of content/ (content/ itself is never touched): the draft passes
 * `npm run check:content`, the site builds with it, and readers find it on
 * the home page, in search and on an entity page. The raw text is real: the
 * first paragraphs of the shortest original, hard-wrapped like a newspaper
 * column with blank lines between paragraphs; its title, date, publisher
 * and type are that source's own.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import {
  editions,
  glossaryEntries,
  ORIGINALS_DIR,
  originalFiles,
  SOURCES_DIR,
} from '../helpers/content.ts';
import { copyContent, runOnContent } from '../helpers/content-copy.ts';
import { serveDirectory, type ServedDirectory } from '../helpers/static-server.ts';
import { workDir } from '../helpers/work-dir.ts';
import { buildSite, type FixtureBuild } from '../helpers/build-fixture-site.ts';

const WIDTH = 17;
/** Cut a paragraph into lines of WIDTH characters, as a newspaper column prints it. */
const wrap = (paragraph: string) =>
  ([...paragraph].join('').match(new RegExp(`.{1,${WIDTH}}`, 'gu')) ?? []).join('\n');

// The shortest original of an annotated edition with a publisher: its first paragraphs are the new text.
const model = editions()
  .filter(
    (edition) =>
      edition.originalFile && edition.fields['publisher'] && edition.fields['stage'] !== 'draft',
  )
  .map((edition) => ({
    edition,
    text: readFileSync(join(ORIGINALS_DIR, edition.originalFile!), 'utf8'),
  }))
  .sort((a, b) => a.text.length - b.text.length)[0]!;
const paragraphs = model.text
  .split('\n')
  .map((line) => line.trim().replace(/^#+\s*/u, ''))
  .filter((line) => [...line].length > 30)
  .slice(0, 6);
const raw = `${paragraphs.map(wrap).join('\n\n')}\n`;
const slug = `${model.edition.fields['date']!.slice(0, 4)}-scaffolded-source`;
const field = (key: string) => model.edition.fields[key]!;

/** A glossary name the new text prints, the one the corpus prints least (its entity page lists every mention). */
const corpus = originalFiles()
  .map((name) => readFileSync(join(ORIGINALS_DIR, name), 'utf8'))
  .join('\n');
const entity = glossaryEntries()
  .filter((entry) => entry.name && raw.replace(/\n/gu, '').includes(entry.name))
  .sort((a, b) => corpus.split(a.name).length - corpus.split(b.name).length)[0];

describe('npm run new-source, in a copy of the project content', () => {
  let contentDir: string;
  let started: ReturnType<typeof runOnContent>;
  let outDir: string;
  let build: FixtureBuild;
  let served: ServedDirectory;
  let browser: Browser;

  beforeAll(async () => {
    contentDir = copyContent();
    const input = join(workDir('raw'), 'report.txt');
    writeFileSync(input, raw);
    started = runOnContent(contentDir, 'new-source', [
      input,
      ...['--slug', slug, '--title', field('title'), '--date', field('date')],
      ...['--publisher', field('publisher'), '--type', field('type')],
      ...['--medium', field('medium'), '--region', field('region')],
    ]);
    build = buildSite({ QAS_CONTENT_DIR: contentDir });
    outDir = build.outDir;
    served = await serveDirectory(outDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    served?.server.close();
  });

  test('it starts the source and prints what is left to do', () => {
    expect(started.output).toContain(`started ${slug}`);
    expect(started.output).toContain('To do');
    expect(started.status).toBe(0);
  });

  test('the original is copied under the documented name and its checksum appended', () => {
    const sums = readFileSync(join(contentDir, 'originals', 'SHA256SUMS'), 'utf8');
    const before = readFileSync(join(ORIGINALS_DIR, 'SHA256SUMS'), 'utf8');
    expect(sums.startsWith(before)).toBe(true);
    const added = sums.slice(before.length).trim().split('\n');
    expect(added).toHaveLength(1);
    const [hash, name] = added[0]!.split(/\s+/u);
    expect(hash).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(name).toBe(
      `${String(originalFiles().length).padStart(3, '0')}_${hash!.slice(0, 16)}.txt`,
    );
    expect(readFileSync(join(contentDir, 'originals', name!), 'utf8')).toBe(raw);
  });

  test('the draft keeps each paragraph of the file whole, and its ledger addresses every block', () => {
    const draft = readFileSync(join(contentDir, 'sources', `${slug}.mdx`), 'utf8');
    // Spaces may fall at a line end, where wrapping drops them: compare without them.
    const flat = draft.replace(/[\\\s]/gu, '');
    for (const paragraph of paragraphs.slice(1))
      expect(flat).toContain(paragraph.replace(/\s/gu, ''));
    const ledger = JSON.parse(readFileSync(join(contentDir, 'anchors', `${slug}.json`), 'utf8'));
    expect(ledger.anchors.length).toBeGreaterThanOrEqual(paragraphs.length - 1);
  });

  test('npm run check:content passes with the new source', () => {
    const run = runOnContent(contentDir, 'check-content');
    expect(run.output).toContain(`ok   ${slug}`);
    expect(run.status).toBe(0);
  });

  test('the site builds with it, and content/ is untouched', () => {
    expect(build.output).not.toMatch(/\[ERROR\]/u);
    expect(build.status).toBe(0);
    expect(readdirSync(SOURCES_DIR)).not.toContain(`${slug}.mdx`);
  });

  test('the home page lists it', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain(`href="/sources/${slug}/"`);
  });

  test('search finds its paragraphs', async () => {
    const longest = [...paragraphs].sort((a, b) => b.length - a.length)[0]!;
    const query = [...longest].slice(10, 18).join('');
    const { page } = await openPage(browser);
    await page.goto(`${served.url}/search/?q=${encodeURIComponent(query)}`);
    await expect
      .poll(() => page.locator(`.hit-group h2 a[href="/sources/${slug}/"]`).count())
      .toBeGreaterThan(0);
  });

  test.skipIf(entity === undefined)('an entity it names lists its mention', () => {
    const html = readFileSync(join(outDir, 'glossary', entity!.id, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`href="/sources/${slug}/[^"]*#p\\d`, 'u'));
  });
});
