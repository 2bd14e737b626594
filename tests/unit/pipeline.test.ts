import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, FIXTURE_SOURCES, type FixtureBuild } from '../helpers/build-fixture-site.ts';
import { FIXTURE_EDITION, fixtureFolders } from '../helpers/fixture-editions.ts';

/** Build a site from one edition with the given text. */
function buildWith(source: string): FixtureBuild {
  const { sourcesDir, anchorsDir } = fixtureFolders(source);
  return buildFixtureSite(sourcesDir, { anchorsDir });
}

describe('a fixture edition through the real MDX pipeline', () => {
  let build: FixtureBuild;
  let html: string;

  beforeAll(() => {
    build = buildFixtureSite(FIXTURE_SOURCES);
    html = readFileSync(join(build.outDir, 'sources/fixture-edition/index.html'), 'utf8');
  });

  test('the build succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('the page is Chinese and carries the frontmatter title', () => {
    expect(html).toMatch(/<html lang="zh-CN">/u);
    expect(html).toContain('<h1>攻坚突破1296个城市更新</h1>');
  });

  test('CJK-friendly emphasis: **“院士创新特区”**是 renders bold (with its glossary links inside)', () => {
    expect(html).toMatch(/<strong>“<a href="\/glossary\/academician-zone\/" class="entity-link" data-entity="academician-zone">院士创新特区<\/a>”<\/strong>是<a href="\/glossary\/licang\/"[^>]*>李沧<\/a>的新探索。/u);
  });

  test('code blocks are highlighted by shiki', () => {
    expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]*>(<a class="para-num"[^>]*><\/a>)?<code><span class="line">/u);
  });

  test('escaped characters reach the page as text', () => {
    expect(html).toContain('<td>[&gt;15.5] 20.6*</td>');
  });

  test('a rebuilt table is a real table in a labelled, focusable scrolling region', () => {
    expect(html).toMatch(/<div class="table-block" id="p\d+"><a class="para-num"[^>]*><\/a><section class="table-wrap" tabindex="0" aria-label="表1 指标"><table><caption>表1 指标<\/caption>/u);
  });

  test('a correction shows the corrected text and what was printed, outside the search index', () => {
    expect(html).toMatch(/<ins class="corrected">重要<\/ins><del class="as-printed">关键<\/del><span class="editorial-mark" data-pagefind-ignore[^>]*>〔原作“关键”；测试用更正〕<\/span>/u);
  });

  test('an omission is a disclosure that keeps the omitted text', () => {
    expect(html).toMatch(/<details class="omission" data-pagefind-ignore[^>]*><summary><span class="editorial-mark">〔编者略：网页页脚〕<\/span><\/summary><div class="omitted">顶部<\/div><\/details>/u);
  });

  test('headings feed the generated table of contents, which links to their paragraph addresses', () => {
    const h2 = /<h2 id="(p\d+)">/u.exec(html)?.[1];
    const h3 = /<h3 id="(p\d+)">/u.exec(html)?.[1];
    expect(h2).toBeDefined();
    expect(html).toContain(`<a href="#${h2}">攻坚突破1296个城市更新</a>`);
    expect(html).toContain(`<li class="toc-depth-3"><a href="#${h3}">更大力度推进城市更新</a>`);
  });

  test('every block has an address and a paragraph number linking to it', () => {
    const ids = [...html.matchAll(/<(p|h[2-6]|li|div|figure|pre|aside)[^>]* id="(p\d+)"[^>]*><a class="para-num" href="#(p\d+)" aria-label="第 \d+ 段的链接" data-label="(\d+)" data-pagefind-ignore/gu)];
    expect(ids.length).toBeGreaterThanOrEqual(7);
    for (const [, , id, href, label] of ids) {
      expect(href).toBe(id);
      expect(`p${label}`).toBe(id);
    }
    expect(ids.map(([, , id]) => id)).toEqual(ids.map((_, index) => `p${index + 1}`));
  });

  test('the home page lists the edition with its metadata', () => {
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain('<a href="/sources/fixture-edition/">攻坚突破1296个城市更新</a>');
    expect(home).toContain('<time datetime="2023-02-24">2023年2月24日</time>');
  });

  test('the search index is built', () => {
    expect(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8')).toContain('"zh-cn"');
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
    expect(build.output).toMatch(/fixture-edition\.mdx:1:1: frontmatter region: [\s\S]*hint: Every edition needs/u);
  });

  test('a wording change without a record', () => {
    const build = buildWith(FIXTURE_EDITION.replace('是李沧的新探索', '是李沧的新尝试'));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/fixture-edition\.mdx:\d+:\d+: wording differs from fixture\.txt without a record/u);
  });
});
