/**
 * A query set drawn from the originals themselves: substrings of several
 * lengths at seeded positions, quoted names and titles, numbers with their
 * units, and phrases that cross a word boundary (士港, 村河片). Only queries
 * that some paragraph of the site contains are kept, so each has an answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containsQuery } from '../../src/lib/search-text.ts';
import { seededRandom } from '../../src/lib/random.ts';

export interface SitePassage {
  url: string;
  text: string;
}

const WORDLIKE = /^[\p{Script=Han}\p{L}\p{N}]+$/u;
/** Latin words and numbers are indexed whole and matched from their start: a query must not begin inside one. */
const STARTS_INSIDE_WORD = (line: string[], start: number) => start > 0 && /[A-Za-z0-9]/u.test(line[start - 1]!) && /[A-Za-z0-9]/u.test(line[start]!);
const BOUNDARY_PHRASES = ['士港', '村河片', '城市更', '新区', '攻势质询'];

export function buildQuerySet(originalsDir: string, passages: readonly SitePassage[], { perLength = 5, seed = 7 } = {}): string[] {
  const next = seededRandom(seed);
  const queries = new Set<string>(BOUNDARY_PHRASES);
  for (const name of readdirSync(originalsDir).filter((file) => file.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(originalsDir, name), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line.length >= 12);
    for (const length of [2, 3, 4, 6, 9]) {
      for (let taken = 0, tries = 0; taken < perLength && tries < 200; tries += 1) {
        const line = lines[Math.floor(next() * lines.length)]!;
        const characters = [...line];
        const start = Math.floor(next() * Math.max(1, characters.length - length));
        const candidate = characters.slice(start, start + length).join('');
        if (!WORDLIKE.test(candidate) || STARTS_INSIDE_WORD(characters, start)) continue;
        queries.add(candidate);
        taken += 1;
      }
    }
    const text = lines.join('\n');
    for (const match of text.matchAll(/[“《]([^”》]{2,12})[”》]/gu)) if (next() < 0.15) queries.add(match[1]!);
    for (const match of text.matchAll(/\d+(?:\.\d+)?[个万亿元%家所项条]/gu)) if (next() < 0.1) queries.add(match[0]);
  }
  return [...queries].filter((query) => passages.some((passage) => containsQuery(passage.text, query)));
}
