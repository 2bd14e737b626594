/**
 * What a reader's query asks for, parsed once: its words, and whether a
 * passage must hold all of them or any one.
 *
 * - Words are separated by spaces: `院士港 张村河` asks for passages holding
 *   both, each as typed (its characters in order, ignoring punctuation).
 * - Quotes ("…", “…”, 「…」) keep spaces inside one word: `"Laoshan District"`.
 * - `|` between words asks for any of them: `张村河 | 张村河流域` (how the
 *   search offers an entity's name and aliases).
 *
 * Words are folded as the index folds text (see normalizeQuery), so the
 * parse is the same for full-width, traditional-converted or pasted input.
 */
import { normalizeQuery } from './search-text.ts';

export interface ParsedQuery {
  /** The words, folded, without duplicates, in the order typed. */
  words: string[];
  /** `all`: a hit holds every word; `any`: a hit holds one or more. */
  mode: 'all' | 'any';
}

/** A quoted phrase, or a run of anything but spaces and quotes. */
const TOKEN = /["“”「」『』]([^"“”「」『』]*)["“”「」『』]?|[^\s"“”「」『』]+/gu;

/** Parse a raw query into its words. An empty or punctuation-only query has none. */
export function parseQuery(raw: string): ParsedQuery {
  const mode = /[|｜]/u.test(raw) ? 'any' : 'all';
  const words: string[] = [];
  const add = (word: string) => {
    const folded = normalizeQuery(word);
    if (folded && !words.includes(folded)) words.push(folded);
  };
  for (const part of raw.split(/[|｜]/u)) {
    if (mode === 'any') add(part.replace(/["“”「」『』]/gu, ' '));
    else for (const [token, phrase] of part.matchAll(TOKEN)) add(phrase ?? token);
  }
  return { words, mode };
}

/** A query as it is written back into a box or a URL: words joined by spaces, or by ` | `. */
export function formatQuery(query: ParsedQuery): string {
  const quote = (word: string) => (word.includes(' ') && query.mode === 'all' ? `"${word}"` : word);
  return query.words.map(quote).join(query.mode === 'any' ? ' | ' : ' ');
}
