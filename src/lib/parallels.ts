/**
 * Parallel passages: text reused between sources (two newspapers printing
 * the same report, a plan quoted in a later article). Passages are compared
 * by their shared character 4-grams (shingling, Broder 1997): two passages
 * are parallel when the shingles they share make up at least half of the
 * shorter one's. Differences between two parallels are shown as a
 * character diff (longest common subsequence).
 */
import { normalizeForComparison } from './text.ts';

export interface PassageRef {
  source: string;
  id: string;
  label: string;
  /**
   * The passage's place in its source's reading order. Parallels are listed in
   * reading order; a label cannot give it (p9a, an address added later, follows p9).
   */
  position: number;
  text: string;
}

export interface Parallel {
  a: PassageRef;
  b: PassageRef;
  /** Shared shingles over the shorter passage's shingles, 0–1. */
  overlap: number;
}

const SHINGLE = 4;
/** Passages shorter than this (headings, captions) are too short to call reuse. */
const MIN_LENGTH = 24;
/**
 * A shingle held by more passages than this is common phrasing (的发展, 青岛市),
 * not evidence of reuse; skipping it keeps the comparison near-linear in the
 * number of passages instead of quadratic.
 */
const MAX_HOLDERS = 40;

function shingles(text: string): Set<string> {
  const characters = [...normalizeForComparison(text)];
  const set = new Set<string>();
  for (let index = 0; index + SHINGLE <= characters.length; index += 1)
    set.add(characters.slice(index, index + SHINGLE).join(''));
  return set;
}

/** Every pair of passages from different sources that share at least `threshold` of the shorter's shingles. */
export function findParallels(passages: readonly PassageRef[], threshold = 0.5): Parallel[] {
  const candidates = passages
    .filter((passage) => [...normalizeForComparison(passage.text)].length >= MIN_LENGTH)
    .map((passage) => ({ passage, shingles: shingles(passage.text) }));
  // Inverted index: shingle → passages holding it, so only passages sharing something are compared.
  const holders = new Map<string, number[]>();
  candidates.forEach(({ shingles: set }, index) => {
    for (const shingle of set) {
      const list = holders.get(shingle);
      if (!list) holders.set(shingle, [index]);
      // Past the limit the shingle is ignored anyway: stop growing its list.
      else if (list.length <= MAX_HOLDERS) list.push(index);
    }
  });
  const shared = new Map<string, number>();
  for (const indexes of holders.values()) {
    if (indexes.length > MAX_HOLDERS) continue;
    for (let i = 0; i < indexes.length; i += 1) {
      for (let j = i + 1; j < indexes.length; j += 1) {
        const [a, b] = [indexes[i]!, indexes[j]!];
        if (candidates[a]!.passage.source === candidates[b]!.passage.source) continue;
        const key = `${a}:${b}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const parallels: Parallel[] = [];
  for (const [key, count] of shared) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    const overlap = count / Math.min(candidates[a]!.shingles.size, candidates[b]!.shingles.size);
    if (overlap >= threshold)
      parallels.push({ a: candidates[a]!.passage, b: candidates[b]!.passage, overlap });
  }
  return parallels.sort(
    (x, y) =>
      x.a.source.localeCompare(y.a.source) ||
      x.a.position - y.a.position ||
      x.b.source.localeCompare(y.b.source) ||
      x.b.position - y.b.position,
  );
}

export type DiffPart = { kind: 'same' | 'only-a' | 'only-b'; text: string };

/** A character diff of two passages: what they share, and what only one has. */
export function diffPassages(a: string, b: string): DiffPart[] {
  const x = [...a];
  const y = [...b];
  // LCS table from the end, so the walk below runs forwards.
  const table = Array.from({ length: x.length + 1 }, () => new Uint16Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      table[i]![j] =
        x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], character: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += character;
    else parts.push({ kind, text: character });
  };
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      push('same', x[i]!);
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) push('only-a', x[i++]!);
    else push('only-b', y[j++]!);
  }
  while (i < x.length) push('only-a', x[i++]!);
  while (j < y.length) push('only-b', y[j++]!);
  return parts;
}
