/**
 * Retired sources for their pages (content/retired.yaml, read and checked by
 * src/lib/retired.ts; its problems stop the build before any page renders):
 * each with every address its ledger published, so that `/sources/<slug>/#p12`
 * and `/en/sources/<slug>/#p12` still answer.
 */
import { readLedger } from '../lib/anchors.ts';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { readRetired } from '../lib/retired.ts';
import type { RetiredSource } from '../schemas/retired.ts';

export interface RetiredPage extends RetiredSource {
  /** Every address the source published, with the first words of its text. */
  addresses: { id: string; text: string }[];
}

export function retiredPages(): RetiredPage[] {
  return readRetired(CONTENT_PATHS.retiredFile).retired.map((entry) => ({
    ...entry,
    addresses: (readLedger(CONTENT_PATHS.ledgerDir, entry.slug)?.anchors ?? []).map(
      ({ id, text }) => ({ id, text }),
    ),
  }));
}

/** The pages of the retired sources, one per slug: the same in both languages' routes. */
export function retiredPaths() {
  return retiredPages().map((retired) => ({
    params: { retired: retired.slug },
    props: { retired },
  }));
}
