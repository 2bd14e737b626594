/** SITE_URL, parsed once: the site's address, base path, links and public URLs (expected values by hand). */
import { describe, expect, test } from 'vitest';
import { absoluteUrl, siteAddress, withBase } from '../../src/lib/site-address.ts';

describe('siteAddress', () => {
  test.each([
    [undefined, { site: 'http://localhost:4321/', base: '/', local: true }],
    ['', { site: 'http://localhost:4321/', base: '/', local: true }],
    ['https://example.org', { site: 'https://example.org/', base: '/', local: false }],
    ['https://example.org/qas', { site: 'https://example.org/qas/', base: '/qas/', local: false }],
    [
      'https://example.org/a/qas/',
      { site: 'https://example.org/a/qas/', base: '/a/qas/', local: false },
    ],
  ])('%s', (value, expected) => {
    expect(siteAddress(value)).toEqual(expected);
  });

  test.each(['example.org/qas/', 'ftp://example.org/', 'https://example.org/qas/?x=1'])(
    '%s is refused with a hint',
    (value) => {
      expect(() => siteAddress(value)).toThrow(/SITE_URL/u);
    },
  );
});

describe('links and addresses under a base', () => {
  test.each([
    ['/sources/x/', '/', '/sources/x/'],
    ['/sources/x/', '/qas/', '/qas/sources/x/'],
    ['/', '/qas/', '/qas/'],
    ['#p3', '/qas/', '#p3'],
    ['https://example.com/a', '/qas/', 'https://example.com/a'],
    ['//cdn.example/a', '/qas/', '//cdn.example/a'],
  ])('withBase(%s, %s) = %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  test.each([
    ['/sources/x/#p3', 'https://example.org/qas/', 'https://example.org/qas/sources/x/#p3'],
    ['/sources/x/', 'https://example.org/qas', 'https://example.org/qas/sources/x/'],
    ['/data/sources.json', 'http://localhost:4321/', 'http://localhost:4321/data/sources.json'],
  ])('absoluteUrl(%s, %s) = %s', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });
});
