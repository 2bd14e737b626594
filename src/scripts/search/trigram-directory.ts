/**
 * Sections that hold every trigram of a word, from the trigram directory
 * (src/lib/search-trigrams.ts), and the ids of the glossary's records. The
 * client asks it only for a word whose bigrams found more candidate sections
 * than it checks: a rare phrase of common bigrams at thousands of sources.
 */
import { href } from '../../data/links.ts';
import {
  GLOSSARY_SHARD,
  ordinalsOf,
  sectionPath,
  trigramBucket,
  trigramDirectory,
  type TrigramBucket,
  type TrigramManifest,
} from '../../lib/search-layout.ts';

const files = new Map<string, Promise<unknown>>();

/** A directory file, fetched once. */
function directoryFile<T>(path: string): Promise<T> {
  let loaded = files.get(path);
  if (!loaded) {
    loaded = fetch(href(path)).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    });
    loaded.catch(() => files.delete(path));
    files.set(path, loaded);
  }
  return loaded as Promise<T>;
}

/** The urls of shard `k`'s sections that hold every one of the trigrams, in reading order. */
async function shardSections(
  k: number,
  lang: 'zh' | 'en',
  trigrams: readonly string[],
): Promise<string[]> {
  const dir = trigramDirectory(k);
  const manifest = await directoryFile<TrigramManifest>(`${dir}${lang}.json`);
  if (manifest.buckets === 0) return [];
  const lists = await Promise.all(
    trigrams.map(async (trigram) => {
      const bucket = trigramBucket(trigram, manifest.buckets);
      const postings = await directoryFile<TrigramBucket>(`${dir}${lang}-${bucket}.json`);
      return ordinalsOf(Object.hasOwn(postings, trigram) ? postings[trigram]! : []);
    }),
  );
  const [shortest = [], ...others] = lists.sort((a, b) => a.length - b.length);
  const inOthers = others.map((list) => new Set(list));
  const held = shortest.filter((ordinal) => inOthers.every((set) => set.has(ordinal)));
  const urls: string[] = [];
  let first = 0;
  let next = 0;
  for (const [slug, sections] of manifest.sources) {
    for (; next < held.length && held[next]! < first + sections; next += 1)
      urls.push(sectionPath(slug, lang, held[next]! - first));
    first += sections;
  }
  return urls;
}

/** The urls of the sections, in every shard, whose entries hold every one of the trigrams. */
export async function sectionsHolding(
  trigrams: readonly string[],
  lang: 'zh' | 'en',
  shards: number,
): Promise<string[]> {
  const perShard = await Promise.all(
    Array.from({ length: shards }, (_, index) => shardSections(index + 1, lang, trigrams)),
  );
  return perShard.flat();
}

/** The ids Pagefind gives the glossary's records (all in the glossary's shard). */
export async function entityRecordIds(): Promise<Set<string>> {
  return new Set(await directoryFile<string[]>(`${trigramDirectory(GLOSSARY_SHARD)}entities.json`));
}
