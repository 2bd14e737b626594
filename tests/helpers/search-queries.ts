/**
 * A query set drawn from the content itself, in four categories: substrings
 * of several lengths at seeded positions of the originals, quoted names and
 * titles, numbers with their units, and phrases that cross a word boundary
 * (a glossary name without its first or last character, such as 士港 of
 * 院士港). Only queries that some published paragraph contains are kept, so
 * each has an answer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glossaryEntries, ORIGINALS_DIR, originalFiles } from './content.ts';
import { textContains } from './oracle-text.ts';

export type QueryCategory = 'substring' | 'quoted' | 'number' | 'boundary';

export interface Query {
  text: string;
  category: QueryCategory;
}

/** A small seeded generator (mulberry32), so the query set is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDLIKE = /^[\p{Script=Han}\p{L}\p{N}]+$/u;
/** Latin words and numbers are indexed whole and matched from their start: a query must not begin inside one. */
const STARTS_INSIDE_WORD = (line: string[], start: number) =>
  start > 0 && /[A-Za-z0-9]/u.test(line[start - 1]!) && /[A-Za-z0-9]/u.test(line[start]!);
const HAN_ONLY = /^\p{Script=Han}{3,}$/u;

export function buildQuerySet(
  paragraphs: readonly string[],
  { perLength = 4, seed = 7 } = {},
): Query[] {
  const next = seeded(seed);
  const queries = new Map<string, QueryCategory>();
  const add = (text: string, category: QueryCategory) => {
    if (!queries.has(text)) queries.set(text, category);
  };
  const originals = originalFiles().map((name) => readFileSync(join(ORIGINALS_DIR, name), 'utf8'));
  for (const original of originals) {
    const lines = original
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length >= 12);
    for (const length of [2, 3, 4, 6, 9]) {
      for (let taken = 0, tries = 0; taken < perLength && tries < 200; tries += 1) {
        const characters = [...lines[Math.floor(next() * lines.length)]!];
        const start = Math.floor(next() * Math.max(1, characters.length - length));
        const candidate = characters.slice(start, start + length).join('');
        if (!WORDLIKE.test(candidate) || STARTS_INSIDE_WORD(characters, start)) continue;
        add(candidate, 'substring');
        taken += 1;
      }
    }
    const text = lines.join('\n');
    for (const match of text.matchAll(/[“《]([^”》]{2,12})[”》]/gu))
      if (next() < 0.15) add(match[1]!, 'quoted');
    for (const match of text.matchAll(/(?<![\d.A-Za-z])\d+(?:\.\d+)?[个万亿元%家所项条]/gu))
      if (next() < 0.1) add(match[0], 'number');
  }
  const corpus = originals.join('\n');
  const names = glossaryEntries()
    .flatMap((entry) => [entry.name, ...entry.aliases])
    .filter((name) => HAN_ONLY.test(name) && corpus.includes(name));
  for (const name of names)
    if (next() < 0.25) add(next() < 0.5 ? name.slice(1) : name.slice(0, -1), 'boundary');
  return [...queries]
    .map(([text, category]) => ({ text, category }))
    .filter((query) => paragraphs.some((paragraph) => textContains(paragraph, query.text)));
}
