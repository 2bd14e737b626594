import { describe, expect, test } from 'vitest';
import { entityRecord, sourceRecords } from '../../src/lib/search-records.ts';
import {
  containsQuery,
  hanCharacters,
  indexQuery,
  indexText,
  junctionTerms,
  matchRanges,
  normalizeQuery,
  hanTrigrams,
} from '../../src/lib/search-text.ts';

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

  test('Han characters become overlapping bigrams, across punctuation; Latin words and numbers stay whole', () => {
    expect(indexText('青岛国际院士港2021年RCEP')).toBe(
      '青岛 岛国 国际 际院 院士 士港 港 2021 年 rcep',
    );
    expect(indexText('“四新”经济')).toBe('四新 新经 经济 济');
    expect(hanCharacters('院士港，院士')).toBe('院 士 港');
    expect(hanTrigrams('院士港，院士 2021年院')).toEqual(['院士港', '士港院', '港院士']);
  });
});

/**
 * Every substring of a text a reader could search for: copied as a reader would (folded,
 * spaces between Latin words kept), and held from a word start (containsQuery's rule).
 */
function heldSubstrings(text: string): string[] {
  const characters = [...normalizeQuery(text)];
  const queries: string[] = [];
  for (let start = 0; start < characters.length; start += 1)
    for (let end = start + 1; end <= characters.length; end += 1) {
      const query = characters.slice(start, end).join('').trim();
      if (containsQuery(text, query)) queries.push(query);
    }
  return queries;
}

describe('the Pagefind query for a word', () => {
  test.each([
    ['院士港', '院士 士港'],
    ['国际院士港', '国际 际院 院士 士港'],
    ['院士', '院士'],
    ['港', '港'],
    ['rcep', 'rcep'],
    ['7 4 1', '7 4 1'],
    // Each Han character beside a number or word by their junction, the number or word inside it.
    ['2021年rcep', '2021年 年rcep'],
    ['2021年10月', '2021年 年10 10月'],
    ['24发展新动', '24发 发展 展新 新动'],
    ['发展24', '发展 展24'],
    // One Han character and one number or word: their junction, not the commoner part alone.
    ['以480', '以480'],
    ['第5g', '第5g'],
    ['480以', '480以'],
    ['5强', '5强'],
  ])('%s is asked as %s', (word, query) => {
    expect(indexQuery(word)).toBe(query);
  });

  test('a text lists the junction of every character-and-number query it holds', () => {
    const text = '港口吞吐量以480万标箱计，第5G基站、全国5强，升,0342。';
    const junctions = junctionTerms(text).split(' ');
    expect(junctions).toEqual(
      expect.arrayContaining(['以480', '480万', '第5g', '5g基', '国5', '5强', '升0342']),
    );
    for (const word of ['以480', '以4', '480万', '第5g', '第5', '5强', '升03', '升,0342']) {
      // Folded as the search folds a query word (升,0342 → 升 0342).
      const folded = normalizeQuery(word);
      expect(containsQuery(text, word), word).toBe(true);
      expect(
        junctions.some((held) => held.startsWith(indexQuery(folded))),
        `${word}: ${indexQuery(folded)}`,
      ).toBe(true);
    }
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

describe('a record lists, exactly, every term a query it holds is asked by', () => {
  // Pagefind looks a term up only in the index chunk whose range holds the term itself,
  // so a record must list the term as it is asked, not only words that begin with it.
  // Pagefind drops punctuation from indexed words and query terms alike (85.03 → 8503).
  const asPagefind = (term: string) => term.replace(/[.]/gu, '');
  const texts = [
    '港口吞吐量以480万标箱计，增长85.03%，第5G基站、全国5强，升,0342。',
    '青岛国际院士港2021年RCEP生效，“四新”经济占GDP的30.5%。',
    '2021年10月，崂山区5G基站达800个；PM2.5浓度下降。',
    '港 口 与 new york 合作',
  ];
  for (const text of texts) {
    test(text, () => {
      const [section] = sourceRecords(
        { slug: 's', title: '标题', date: '2021-01-01', publisher: '某报', typeLabel: '报道' },
        [{ id: 'p1', label: '1', text }],
      );
      const listed = new Set(section!.record.content.split(' ').map(asPagefind));
      for (const query of heldSubstrings(text))
        for (const word of query.split(' ').filter(Boolean))
          for (const term of indexQuery(word).split(' '))
            expect(listed.has(asPagefind(term)), `${query}: ${term}`).toBe(true);
    });
  }
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
    const terms = record.content.split(' ');
    // Its bigrams, and each of its characters as a term of its own (one-character queries).
    expect(terms).toEqual(expect.arrayContaining(['张村', '村河', '张', '村', '河']));
    // Each term once: a query asks for all of a word's terms, not their places.
    expect(new Set(terms).size).toBe(terms.length);
  });
});
