/**
 * The corpus on disk: originals in `content/originals/`, editions in
 * `content/sources/`. Used by the coverage check, tests and scripts; the site
 * itself reads editions through Astro's content collections.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEdition, type ParsedEdition } from './edition-text.ts';

export const CONTENT_DIR = new URL('../../content/', import.meta.url).pathname;
export const ORIGINALS_DIR = join(CONTENT_DIR, 'originals');
export const SOURCES_DIR = join(CONTENT_DIR, 'sources');

export interface EditionFile extends ParsedEdition {
  slug: string;
  path: string;
  source: string;
  /** The original this edition is made from, as named in its frontmatter. */
  originalFile: string;
  original: string;
}

/** Every edition with its original, sorted by slug. */
export function loadEditions(): EditionFile[] {
  return readdirSync(SOURCES_DIR)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const path = join(SOURCES_DIR, name);
      const source = readFileSync(path, 'utf8');
      const parsed = parseEdition(source);
      const original = parsed.frontmatter['original'] as { file?: unknown } | undefined;
      if (typeof original?.file !== 'string') {
        throw new Error(`${path}:1: frontmatter has no original.file\nhint: name the original, e.g. original: { file: 000_84ced32927626b77.txt, sha256: … }`);
      }
      return {
        ...parsed,
        slug: name.replace(/\.mdx$/u, ''),
        path,
        source,
        originalFile: original.file,
        original: readFileSync(join(ORIGINALS_DIR, original.file), 'utf8'),
      };
    });
}
