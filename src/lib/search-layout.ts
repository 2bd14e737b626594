/**
 * Where the search index and the texts it stands for are published, and in
 * what shape: shared by the build that writes them (search-records.ts,
 * integrations/search-index.ts) and the client that reads them
 * (scripts/search/engine.ts). No dependencies, so the client bundle stays small.
 */

/**
 * The language code of the Chinese records: "undetermined language, Han
 * script". Pagefind segments (zh, ja, th) and stems by a record's language;
 * under this code it does neither, so the bigram terms are indexed as given,
 * and the runtime, searching under it, does not segment the query either.
 */
export const SEARCH_LANGUAGE = 'und-hani';

/** The language of the English pages' records: Pagefind stems it and loads it on `<html lang="en">`. */
export const ENGLISH_SEARCH_LANGUAGE = 'en';

/** Kinds of entry, as the results show them. */
export const RECORD_KINDS = {
  passage: 'passage',
  title: 'title',
  note: 'note',
  introduction: 'introduction',
  entity: 'entity',
} as const;

export type RecordKind = (typeof RECORD_KINDS)[keyof typeof RECORD_KINDS];

/** One hit readers may see: a paragraph, title, note or introduction of a source. */
export interface SearchEntry {
  /** passage, title, note or introduction (RECORD_KINDS). */
  kind: RecordKind;
  /** Where the hit lands: the source page and the entry's address (/sources/x/#p3). */
  url: string;
  /** A passage's label (12), a note's number. */
  label?: string;
  /** The label of the passage a note is attached to. */
  paragraph?: string;
  /** Position in its source, for reading order. */
  order: number;
  /** The text a hit is checked against and shown from. */
  text: string;
  /** An English entry's Chinese: the text it translates. */
  textZh?: string;
}

/** A section's texts, published beside the index at its record's url. */
export interface SectionText {
  source: string;
  title: string;
  date: string;
  /** `en` for the English pages' entries, else `zh`. */
  lang: 'zh' | 'en';
  /** The source's filters (来源, 发布者, 年份, 类型), as its Pagefind record has them: facets for sections found outside Pagefind. */
  filters: Record<string, string[]>;
  entries: SearchEntry[];
}

/** Where a section's texts are published, relative to the site's root. */
export const sectionPath = (slug: string, lang: 'zh' | 'en', index: number) =>
  `/search-text/${slug}/${lang}-${index}.json`;

/** Where the list of the index's other shards is published, relative to the site's root. */
export const SHARDS_FILE = '/pagefind-shards.json';

/** The shard (1-based) whose index holds the glossary's records, beside its sources. */
export const GLOSSARY_SHARD = 1;

/** The directory of shard `k` (1-based) of the index, relative to the site's root. */
export const shardDirectory = (k: number) => (k === 1 ? '/pagefind/' : `/pagefind-${k}/`);

/**
 * The trigram directory of shard `k` (1-based), relative to the site's root:
 * for each language a manifest (`<lang>.json`, a {@link TrigramManifest}),
 * its buckets (`<lang>-<n>.json`, each a {@link TrigramBucket}), and in the
 * {@link GLOSSARY_SHARD} the ids of the glossary's records (`entities.json`).
 * See src/lib/search-trigrams.ts.
 */
export const trigramDirectory = (k: number) => `/search-trigrams/${k}/`;

/** A shard's sections of one language, in order, and how many buckets its trigrams fill. */
export interface TrigramManifest {
  /** Buckets the trigrams are hashed into ({@link trigramBucket}); 0 when there are none. */
  buckets: number;
  /** Each source of the shard as its slug and its number of sections: section ordinals run through them in order. */
  sources: [slug: string, sections: number][];
}

/** Each trigram of a bucket, with the ordinals of the sections holding it, as gaps (the first from 0). */
export type TrigramBucket = Record<string, number[]>;

/** The bucket a trigram is in: FNV-1a of its UTF-16 code units, modulo the number of buckets. */
export function trigramBucket(trigram: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < trigram.length; index += 1) {
    hash ^= trigram.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** The ordinals of a trigram's sections, from its gaps in a bucket. */
export function ordinalsOf(gaps: readonly number[]): number[] {
  let ordinal = 0;
  return gaps.map((gap) => (ordinal += gap));
}
