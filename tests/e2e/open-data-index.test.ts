/**
 * Open data a reader can take one source at a time (see
 * tests/helpers/open-data-index.ts), on the real site.
 */
import { describe, expect, test } from 'vitest';
import { editions } from '../helpers/content.ts';
import { checkOpenData } from '../helpers/open-data-index.ts';
import { DIST } from '../helpers/open-data.ts';

describe('open data one source at a time', () => {
  test('the index names every source’s file, with its true size and counts; paragraphs.json agrees with those files', () => {
    const result = checkOpenData(
      DIST,
      editions().map((edition) => edition.slug),
    );
    expect(result.total).toBeGreaterThan(0);
  });
});
