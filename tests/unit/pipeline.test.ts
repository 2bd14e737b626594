import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import {
  buildFixtureSite,
  FIXTURE_ANCHORS,
  type FixtureBuild,
} from '../helpers/build-fixture-site.ts';
import { FIXTURE_EDITION, fixtureFolders } from '../helpers/fixture-editions.ts';
import {
  attribute,
  childElements,
  findAll,
  hasClass,
  parsePage,
  select,
  textOf,
} from '../helpers/html.ts';

/** Build a site from one edition with the given text. */
function buildWith(source: string): FixtureBuild {
  const { sourcesDir, anchorsDir } = fixtureFolders(source);
  return buildFixtureSite(sourcesDir, { anchorsDir });
}

/** The addresses the fixture's ledger has published. */
const LEDGER_IDS = (
  JSON.parse(readFileSync(join(FIXTURE_ANCHORS, 'fixture-edition.json'), 'utf8')) as {
    anchors: { id: string }[];
  }
).anchors.map((entry) => entry.id);

describe('a fixture edition through the real MDX pipeline', () => {
  let build: FixtureBuild;
  let page: Root;

  beforeAll(() => {
    build = inject('fixtureSite');
    page = parsePage(
      readFileSync(join(build.outDir, 'sources/fixture-edition/index.html'), 'utf8'),
    );
  });

  test('the build succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('the page is Chinese and carries the frontmatter title', () => {
    expect(attribute(select(page, 'html')[0]!, 'lang')).toBe('zh-CN');
    expect(select(page, 'h1').map(textOf)).toEqual(['攻坚突破1296个城市更新']);
  });

  test('CJK-friendly emphasis: **“院士创新特区”**是 renders bold (with its glossary links inside)', () => {
    const strong = select(page, 'strong').find((element) => textOf(element) === '“院士创新特区”');
    expect(strong).toBeDefined();
    const [link] = select(strong!, 'a');
    expect(
      link && {
        href: attribute(link, 'href'),
        entity: attribute(link, 'dataEntity'),
        text: textOf(link),
        entityLink: hasClass(link, 'entity-link'),
      },
    ).toEqual({
      href: '/glossary/academician-zone/',
      entity: 'academician-zone',
      text: '院士创新特区',
      entityLink: true,
    });
    const paragraph = findAll(page, (element) => childElements(element).includes(strong!))[0]!;
    expect(textOf(paragraph)).toContain('“院士创新特区”是李沧的新探索。');
    expect(
      select(paragraph, 'a', 'entity-link').map((anchor) => [
        textOf(anchor),
        attribute(anchor, 'href'),
      ]),
    ).toContainEqual(['李沧', '/glossary/licang/']);
  });

  test('code blocks are highlighted by shiki', () => {
    const blocks = select(page, 'pre', 'astro-code').filter((pre) =>
      select(pre, 'code').some((code) => select(code, 'span', 'line').length > 0),
    );
    expect(blocks.map(textOf).map((text) => text.trim())).toContain('npm run import');
  });

  test('escaped characters reach the page as text', () => {
    expect(select(page, 'td').map(textOf)).toContain('[>15.5] 20.6*');
  });

  test('a rebuilt table is a real table in a labelled, focusable scrolling region', () => {
    const [block] = select(page, 'div', 'table-block');
    expect(attribute(block!, 'id')).toMatch(/^p\d+$/u);
    const [number, region] = childElements(block!);
    expect(hasClass(number!, 'para-num')).toBe(true);
    expect(
      region && {
        tag: region.tagName,
        wrap: hasClass(region, 'table-wrap'),
        tabIndex: attribute(region, 'tabIndex'),
        label: attribute(region, 'ariaLabel'),
      },
    ).toEqual({
      tag: 'section',
      wrap: true,
      tabIndex: '0',
      label: '表1 指标',
    });
    expect(select(region!, 'caption').map(textOf)).toEqual(['表1 指标']);
  });

  test('a correction shows the corrected text and, inline, only what was printed; the reason is a note; neither is indexed', () => {
    const [correction] = select(page, 'span', 'correction');
    const parts = childElements(correction!).map((element) => ({
      tag: element.tagName,
      class: attribute(element, 'className'),
      text: textOf(element),
      ignored: attribute(element, 'dataPagefindIgnore') !== undefined,
    }));
    expect(parts).toEqual([
      { tag: 'ins', class: 'corrected', text: '重要', ignored: false },
      { tag: 'del', class: 'as-printed', text: '关键', ignored: false },
      {
        tag: 'span',
        class: 'note correction-note',
        text: '〔原作“关键”〕校改测试用更正',
        ignored: true,
      },
    ]);
    expect(select(correction!, 'span', 'correction-mark').map(textOf)).toEqual(['〔原作“关键”〕']);
    const [reason] = select(correction!, 'span', 'correction-reason');
    expect(attribute(reason!, 'role')).toBe('note');
    expect(textOf(reason!)).toBe('校改测试用更正');
  });

  test('an omission is a disclosure that keeps the omitted text', () => {
    const [omission] = select(page, 'details', 'omission');
    expect(attribute(omission!, 'dataPagefindIgnore')).toBeDefined();
    expect(select(omission!, 'summary').map(textOf)).toEqual(['〔编者略：网页页脚〕']);
    expect(select(omission!, 'div', 'omitted').map(textOf)).toEqual(['顶部']);
  });

  test('headings feed the generated table of contents, which links to their paragraph addresses', () => {
    const [toc] = select(page, 'nav', 'toc');
    const entries = select(toc!, 'li').map((item) => ({
      depth: attribute(item, 'className'),
      href: attribute(select(item, 'a')[0]!, 'href'),
      text: textOf(item),
    }));
    const headings = findAll(
      page,
      (element) =>
        /^h[23]$/u.test(element.tagName) && /^p\d+$/u.test(attribute(element, 'id') ?? ''),
    );
    expect(entries).toEqual(
      headings.map((heading) => ({
        depth: `toc-depth-${heading.tagName[1]}`,
        href: `#${attribute(heading, 'id')}`,
        text: textOf(heading),
      })),
    );
    expect(entries.map((entry) => entry.text)).toEqual([
      '攻坚突破1296个城市更新',
      '更大力度推进城市更新',
    ]);
  });

  test('every address in the ledger is a block with a paragraph number linking to it', () => {
    const numbers = select(page, 'a', 'para-num');
    const blocks = numbers.map(
      (number) => findAll(page, (element) => childElements(element).includes(number))[0]!,
    );
    expect(blocks.map((block) => attribute(block, 'id'))).toEqual(LEDGER_IDS);
    for (const [index, number] of numbers.entries()) {
      const id = LEDGER_IDS[index]!;
      const label = id.slice(1);
      expect({
        href: attribute(number, 'href'),
        label: attribute(number, 'dataLabel'),
        ariaLabel: attribute(number, 'ariaLabel'),
        ignored: attribute(number, 'dataPagefindIgnore'),
      }).toEqual({
        href: `#${id}`,
        label,
        ariaLabel: `第 ${label} 段的链接`,
        ignored: '',
      });
    }
  });

  test('the home page lists the edition with its metadata', () => {
    const home = parsePage(readFileSync(join(build.outDir, 'index.html'), 'utf8'));
    expect(
      select(home, 'a').some(
        (link) =>
          attribute(link, 'href') === '/sources/fixture-edition/' &&
          textOf(link) === '攻坚突破1296个城市更新',
      ),
    ).toBe(true);
    expect(
      select(home, 'time').map((time) => [attribute(time, 'dateTime'), textOf(time)]),
    ).toContainEqual(['2023-02-24', '2023年2月24日']);
  });

  test('the search index is built for Chinese, under the Han-script code Pagefind neither segments nor stems', () => {
    const entry = JSON.parse(
      readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'),
    ) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['und-hani']?.page_count).toBeGreaterThan(0);
    expect(entry.languages['zh-cn']).toBeUndefined();
  });
});

describe('bad input stops the build with file, line and hint', () => {
  test('malformed MDX', () => {
    const build = buildWith(FIXTURE_EDITION.replace('</Kicker>', ''));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/fixture-edition\.mdx:\d+:\d+: malformed MDX: [\s\S]*hint: /u);
  });

  test('a missing frontmatter field', () => {
    const build = buildWith(FIXTURE_EDITION.replace(/^region: .*\n/mu, ''));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /fixture-edition\.mdx:1:1: frontmatter region: [\s\S]*hint: Every edition needs/u,
    );
  });

  test('a wording change without a record', () => {
    const build = buildWith(FIXTURE_EDITION.replace('是李沧的新探索', '是李沧的新尝试'));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /fixture-edition\.mdx:\d+:\d+: wording differs from fixture\.txt without a record/u,
    );
  });

  test('an expression in braces, which would add text the coverage check cannot see', () => {
    const build = buildWith(FIXTURE_EDITION.replace('是李沧的新探索', "是李沧的新探索{'(待核)'}"));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /fixture-edition\.mdx:\d+:\d+: expression \{'\(待核\)'\} in an edition[\s\S]*hint: /u,
    );
  });

  test('a date that is not on the calendar', () => {
    const build = buildWith(FIXTURE_EDITION.replace(/^date: .*$/mu, 'date: "2026-13-40"'));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /fixture-edition\.mdx:\d+:1: frontmatter date: not a date of the calendar[\s\S]*hint: /u,
    );
  });

  test('a plain link in a note to a paragraph that does not exist', () => {
    const build = buildWith(
      FIXTURE_EDITION.replace(
        '是李沧的新探索',
        '是李沧的新探索<Note kind="context" basis="text">见[下文](#p9999)。</Note>',
      ),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /fixture-edition\.mdx:\d+:\d+: link \(#p9999\): fixture-edition has no paragraph p9999[\s\S]*hint: /u,
    );
  });
});
