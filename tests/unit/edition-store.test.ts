import { readdirSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import type { EditionModel } from '../../src/lib/edition-model.ts';
import { isStoredEdition, loadEdition, storeEdition } from '../../src/lib/edition-store.ts';
import { workDir } from '../helpers/work-dir.ts';

const dir = workDir('edition-store');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A model that differs from another by its length only. */
const model = (length: number): EditionModel => ({
  blocks: [],
  notes: [],
  mentions: [],
  marks: [],
  translations: {},
  length,
});

describe('the edition store', () => {
  test('gives back exactly the model stored, under a name that changes with it', () => {
    const first = storeEdition(dir, 'report', model(10));
    expect(isStoredEdition(first)).toBe(true);
    expect(loadEdition(dir, first)).toEqual(model(10));
    const second = storeEdition(dir, 'report', model(11));
    expect(second.stored).not.toBe(first.stored);
    expect(loadEdition(dir, second)).toEqual(model(11));
  });

  test("keeps one model per edition, and never another edition's", () => {
    storeEdition(dir, 'report-extra', model(1));
    storeEdition(dir, 'plan', model(2));
    const latest = storeEdition(dir, 'report', model(12));
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(3);
    expect(names).toContain(latest.stored);
    expect(names.filter((name) => name.startsWith('report-extra.'))).toHaveLength(1);
    expect(names.filter((name) => name.startsWith('plan.'))).toHaveLength(1);
  });

  test('a module without a stored model is told apart', () => {
    expect(isStoredEdition(undefined)).toBe(false);
    expect(isStoredEdition(model(1))).toBe(false);
  });
});
