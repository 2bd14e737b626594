import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lacks } from '../helpers/content.ts';

const ORIGINALS = join(import.meta.dirname, '../../content/originals');
const SEEDS = join(import.meta.dirname, '../../../shared/seeds');

function listedChecksums(): Map<string, string> {
  const lines = readFileSync(join(ORIGINALS, 'SHA256SUMS'), 'utf8').trim().split('\n');
  return new Map(
    lines.map((line) => {
      const [hash, name] = line.split(/\s+/u);
      return [name!, hash!];
    }),
  );
}

describe('the originals', () => {
  const listed = listedChecksums();
  const files = readdirSync(ORIGINALS)
    .filter((name) => name.endsWith('.txt'))
    .sort();

  test('every original is listed in SHA256SUMS and nothing else is', () => {
    expect(files.length).toBeGreaterThan(0);
    expect([...listed.keys()].sort()).toEqual(files);
  });

  test.each(files)('%s still has its recorded checksum', (name) => {
    const actual = createHash('sha256')
      .update(readFileSync(join(ORIGINALS, name)))
      .digest('hex');
    expect(actual).toBe(listed.get(name));
  });

  // The project keeps its own copy; where the shared seeds are beside the
  // checkout (developers' machines and CI), the copy must equal them byte for byte.
  test.skipIf(lacks(existsSync(SEEDS), `the shared seeds are not beside this checkout (${SEEDS})`))(
    'the copy equals the shared seeds byte for byte',
    () => {
      for (const name of readdirSync(SEEDS).filter((entry) => entry.endsWith('.txt'))) {
        expect(
          readFileSync(join(ORIGINALS, name)).equals(readFileSync(join(SEEDS, name))),
          name,
        ).toBe(true);
      }
    },
  );
});
