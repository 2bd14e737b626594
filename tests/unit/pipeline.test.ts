import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, ROOT, type FixtureBuild } from '../helpers/build-fixture-site.ts';

const FIXTURE_EDITION = readFileSync(join(ROOT, 'tests/fixtures/sources/fixture-edition.mdx'), 'utf8');

/** A folder holding one edition with the given text. */
function editionsWith(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qas-editions-'));
  writeFileSync(join(dir, 'fixture-edition.mdx'), source);
  return dir;
}

describe('a fixture edition through the real MDX pipeline', () => {
  let build: FixtureBuild;
  let html: string;

  beforeAll(() => {
    build = buildFixtureSite(join(ROOT, 'tests/fixtures/sources'));
    html = readFileSync(join(build.outDir, 'sources/fixture-edition/index.html'), 'utf8');
  });

  test('the build succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('the page is Chinese and carries the frontmatter title', () => {
    expect(html).toMatch(/<html lang="zh-CN">/u);
    expect(html).toContain('<h1>攻坚突破1296个城市更新</h1>');
  });

  test('CJK-friendly emphasis: **“院士创新特区”**是 renders bold', () => {
    expect(html).toContain('<strong>“院士创新特区”</strong>是李沧的新探索。');
  });

  test('code blocks are highlighted by shiki', () => {
    expect(html).toMatch(/<pre class="astro-code[^"]*"[^>]*><code><span class="line">/u);
  });

  test('escaped characters reach the page as text', () => {
    expect(html).toContain('<td>[&gt;15.5] 20.6*</td>');
  });

  test('a rebuilt table is a real table in a labelled, focusable scrolling region', () => {
    expect(html).toContain('<div class="table-wrap" role="region" tabindex="0" aria-label="表1 指标"><table><caption>表1 指标</caption>');
  });

  test('a correction shows the corrected text and what was printed, outside the search index', () => {
    expect(html).toMatch(/<ins class="corrected">重要<\/ins><span class="editorial-mark" data-pagefind-ignore[^>]*>〔原作“关键”；测试用更正〕<\/span>/u);
  });

  test('an omission is a disclosure that keeps the omitted text', () => {
    expect(html).toMatch(/<details class="omission" data-pagefind-ignore[^>]*><summary><span class="editorial-mark">〔编者略：网页页脚〕<\/span><\/summary><div class="omitted">顶部<\/div><\/details>/u);
  });

  test('headings feed the generated table of contents', () => {
    expect(html).toMatch(/<nav class="toc"[^>]*>[\s\S]*<a href="#攻坚突破1296个城市更新">攻坚突破1296个城市更新<\/a>[\s\S]*<li class="toc-depth-3"><a href="#更大力度推进城市更新">/u);
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
    const build = buildFixtureSite(editionsWith(FIXTURE_EDITION.replace('</Kicker>', '')));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/fixture-edition\.mdx:\d+: malformed MDX: [\s\S]*hint: /u);
  });

  test('a missing frontmatter field', () => {
    const build = buildFixtureSite(editionsWith(FIXTURE_EDITION.replace(/^region: .*\n/mu, '')));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/fixture-edition\.mdx:1: frontmatter region: [\s\S]*hint: Every edition needs/u);
  });

  test('a wording change without a record', () => {
    const build = buildFixtureSite(editionsWith(FIXTURE_EDITION.replace('是李沧的新探索', '是李沧的新尝试')));
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/fixture-edition\.mdx:\d+: wording differs from fixture\.txt without a record/u);
  });
});
