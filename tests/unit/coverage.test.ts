import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCoverage, splitIntoRuns } from '../../src/lib/coverage.ts';
import { editionBlocks, parseEdition } from '../../src/lib/edition-text.ts';
import { editions } from '../helpers/content.ts';
import { ROOT } from '../helpers/work-dir.ts';

describe('nothing is lost: every original passage is in its edition or a recorded omission', () => {
  // Through the command authors run, so the gate holds however the checks are organised inside.
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
  });

  test('npm run check:content passes', () => {
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  test.each(editions().map((edition) => edition.slug))(
    '%s accounts for 100% of its original',
    (slug) => {
      const line = run.stdout
        .split('\n')
        .find((text) => new RegExp(`^\\S+ +${slug} `, 'u').test(text));
      console.log(line);
      expect(line, run.stdout).toMatch(/^ok .* coverage 100\.00% of \d+ characters$/u);
    },
  );
});

describe('the coverage check', () => {
  const original = '第一行文字，\n\n接着第二行。\n\n# 标题\n\n**本报讯** 正文。\n';

  function blocksOf(mdx: string) {
    return editionBlocks(parseEdition(mdx).tree, 'printed');
  }

  test('layout changes are free: lines rejoined, spaces, punctuation width and markup ignored', () => {
    const report = checkCoverage(
      original,
      blocksOf('第一行文字,接着第二行。\n\n## 标题\n\n**本报讯**　正文。'),
    );
    expect(report).toMatchObject({ coverage: 1, missing: [], unrecorded: [] });
  });

  test('a missing line lowers the coverage and is listed', () => {
    const report = checkCoverage(original, blocksOf('第一行文字，接着第二行。\n\n## 标题'));
    expect(report.missing.map((passage) => passage.line)).toEqual([7]);
    expect(report.coverage).toBeLessThan(1);
  });

  test('an omission keeps the passage; a correction is read as printed', () => {
    const mdx =
      '第一行文字，接着<Correction printed="第二行" reason="例">第2行</Correction>。\n\n<Omission reason="例">\n\n## 标题\n\n</Omission>\n\n**本报讯** 正文。';
    expect(checkCoverage(original, blocksOf(mdx))).toMatchObject({ coverage: 1, unrecorded: [] });
  });

  test('splitting into runs finds the fewest pieces of the original', () => {
    expect(splitIntoRuns('ABCXYZ', 'xxABCyyXYZ')).toEqual(['ABC', 'XYZ']);
    expect(splitIntoRuns('AB?', 'AB')).toEqual(['AB', '?']);
  });
});
