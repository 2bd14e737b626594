/** Browsing's pure parts: facet values and their addresses, pages of a list, the pager's links. */
import { describe, expect, test } from 'vitest';
import {
  browsePath,
  facetSegment,
  facetValue,
  groupByFacet,
  pagerItems,
  pagesOf,
  UNSTATED_PUBLISHER,
} from '../../src/lib/browse.ts';

const plan = {
  date: '2021-03-31',
  type: 'plan',
  region: '青岛市李沧区',
  publisher: '李沧区人民政府',
};

describe('a source’s value for each facet', () => {
  test.each([
    ['year', '2021'],
    ['type', 'plan'],
    ['region', '青岛市李沧区'],
    ['publisher', '李沧区人民政府'],
  ] as const)('%s → %s', (facet, value) => {
    expect(facetValue(facet, plan)).toBe(value);
  });

  test('a source whose original names no publisher is filed under “unstated”', () => {
    expect(facetValue('publisher', { ...plan, publisher: undefined })).toBe(UNSTATED_PUBLISHER);
  });
});

describe('facet values in addresses', () => {
  test.each([
    ['青岛日报', '青岛日报'],
    ['2021', '2021'],
    ['青岛日报/观海新闻', '青岛日报-观海新闻'],
    ['A  ?#B', 'A-B'],
  ])('%s is written %s', (value, segment) => {
    expect(facetSegment(value)).toBe(segment);
  });

  test('a Chinese value is percent-encoded in the link, page 1 has no number', () => {
    expect(browsePath('publisher', '青岛日报')).toBe(
      '/browse/publisher/%E9%9D%92%E5%B2%9B%E6%97%A5%E6%8A%A5/',
    );
    expect(browsePath('year', '2021', 1)).toBe('/browse/year/2021/');
    expect(browsePath('year', '2021', 3)).toBe('/browse/year/2021/3/');
  });

  test('two values that would share an address stop the build, naming both', () => {
    const sources = [
      { ...plan, publisher: '青岛日报/观海新闻' },
      { ...plan, publisher: '青岛日报 观海新闻' },
    ];
    expect(() => groupByFacet(sources, 'publisher', (source) => source)).toThrow(
      /“青岛日报\/观海新闻” and “青岛日报 观海新闻” would share the address/u,
    );
  });

  test('grouping keeps each value’s items in their order', () => {
    const sources = ['2021-01-22', '2023-02-24', '2021-03-31'].map((date) => ({ ...plan, date }));
    expect(
      groupByFacet(sources, 'year', (source) => source).map(({ value, items }) => [
        value,
        items.map((item) => item.date),
      ]),
    ).toEqual([
      ['2021', ['2021-01-22', '2021-03-31']],
      ['2023', ['2023-02-24']],
    ]);
  });
});

describe('a list cut into pages', () => {
  test.each([
    [0, 20, [0]],
    [5, 20, [5]],
    [20, 20, [20]],
    [21, 20, [20, 1]],
    [45, 20, [20, 20, 5]],
  ])('%i items in pages of %i: %j', (count, size, sizes) => {
    const items = Array.from({ length: count }, (_, index) => index);
    const pages = pagesOf(items, size);
    expect(pages.map((page) => page.items.length)).toEqual(sizes);
    expect(pages.map((page) => page.number)).toEqual(sizes.map((_, index) => index + 1));
    expect(pages.every((page) => page.total === sizes.length)).toBe(true);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => page.from)).toEqual(sizes.map((_, index) => index * size + 1));
  });

  test('a page size that is not a whole number above 0 is refused', () => {
    expect(() => pagesOf([1], 0)).toThrow(/at least 1/u);
  });
});

describe('the pager links a few pages of any list', () => {
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 50, [1, 2, 3, 'gap', 50]],
    [6, 50, [1, 'gap', 4, 5, 6, 7, 8, 'gap', 50]],
    [4, 50, [1, 2, 3, 4, 5, 6, 'gap', 50]],
    [50, 50, [1, 'gap', 48, 49, 50]],
    [47, 50, [1, 'gap', 45, 46, 47, 48, 49, 50]],
  ])('page %i of %i: %j', (current, total, items) => {
    expect(pagerItems(current, total)).toEqual(items);
  });
});
