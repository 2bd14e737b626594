/**
 * Gates on content/ whose expectations come from content/ itself: every
 * original has exactly one edition and every edition names an original, so
 * a new source passes and a lost edition (or a lost original) fails.
 */
import { describe, expect, test } from 'vitest';
import { editions, ledgerOf, originalFiles } from '../helpers/content.ts';

describe('one edition per original', () => {
  const originals = originalFiles();
  const all = editions();

  test('content/ holds at least one original and one edition', () => {
    expect(originals.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(0);
  });

  test('every edition names an original that exists', () => {
    const dangling = all.filter(
      (edition) => edition.originalFile === undefined || !originals.includes(edition.originalFile),
    );
    expect(
      dangling.map(
        (edition) => `${edition.slug}: original.file ${edition.originalFile ?? '(missing)'}`,
      ),
    ).toEqual([]);
  });

  test('every original has exactly one edition', () => {
    const editionsOf = (original: string) =>
      all.filter((edition) => edition.originalFile === original).map((edition) => edition.slug);
    expect(
      originals
        .map((original) => ({ original, editions: editionsOf(original) }))
        .filter((entry) => entry.editions.length !== 1),
    ).toEqual([]);
    expect(all).toHaveLength(originals.length);
  });

  test('every edition has an anchor ledger of its own', () => {
    expect(
      all
        .filter((edition) => ledgerOf(edition.slug)?.anchors.length === undefined)
        .map((edition) => edition.slug),
    ).toEqual([]);
  });
});
