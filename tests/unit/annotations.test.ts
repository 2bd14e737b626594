import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { diffPassages, findParallels } from '../../src/lib/parallels.ts';
import { buildFixtureSite, type FixtureBuild } from '../helpers/build-fixture-site.ts';
import { FIXTURE_EDITION, fixtureFolders } from '../helpers/fixture-editions.ts';
import { openAnnotations } from '../helpers/open-data.ts';
import { NOTE_KINDS } from '../../src/lib/edition-components.ts';
import {
  attribute,
  childElements,
  findAll,
  hasClass,
  parsePage,
  select,
  textOf,
} from '../helpers/html.ts';

describe('parallel passages', () => {
  const report =
    '质询答辩会议上，攻势牵头市领导和攻势参与单位主要负责同志作为应询人，首先借助PPT演示汇报去年以来攻势推进情况。';
  const variant =
    '质询答辩会议上,攻势牵头市领导和攻势参与单位主要负责同志作为应询人,首先借助PPT演示汇报去年以来攻势推进情况。';
  const other =
    '今年计划改造老旧小区473个，惠及居民13.77万户，与去年相比，项目数、投资额、改造户数均有较大幅度增长。';

  test('the same report in two sources is found; unrelated passages and passages of one source are not', () => {
    const parallels = findParallels([
      { source: 'a', id: 'p1', label: '1', position: 0, text: report },
      { source: 'b', id: 'p7', label: '7', position: 0, text: variant },
      { source: 'b', id: 'p8', label: '8', position: 1, text: other },
      { source: 'a', id: 'p2', label: '2', position: 1, text: report },
    ]);
    const pairs = parallels
      .map(({ a, b }) => [`${a.source}#${a.id}`, `${b.source}#${b.id}`].sort().join('~'))
      .sort();
    expect(pairs).toEqual(['a#p1~b#p7', 'a#p2~b#p7']);
    expect(parallels[0]!.overlap).toBe(1);
  });

  test('parallels are listed in reading order, an address added later (p9a) after the one before it', () => {
    const parallels = findParallels([
      { source: 'a', id: 'p9a', label: '9a', position: 1, text: other },
      { source: 'a', id: 'p9', label: '9', position: 0, text: report },
      { source: 'a', id: 'p10', label: '10', position: 2, text: `${report}${other}` },
      { source: 'b', id: 'p3', label: '3', position: 0, text: variant },
      { source: 'b', id: 'p4', label: '4', position: 1, text: other },
    ]);
    expect(parallels.map(({ a, b }) => `${a.id}~${b.id}`)).toEqual([
      'p9~p3',
      'p9a~p4',
      'p10~p3',
      'p10~p4',
    ]);
  });

  test('the diff shows what only one wording has', () => {
    expect(diffPassages('颇具“辣味”，应询人', '颇具辣味，应询人')).toEqual([
      { kind: 'same', text: '颇具' },
      { kind: 'only-a', text: '“' },
      { kind: 'same', text: '辣味' },
      { kind: 'only-a', text: '”' },
      { kind: 'same', text: '，应询人' },
    ]);
  });
});

describe('notes and cross-references through the real pipeline', () => {
  let build: FixtureBuild;
  let page: Root;

  beforeAll(() => {
    build = inject('fixtureSite');
    page = parsePage(
      readFileSync(join(build.outDir, 'sources/fixture-edition/index.html'), 'utf8'),
    );
  });

  test('a note is numbered, kept out of the search index, and its cross-reference links to the paragraph', () => {
    expect(build.status, build.output).toBe(0);
    // Annotation notes (a correction's reason is a note of its own kind, not a <Note>).
    const [note, ...others] = select(page, 'span', 'note').filter(
      (element) => !hasClass(element, 'correction-note'),
    );
    expect(others).toEqual([]);
    expect({
      kind: attribute(note!, 'dataKind'),
      ignored: attribute(note!, 'dataPagefindIgnore'),
    }).toEqual({ kind: 'context', ignored: '' });
    const [reference, sidenote] = childElements(note!);
    expect(
      reference && { tag: reference.tagName, class: attribute(reference, 'className') },
    ).toEqual({ tag: 'sup', class: 'note-ref' });
    const [toggle] = select(reference!, 'a');
    expect(
      toggle && {
        href: attribute(toggle, 'href'),
        id: attribute(toggle, 'id'),
        class: attribute(toggle, 'className'),
        label: attribute(toggle, 'ariaLabel'),
        text: textOf(toggle),
      },
    ).toEqual({
      href: '#note-1',
      id: 'note-ref-1',
      class: 'note-toggle',
      label: '注 1',
      text: '1',
    });
    expect(
      sidenote && {
        class: attribute(sidenote, 'className'),
        id: attribute(sidenote, 'id'),
        role: attribute(sidenote, 'role'),
      },
    ).toEqual({ class: 'sidenote', id: 'note-1', role: 'note' });
    const [crossRef] = select(sidenote!, 'a', 'cross-ref');
    expect(crossRef && { href: attribute(crossRef, 'href'), text: textOf(crossRef) }).toEqual({
      href: '/sources/fixture-edition/#p5',
      text: '第 5 段',
    });
    expect(textOf(sidenote!)).toContain('参见本篇第 5 段。');
    expect(findAll(page, (element) => attribute(element, 'id') === 'p5')).toHaveLength(1);
  });

  test('notes are listed for print at the end of their chapter, and exported as W3C annotations with their paragraph and quote', () => {
    const items = select(page, 'div', 'section-notes').flatMap((list) =>
      select(list, 'li').map((item) => ({
        value: attribute(item, 'value'),
        text: textOf(item),
        links: select(item, 'a').map((link) => attribute(link, 'href')),
      })),
    );
    expect(items).toEqual([
      {
        value: '1',
        text: `${NOTE_KINDS.context.zh} 参见本篇第 5 段。`,
        links: ['/sources/fixture-edition/#p5'],
      },
    ]);
    const annotations = openAnnotations(build.outDir);
    expect(annotations.collection.total).toBe(1);
    expect(annotations.items[0]!.target.selector).toEqual([
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: 'p4' },
      {
        type: 'TextQuoteSelector',
        exact: '“院士创新特区”是李沧的新探索。',
        prefix: '',
        suffix: '',
      },
    ]);
    // The note's text, then what it rests on (the fixture's note says basis="text").
    expect(annotations.items[0]!.body).toEqual([
      {
        type: 'TextualBody',
        value: '参见本篇第 5 段。',
        format: 'text/plain',
        language: 'zh',
        purpose: 'commenting',
      },
      { type: 'TextualBody', value: 'text', purpose: 'classifying' },
    ]);
  });

  test.each([
    ['a cross-reference to a missing source', '<CrossRef to="nowhere#p3">', 'no source "nowhere"'],
    [
      'a cross-reference to a missing paragraph',
      '<CrossRef to="fixture-edition#p99">',
      'fixture-edition has no paragraph p99',
    ],
    [
      'a note of an unknown kind',
      '<Note kind="gossip" basis="text">',
      '<Note kind="gossip">: unknown kind',
    ],
  ])('%s stops the build with file, line and hint', (_, replacement, message) => {
    const edited = FIXTURE_EDITION.replace(
      replacement.startsWith('<Note')
        ? '<Note kind="context" basis="text">'
        : '<CrossRef to="fixture-edition#p5">',
      replacement,
    );
    const { sourcesDir, anchorsDir } = fixtureFolders(edited);
    const failed = buildFixtureSite(sourcesDir, { anchorsDir });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain(message);
    expect(failed.output).toMatch(/hint: [\s\S]*fixture-edition\.mdx:\d+:\d+/u);
  });
});
