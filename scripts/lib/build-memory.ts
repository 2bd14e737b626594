/**
 * How much memory `astro build` may take for a corpus. Astro holds every
 * edition's compiled module and the models of all of them while it renders,
 * so its JavaScript heap grows with the corpus: measured on the synthetic
 * corpora (README, "Scale"), 5,000 sources stop at Node's default limit
 * (about 4.4 GB on a 24 GB machine) with "JavaScript heap out of memory" and
 * build in 6 GB. The build gets 1 GB and 1 MB per source, never less than
 * Node's default: the default up to about 3,400 sources, 6 GB at 5,000, 11 GB
 * at 10,000. A heap set in NODE_OPTIONS is left as it is.
 */
import { readdirSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';

/** The heap limit (MB) for building `sources` editions. */
export function buildHeapMB(sources: number): number {
  const nodeDefault = Math.round(getHeapStatistics().heap_size_limit / 2 ** 20);
  return Math.max(nodeDefault, 1024 + sources);
}

/** The editions in a sources folder. */
export function countSources(sourcesDir: string): number {
  return readdirSync(sourcesDir).filter((name) => name.endsWith('.mdx')).length;
}

/** Node's flags for an `astro build` of `sources` editions: empty when NODE_OPTIONS sets the heap. */
export function buildNodeFlags(sources: number): string[] {
  if (/--max-old-space-size/u.test(process.env['NODE_OPTIONS'] ?? '')) return [];
  return [`--max-old-space-size=${buildHeapMB(sources)}`];
}
