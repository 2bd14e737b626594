import { describe, expect, test } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { checkCoverage, splitIntoRuns } from '../../src/lib/coverage.ts';
import { checkEditions, formatProblem } from '../../src/lib/edition-check.ts';
import { editionBlocks, parseEdition } from '../../src/lib/edition-text.ts';
import { editions } from '../helpers/content.ts';

describe('nothing is lost: every original passage is in its edition or a recorded omission', () => {
  const reports = checkEditions(CONTENT_PATHS);

  test('the check reads every edition in content/sources', () => {
    expect(reports.map((report) => report.name).sort()).toEqual(editions().map((edition) => `${edition.slug}.mdx`).sort());
  });

  test.each(reports.map((report) => [report.name, report] as const))('%s accounts for 100% of its original', (name, report) => {
    const coverage = report.coverage;
    console.log(`coverage ${name}: ${coverage ? (coverage.coverage * 100).toFixed(2) : '—'}% of ${coverage?.totalCharacters ?? 0} characters`);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(coverage?.coverage).toBe(1);
  });
});

describe('the coverage check', () => {
  const original = '第一行文字，\n\n接着第二行。\n\n# 标题\n\n**本报讯** 正文。\n';

  function blocksOf(mdx: string) {
    return editionBlocks(parseEdition(mdx).tree, 'printed');
  }

  test('layout changes are free: lines rejoined, spaces, punctuation width and markup ignored', () => {
    const report = checkCoverage(original, blocksOf('第一行文字,接着第二行。\n\n## 标题\n\n**本报讯**　正文。'));
    expect(report).toMatchObject({ coverage: 1, missing: [], unrecorded: [] });
  });

  test('a missing line lowers the coverage and is listed', () => {
    const report = checkCoverage(original, blocksOf('第一行文字，接着第二行。\n\n## 标题'));
    expect(report.missing.map((passage) => passage.line)).toEqual([7]);
    expect(report.coverage).toBeLessThan(1);
  });

  test('an omission keeps the passage; a correction is read as printed', () => {
    const mdx = '第一行文字，接着<Correction printed="第二行" reason="例">第2行</Correction>。\n\n<Omission reason="例">\n\n## 标题\n\n</Omission>\n\n**本报讯** 正文。';
    expect(checkCoverage(original, blocksOf(mdx))).toMatchObject({ coverage: 1, unrecorded: [] });
  });

  test('splitting into runs finds the fewest pieces of the original', () => {
    expect(splitIntoRuns('ABCXYZ', 'xxABCyyXYZ')).toEqual(['ABC', 'XYZ']);
    expect(splitIntoRuns('AB?', 'AB')).toEqual(['AB', '?']);
  });
});
