/**
 * The site's own trigram-directory lookup (src/scripts/search/trigram-directory.ts)
 * run in Node against a built site's files on disk, so tests can ask what the
 * browser would be given. The module is loaded afresh for each call, since it
 * keeps the files it has fetched (by site path, the same in every build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { SectionText } from '../../src/lib/search-layout.ts';

/** How many shards a built site's index has. */
export function shardCount(dist: string): number {
  const list = join(dist, 'pagefind-shards.json');
  return existsSync(list) ? (JSON.parse(readFileSync(list, 'utf8')) as string[]).length + 1 : 1;
}

/** The urls of the sections of a built site whose entries hold every one of the trigrams. */
export async function directorySections(
  dist: string,
  trigrams: readonly string[],
  lang: 'zh' | 'en',
): Promise<string[]> {
  vi.resetModules();
  const { sectionsHolding } = await import('../../src/scripts/search/trigram-directory.ts');
  vi.stubGlobal('fetch', async (url: string) => {
    const path = join(dist, url);
    return existsSync(path) ? new Response(readFileSync(path)) : new Response('', { status: 404 });
  });
  try {
    return await sectionsHolding(trigrams, lang, shardCount(dist));
  } finally {
    vi.unstubAllGlobals();
  }
}

/** The addresses of the entries of a built site's sections. */
export function sectionAddresses(dist: string, urls: readonly string[]): Set<string> {
  return new Set(
    urls.flatMap((url) =>
      (JSON.parse(readFileSync(join(dist, url), 'utf8')) as SectionText).entries.map(
        (entry) => entry.url,
      ),
    ),
  );
}
