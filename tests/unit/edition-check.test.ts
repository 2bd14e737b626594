import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkEdition } from '../../src/lib/edition-check.ts';
import { workDir } from '../helpers/work-dir.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const ORIGINALS = join(FIXTURES, 'originals');
const GOOD = readFileSync(join(FIXTURES, 'sources/fixture-edition.mdx'), 'utf8');

function check(source: string) {
  return checkEdition('fixture-edition.mdx', source, ORIGINALS);
}

function lineOf(source: string, needle: string): number {
  return source.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('edition checks', () => {
  test('the fixture edition passes with 100% coverage', () => {
    const { problems, coverage } = check(GOOD);
    expect(problems).toEqual([]);
    expect(coverage?.coverage).toBe(1);
  });

  test('malformed MDX is reported with its line', () => {
    const broken = GOOD.replace(
      '<Omission reason="网页页脚">顶部</Omission>',
      '<Omission reason="网页页脚">顶部',
    );
    const [problem] = check(broken).problems;
    expect(problem?.message).toMatch(/^malformed MDX: /u);
    expect(problem?.line).toBeGreaterThanOrEqual(lineOf(broken, '<Omission'));
    expect(problem?.hint).toContain('close every <Component>');
  });

  test('a missing frontmatter field is reported at the frontmatter', () => {
    const problems = check(GOOD.replace(/^date: .*\n/mu, '')).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'fixture-edition.mdx',
      line: 1,
      message: expect.stringMatching(/^frontmatter date: /u),
    });
  });

  test('a bad frontmatter value points at its line', () => {
    const source = GOOD.replace('type: "report"', 'type: "speech"');
    const problems = check(source).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf(source, 'type:'),
        message: expect.stringContaining('frontmatter type'),
      }),
    ]);
  });

  test('a checksum that does not match the original is reported', () => {
    const source = GOOD.replace(/sha256: "[0-9a-f]{64}"/u, `sha256: "${'0'.repeat(64)}"`);
    expect(check(source).problems).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('original.sha256 does not match fixture.txt'),
      }),
    ]);
  });

  test('an unknown component is reported with its line and the allowed names', () => {
    const source = GOOD.replace('<Kicker>', '<Kikcer>').replace('</Kicker>', '</Kikcer>');
    expect(check(source).problems).toEqual([
      expect.objectContaining({
        line: lineOf(source, '<Kikcer>'),
        message: 'unknown element <Kikcer>',
        hint: expect.stringContaining('Correction'),
      }),
    ]);
  });

  test('a correction without the printed wording is reported', () => {
    const source = GOOD.replace(' printed="关键"', '');
    const messages = check(source).problems.map((problem) => problem.message);
    expect(messages).toContain('<Correction> needs a printed="…" attribute');
  });

  test('a lost passage names its line in the original', () => {
    const source = GOOD.replace('<Omission reason="网页页脚">顶部</Omission>', '');
    const line = lineOf(readFileSync(join(ORIGINALS, 'fixture.txt'), 'utf8'), '顶部');
    expect(check(source).problems).toEqual([
      expect.objectContaining({ message: `1 passage(s) lost from fixture.txt:${line}: 顶部` }),
    ]);
  });

  test('an unrecorded change of wording names the edition line, and the original line it lost', () => {
    const source = GOOD.replace('是李沧的新探索', '是李沧的新尝试');
    expect(check(source).problems).toEqual([
      expect.objectContaining({
        message: '1 passage(s) lost from fixture.txt:8: “院士创新特区”是李沧的新探索。',
      }),
      expect.objectContaining({
        line: lineOf(source, '新尝试'),
        message: expect.stringContaining('wording differs from fixture.txt without a record'),
      }),
    ]);
  });

  test("a join of two separate passages needs an editor's note", () => {
    const paragraph = '**“院士创新特区”**是李沧的新探索。';
    const joined = GOOD.replace(paragraph, `${paragraph}抓牢“五项重点工作”`);
    expect(check(joined).problems).toEqual([
      expect.objectContaining({
        line: lineOf(joined, paragraph),
        message: expect.stringContaining('wording differs'),
      }),
    ]);
    const explained = GOOD.replace(
      paragraph,
      `${paragraph}<EditorNote>以下引题原印于文首。</EditorNote>抓牢“五项重点工作”`,
    );
    expect(check(explained).problems).toEqual([]);
  });

  test("an editor's note cannot explain text the original does not have", () => {
    const paragraph = '**“院士创新特区”**是李沧的新探索。';
    const invented = GOOD.replace(
      paragraph,
      `${paragraph}<EditorNote>补。</EditorNote>此外另有新文字`,
    );
    expect(check(invented).problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('wording differs') }),
    ]);
  });
});

describe('npm run check:content', () => {
  test('fails on a bad edition and names file, line and hint', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = workDir('editions');
    writeFileSync(
      join(dir, 'bad.mdx'),
      GOOD.replace('<Kicker>', '<Kikcer>').replace('</Kicker>', '</Kikcer>'),
    );
    const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, QAS_SOURCES_DIR: dir, QAS_ORIGINALS_DIR: ORIGINALS },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /FAIL bad\b[\s\S]*bad\.mdx:\d+:\d+: unknown element <Kikcer>[\s\S]*hint: Use one of/u,
    );
  });
});
