import { describe, expect, test } from 'vitest';
import { figuresOf, missingFigures } from '../../src/lib/figures.ts';

describe('figures of a Chinese text and their English forms', () => {
  test.each([
    ['攻坚突破1296个城市更新项目', '1296', ['1296']],
    ['惠及居民13.77万户', '13.77万', ['13.77', '137700', '0.1377', '0.0001377']],
    ['总投资5000万元', '5000万', ['5000', '50000000', '50', '0.05']],
    ['投资3.5亿元', '3.5亿', ['3.5', '350000000', '350', '0.35']],
    ['增长8.2%', '8.2', ['8.2']],
    ['于3月31日印发', '3月', ['3', 'March']],
    ['１２９６个', '1296', ['1296']],
  ])('%s', (chinese, printed, forms) => {
    expect(figuresOf(chinese)).toContainEqual({ printed, forms });
  });
});

describe('a translation that keeps every figure', () => {
  test.each([
    ['攻坚突破1296个城市更新项目', 'Breakthroughs on 1,296 urban renewal projects'],
    ['惠及居民13.77万户', 'benefiting 137,700 households'],
    ['总投资5000万元', 'a total investment of 50 million yuan'],
    ['投资12亿元', 'an investment of 1.2 billion yuan'],
    ['2021年3月31日', '31 March 2021'],
    ['增长8.2%', 'growth of 8.2%'],
  ])('%s → %s', (chinese, english) => {
    expect(missingFigures(chinese, english)).toEqual([]);
  });

  test.each([
    ['攻坚突破1296个城市更新项目', 'Breakthroughs on 1,269 urban renewal projects', '1296'],
    ['惠及居民13.77万户', 'benefiting 13,770 households', '13.77万'],
    ['于3月31日印发', 'issued on 31 April', '3月'],
    ['增长8.2%', 'growth of 8.3%', '8.2'],
  ])('%s → %s misses %s', (chinese, english, printed) => {
    expect(missingFigures(chinese, english).map((figure) => figure.printed)).toEqual([printed]);
  });
});

describe('written-out equivalents', () => {
  test.each([
    ['工业增加值4000多亿', 'more than 400 billion'],
    ['举行15个攻势质询答辩会议', 'questioning sessions on the Fifteen Offensives'],
    ['1600余万元', 'more than 16 million yuan'],
  ])('%s → %s', (chinese, english) => {
    expect(missingFigures(chinese, english)).toEqual([]);
  });

  test('a word for a number is not accepted for a different number', () => {
    expect(
      missingFigures('举行15个攻势', 'the Thirteen Offensives').map((figure) => figure.printed),
    ).toEqual(['15']);
  });
});
