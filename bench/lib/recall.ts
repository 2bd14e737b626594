/**
 * Recall of exact substrings at scale: queries cut from the generated texts
 * (substrings, numbers, Latin words, single characters), the paragraphs that
 * hold each counted in those texts by the tests' own oracle
 * (tests/helpers/oracle-text.ts), against the hits the real search page shows.
 * Neither the queries nor the expected counts touch the search code.
 */
import type { Browser } from 'playwright-core';
import { seededRandom } from '../../src/lib/random.ts';
import { foldText, textContains } from '../../tests/helpers/oracle-text.ts';
import { hitAddresses } from './browser-measures.ts';

export interface GeneratedSource {
  slug: string;
  paragraphs: string[];
}

export interface RecallMeasure {
  queries: number;
  /** Queries of each kind that fit (a kind may have none at scale: every single character is common). */
  byKind: Record<string, number>;
  expected: number;
  found: number;
  recall: number;
  misses: string[];
}

/** A corpus's paragraphs folded once (the oracle's folding), beside their texts. */
interface FoldedSource {
  slug: string;
  paragraphs: { text: string; folded: string }[];
}

/**
 * Paragraphs per source holding the query, by the oracle, or undefined once
 * more than `limit` do. A paragraph whose folded text lacks the folded query
 * cannot hold it (textContains looks for the one in the other), so only the
 * rest are asked.
 */
function expectedCounts(
  sources: readonly FoldedSource[],
  query: string,
  limit: number,
): Map<string, number> | undefined {
  const needle = foldText(query);
  const counts = new Map<string, number>();
  let total = 0;
  for (const source of sources) {
    let count = 0;
    for (const paragraph of source.paragraphs)
      if (paragraph.folded.includes(needle) && textContains(paragraph.text, query)) count += 1;
    if (count === 0) continue;
    counts.set(source.slug, count);
    total += count;
    if (total > limit) return undefined;
  }
  return counts;
}

/** Candidate queries of each kind, cut from random paragraphs. */
function* candidateQueries(sources: readonly GeneratedSource[], seed: number) {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  for (;;) {
    const paragraph = [...pick(pick(sources).paragraphs)];
    const kind = Math.floor(next() * 4);
    if (kind === 0) {
      const length = 2 + Math.floor(next() * 5);
      const start = Math.floor(next() * Math.max(1, paragraph.length - length));
      yield {
        kind: 'substring',
        text: paragraph
          .slice(start, start + length)
          .join('')
          .trim(),
      };
    } else if (kind === 1) {
      const numbers = paragraph.join('').match(/\d+(?:\.\d+)?/gu) ?? [];
      if (numbers.length > 0) yield { kind: 'number', text: pick(numbers) };
    } else if (kind === 2) {
      const words = paragraph.join('').match(/[A-Za-z]{2,}/gu) ?? [];
      if (words.length > 0) yield { kind: 'latin', text: pick(words) };
    } else {
      const han = paragraph.filter((character) => /\p{Script=Han}/u.test(character));
      if (han.length > 0) yield { kind: 'character', text: pick(han) };
    }
  }
}

/**
 * Up to `perKind` queries of each kind whose hits fit the search's first
 * screens (at most `maxParagraphs` paragraphs, so no cap on candidates
 * applies), each searched on the real search page.
 */
export async function exactSubstringRecall(
  browser: Browser,
  site: string,
  sources: readonly GeneratedSource[],
  { perKind = 4, maxParagraphs = 60, seed = 7 } = {},
): Promise<RecallMeasure> {
  const folded = sources.map((source) => ({
    slug: source.slug,
    paragraphs: source.paragraphs.map((text) => ({ text, folded: foldText(text) })),
  }));
  const chosen: { kind: string; text: string; counts: Map<string, number> }[] = [];
  const taken = new Map<string, number>();
  const refused = new Map<string, number>();
  let tries = 0;
  for (const query of candidateQueries(sources, seed)) {
    if (++tries > 5000 || chosen.length >= perKind * 4) break;
    // A kind none of whose last 500 candidates fits is given up (single characters at scale).
    if ((taken.get(query.kind) ?? 0) >= perKind || (refused.get(query.kind) ?? 0) >= 500) continue;
    if (!/[\p{L}\p{N}]/u.test(query.text)) continue;
    if (chosen.some((other) => other.text === query.text)) continue;
    const counts = expectedCounts(folded, query.text, maxParagraphs);
    if (!counts || counts.size === 0) {
      refused.set(query.kind, (refused.get(query.kind) ?? 0) + 1);
      continue;
    }
    refused.set(query.kind, 0);
    chosen.push({ ...query, counts });
    taken.set(query.kind, (taken.get(query.kind) ?? 0) + 1);
  }
  const page = await browser.newPage();
  let expected = 0;
  let found = 0;
  const misses: string[] = [];
  for (const query of chosen) {
    const got = new Map<string, Set<string>>();
    for (const address of await hitAddresses(page, site, query.text)) {
      const slug = address.split('/')[2] ?? '';
      got.set(slug, (got.get(slug) ?? new Set()).add(address));
    }
    for (const [slug, count] of query.counts) {
      const shown = got.get(slug)?.size ?? 0;
      expected += count;
      found += Math.min(count, shown);
      if (shown < count) misses.push(`${query.kind} ${query.text}: ${slug} ${shown}/${count}`);
    }
  }
  await page.close();
  return {
    queries: chosen.length,
    byKind: Object.fromEntries(taken),
    expected,
    found,
    recall: expected === 0 ? 1 : Math.round((found / expected) * 10000) / 10000,
    misses: misses.slice(0, 20),
  };
}
