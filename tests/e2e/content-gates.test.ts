/**
 * The built site against content/: every edition is published, with a block
 * for every address its ledger promises, every 专栏, table and note of its
 * MDX. Expectations are counted in content/, never written down here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { HOME_NEWEST } from '../../src/lib/browse.ts';
import { editions, ledgerOf } from '../helpers/content.ts';
import { attribute, findAll, hasClass, parsePage, select } from '../helpers/html.ts';
import { DIST, openParagraphs } from '../helpers/open-data.ts';

const ADDRESS = /^p\d+[a-z]*$/u;
const all = editions();
const pages = new Map<string, Root>(
  all.map((edition) => [
    edition.slug,
    parsePage(readFileSync(join(DIST, 'sources', edition.slug, 'index.html'), 'utf8')),
  ]),
);
const readJson = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

describe('every edition is published', () => {
  // Every edition is reached by browsing (browse.test.ts); the home page shows the newest few.
  test('the home page links editions that exist, as many as it shows', () => {
    const home = parsePage(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const linked = new Set(
      select(home, 'a').flatMap(
        (link) => /^\/sources\/([^/]+)\/$/u.exec(attribute(link, 'href') ?? '')?.[1] ?? [],
      ),
    );
    const slugs = new Set(all.map((edition) => edition.slug));
    expect([...linked].filter((slug) => !slugs.has(slug))).toEqual([]);
    expect(linked.size).toBe(Math.min(all.length, HOME_NEWEST));
  });

  test('the open data lists every edition', () => {
    expect(readJson('data/sources.json')).toHaveLength(all.length);
    expect(new Set(openParagraphs().map((paragraph) => paragraph.source))).toEqual(
      new Set(all.map((edition) => edition.slug)),
    );
  });
});

describe.each(all)('$slug', (edition) => {
  const page = pages.get(edition.slug)!;
  const ids = new Set(
    findAll(page, (element) => attribute(element, 'id') !== undefined).map((element) =>
      attribute(element, 'id')!,
    ),
  );

  test('every address in its ledger resolves on the page, and every numbered block is in the ledger', () => {
    const ledger = ledgerOf(edition.slug);
    expect(ledger, `content/anchors/${edition.slug}.json`).toBeDefined();
    const promised = [
      ...ledger!.anchors.map((entry) => entry.id),
      ...Object.keys(ledger!.redirects),
    ];
    expect(promised.length).toBeGreaterThan(0);
    expect(promised.filter((id) => !ids.has(id))).toEqual([]);
    const known = new Set(promised);
    expect([...ids].filter((id) => ADDRESS.test(id) && !known.has(id))).toEqual([]);
  });

  test('every live address in its ledger has a paragraph in the open data', () => {
    const ledger = ledgerOf(edition.slug)!;
    const published = new Set(
      openParagraphs()
        .filter((paragraph) => paragraph.source === edition.slug)
        .map((paragraph) => paragraph.id),
    );
    const live = ledger.anchors
      .map((entry) => entry.id)
      .filter((id) => ledger.redirects[id] === undefined);
    expect(live.filter((id) => !published.has(id))).toEqual([]);
  });

  test(`shows its ${edition.columns} 专栏 box(es), ${edition.tables} table(s) and ${edition.notes} note(s)`, () => {
    expect(select(page, 'aside', 'column')).toHaveLength(edition.columns);
    expect(select(select(page, 'div', 'prose')[0]!, 'table')).toHaveLength(edition.tables);
    // Annotation notes; the reasons for corrections stand in the margin too, but are not <Note>s.
    const notes = select(page, 'span', 'sidenote').filter(
      (note) => !hasClass(note, 'correction-reason'),
    );
    expect(notes).toHaveLength(edition.notes);
  });
});

test('the annotations export holds every note of every edition', () => {
  expect(readJson('data/annotations.jsonld').total).toBe(
    all.reduce((sum, edition) => sum + edition.notes, 0),
  );
});
