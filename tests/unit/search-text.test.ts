import { describe, expect, test } from 'vitest';
import { entityRecord } from '../../src/lib/search-records.ts';
import { containsQuery, matchRanges, normalizeQuery, spaceHan } from '../../src/lib/search-text.ts';

describe('query normalisation', () => {
  test.each([
    ['  院士港  ', '院士港'],
    ['１２９６个', '1296个'],
    ['ＲＣＥＰ', 'rcep'],
    ['“院士港”，张村河！', '院士港 张村河'],
    ['1995.40亿元', '1995.40亿元'],
    ['Zhangcun   River', 'zhangcun river'],
  ])('%s → %s', (query, normalized) => {
    expect(normalizeQuery(query)).toBe(normalized);
  });

  test('Han characters become one term each; Latin words and numbers stay whole', () => {
    expect(spaceHan('青岛国际院士港2021年RCEP')).toBe('青 岛 国 际 院 士 港 2021 年 RCEP');
  });
});

describe('does a passage contain the query as typed?', () => {
  test.each([
    ['院士港的创造性探索', '院士港', true],
    ['院士港的创造性探索', '士港', true],
    ['院士的港口', '院士港', false],
    ['占全省30%', '30%', true],
    ['占全省30%', '３０', true],
    ['共1296个项目', '1296个', true],
    ['共2296个项目', '296个', false],
    ['zhang cun he zhangcunhe zch', 'zch', true],
    ['zhang cun he zhangcunhe zch', 'angcun', false],
    ['Zhangcun River', 'zhangcun river', true],
    ['“院士创新特区”', '院士创新特区', true],
  ])('%s / %s → %s', (passage, query, expected) => {
    expect(containsQuery(passage, query)).toBe(expected);
  });

  test('matches are found across punctuation width and marked where they are', () => {
    const text = '建设“院士港”，院 士 港。';
    expect(matchRanges(text, '院士港').map(([start, end]) => text.slice(start, end))).toEqual([
      '院士港',
      '院 士 港',
    ]);
  });
});

describe('search records', () => {
  test('an entity record carries its forms, their pinyin (full and initials) and English name', () => {
    const record = entityRecord({
      id: 'zhangcun-river',
      name: '张村河',
      aliases: [],
      nameEn: 'Zhangcun River',
      typeLabel: '地点',
      summary: '崂山区的河流。',
    });
    expect(record.url).toBe('/glossary/zhangcun-river/');
    expect(record.content).toContain('zhang cun he zhangcunhe zch zhangcun river');
    expect(record.content).toContain('张 村 河');
  });
});
