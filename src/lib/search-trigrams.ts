/**
 * The trigram directory: for each shard and language, which sections hold
 * each trigram (three consecutive Han characters, see `hanTrigrams`).
 *
 * Why beside the index rather than in it: a record lists each of its bigrams
 * once, and a word is asked by all of its bigrams anywhere in a section of up
 * to forty entries. At thousands of sources that is loose for a rare phrase
 * of common bigrams: at 5,000 sources 983 sections held both 建共 and 共文 and
 * two held 建共文, and the client checks at most 400 candidates. Trigrams as
 * index terms made it exact, but doubled the index: measured at 1,000
 * sources, Pagefind's CPU went from 32 to 84 s, its peak from 5.1 to 9.4 GB
 * and the index metadata every cold query fetches from 51 to 85 KB. The
 * directory costs Pagefind nothing, and the client fetches it only for a
 * word whose bigrams found more candidates than it checks: the manifest of
 * each shard, and for each trigram of the word one bucket per shard.
 *
 * Sections are numbered in the shard's order (its sources in plan order, each
 * source's sections in order), so a posting is a small number, and the
 * manifest turns it back into the section's url (`sectionPath`).
 */
import { hanTrigrams } from './search-text.ts';
import {
  trigramBucket,
  type SectionText,
  type TrigramBucket,
  type TrigramManifest,
} from './search-layout.ts';

/**
 * Postings per bucket, about. A loose word fetches one bucket per trigram
 * and shard. Measured on the synthetic corpora: a bucket of 20,000 postings
 * was 19 KB gzipped (1,000 sources), of 5,000 about 5 KB (3,400 sources in
 * six shards), at the cost of four times the files (about 1,500 per 1,000
 * sources).
 */
export const POSTINGS_PER_BUCKET = 5_000;

/** One shard's trigram directory for one language, filled source by source. */
export class TrigramDirectory {
  private readonly sources: [string, number][] = [];
  private readonly postings = new Map<string, number[]>();
  private sections = 0;
  private count = 0;

  /** A source's sections of this language, in order. */
  addSource(slug: string, sections: readonly SectionText[]): void {
    this.sources.push([slug, sections.length]);
    for (const section of sections) {
      const ordinal = this.sections++;
      const held = new Set(
        section.entries.flatMap((entry) => [
          ...hanTrigrams(entry.text),
          ...(entry.textZh ? hanTrigrams(entry.textZh) : []),
        ]),
      );
      for (const trigram of held) {
        const list = this.postings.get(trigram);
        if (list) list.push(ordinal);
        else this.postings.set(trigram, [ordinal]);
      }
      this.count += held.size;
    }
  }

  /** The manifest and its buckets (postings as gaps), ready to be written. */
  files(postingsPerBucket = POSTINGS_PER_BUCKET): {
    manifest: TrigramManifest;
    buckets: TrigramBucket[];
  } {
    const count = this.postings.size === 0 ? 0 : Math.ceil(this.count / postingsPerBucket);
    const buckets: TrigramBucket[] = Array.from({ length: count }, () => ({}));
    for (const [trigram, ordinals] of this.postings)
      buckets[trigramBucket(trigram, count)]![trigram] = ordinals.map(
        (ordinal, index) => ordinal - (ordinals[index - 1] ?? 0),
      );
    return { manifest: { buckets: count, sources: this.sources }, buckets };
  }
}
