/**
 * Checks a built site's open data against its own per-source files (used on
 * the real site and on a large synthetic one): the index names each source's
 * file with its true size and counts, and /data/paragraphs.json is either the
 * whole corpus within OPEN_DATA_FILE_LIMIT or the notice pointing to the index.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import {
  OPEN_DATA_FILE_LIMIT,
  paragraphsFileSchema,
  paragraphsMovedSchema,
  sourceFileSchema,
  sourcesFileSchema,
} from '../../src/schemas/open-data.ts';

export function checkOpenData(dist: string, slugs: string[]) {
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const index = sourcesFileSchema.parse(JSON.parse(read('data/sources.json')));
  expect(index.map((entry) => entry.id).sort()).toEqual([...slugs].sort());
  const files = index.map((entry) => {
    const path = new URL(entry.file).pathname;
    expect(path).toBe(`/data/sources/${entry.id}.json`);
    expect(statSync(join(dist, path)).size, path).toBe(entry.bytes);
    const file = sourceFileSchema.parse(JSON.parse(read(path)));
    expect(file.id).toBe(entry.id);
    expect(file.blocks.length, path).toBe(entry.paragraphs);
    expect(file.notes.length, path).toBe(entry.notes);
    return file;
  });
  const paragraphs = JSON.parse(read('data/paragraphs.json')) as unknown;
  const total = files.reduce((sum, file) => sum + file.blocks.length, 0);
  expect(Buffer.byteLength(read('data/paragraphs.json'))).toBeLessThanOrEqual(OPEN_DATA_FILE_LIMIT);
  if (Array.isArray(paragraphs)) {
    const whole = paragraphsFileSchema.parse(paragraphs);
    expect(whole.map(({ source, id, text }) => `${source}#${id} ${text}`)).toEqual(
      files.flatMap((file) => file.blocks.map((block) => `${file.id}#${block.id} ${block.text}`)),
    );
    return { paragraphsFile: 'whole' as const, total };
  }
  const notice = paragraphsMovedSchema.parse(paragraphs);
  expect(notice.paragraphs).toBe(total);
  expect(new URL(notice.index).pathname).toBe('/data/sources.json');
  return { paragraphsFile: 'moved' as const, total };
}
