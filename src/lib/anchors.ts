/**
 * Paragraph addresses that never break.
 *
 * Every block of an edition (paragraph, heading, list item, table, 专栏 box)
 * has an id such as `p12`. A committed ledger per source
 * (`content/anchors/<slug>.json`) records each id with a fingerprint of the
 * original text it points at. Ids are matched to blocks by fingerprint, not
 * by position, so inserting a paragraph never shifts the ids after it:
 *
 * - a block the ledger does not know yet has no address until the ledger is
 *   updated, which gives it a new id after its predecessor (`p11a`);
 * - an id whose text no longer exists as a block (split, merged, removed)
 *   must be redirected to the block that now holds its text, and an old
 *   link then lands there.
 *
 * - an id whose text the editor has left out, inside an `<Omission>`,
 *   stays with its text: the address lands on the omission record, which
 *   shows the omitted passage (never on another paragraph).
 *
 * The build fails on either of the first two, listing the ids and the way out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeForComparison } from './text.ts';

/** A block of an edition, in document order, as the anchor plugin reads it. */
export interface AnchorBlock {
  /** Fingerprint of the block's original (printed) text. */
  fingerprint: string;
  /** The block's text, for messages and the ledger's preview. */
  text: string;
  /** Line in the MDX file, for messages. */
  line: number;
}

export interface LedgerEntry {
  id: string;
  fingerprint: string;
  /** The first characters of the text, so people can read the ledger. */
  text: string;
}

export interface Ledger {
  /** Slug of the source this ledger belongs to. */
  source: string;
  /** Every address ever given, in document order. */
  anchors: LedgerEntry[];
  /** Old id → the id of the block that now holds its text. */
  redirects: Record<string, string>;
}

export interface UnaddressedBlock {
  index: number;
  line: number;
  text: string;
  /** The id `updateLedger` would give it. */
  proposedId: string;
}

export interface AnchorAssignment {
  /** Id of each block, in document order; unaddressed blocks carry their proposed id. */
  ids: string[];
  /** Blocks the ledger does not know. */
  unaddressed: UnaddressedBlock[];
  /** Ledger entries that match no block and have no redirect. */
  vanished: LedgerEntry[];
  /** Redirects whose target is not a current block, or whose source is still in use. */
  brokenRedirects: { from: string; to: string; reason: string }[];
  /** Redirected old ids grouped by the block id they land on. */
  aliases: Map<string, string[]>;
  /** Ids whose text is now inside an omission record, by the omitted block's index. */
  omitted: Map<number, string[]>;
}

const PREVIEW_LENGTH = 24;

/** Fingerprint of a block's text: layout (spaces, punctuation width) does not change it. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(normalizeForComparison(text)).digest('hex').slice(0, 12);
}

/** Label shown to readers for an id: `p12` → `12`, `p11a` → `11a`. */
export function anchorLabel(id: string): string {
  return id.replace(/^p/u, '');
}

export function preview(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return [...flat].length > PREVIEW_LENGTH
    ? `${[...flat].slice(0, PREVIEW_LENGTH).join('')}…`
    : flat;
}

/** A new id after `previous`: `p11` → `p11a`, then `p11b`; before every block: `p0a`. */
function idAfter(previous: string | undefined, taken: ReadonlySet<string>): string {
  const base = previous === undefined ? 'p0' : previous.replace(/[a-z]+$/u, '');
  let suffix = previous !== undefined && previous !== base ? previous.slice(base.length) : '';
  do suffix = nextSuffix(suffix);
  while (taken.has(`${base}${suffix}`));
  return `${base}${suffix}`;
}

/** '' → 'a', 'a' → 'b', 'z' → 'za': always sorts after its input. */
function nextSuffix(suffix: string): string {
  if (suffix === '') return 'a';
  const last = suffix.at(-1)!;
  return last === 'z'
    ? `${suffix}a`
    : `${suffix.slice(0, -1)}${String.fromCharCode(last.charCodeAt(0) + 1)}`;
}

/** Ids for the blocks of a new edition: p1, p2, … */
function positionalIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `p${index + 1}`);
}

/**
 * Give each block its address from the ledger. Without a ledger (a new
 * edition, a test fixture), blocks are numbered p1, p2, … in order.
 */
export function assignAnchors(
  blocks: readonly AnchorBlock[],
  ledger: Ledger | undefined,
  omittedBlocks: readonly AnchorBlock[] = [],
): AnchorAssignment {
  if (ledger === undefined) {
    return {
      ids: positionalIds(blocks.length),
      unaddressed: [],
      vanished: [],
      brokenRedirects: [],
      aliases: new Map(),
      omitted: new Map(),
    };
  }
  // Ids waiting for each fingerprint, in ledger order: duplicates (the same
  // text twice) are matched first to first.
  const waiting = new Map<string, LedgerEntry[]>();
  for (const entry of ledger.anchors) {
    const queue = waiting.get(entry.fingerprint) ?? [];
    queue.push(entry);
    waiting.set(entry.fingerprint, queue);
  }
  const taken = new Set([
    ...ledger.anchors.map((entry) => entry.id),
    ...Object.keys(ledger.redirects),
  ]);
  const ids: string[] = [];
  const unaddressed: UnaddressedBlock[] = [];
  blocks.forEach((block, index) => {
    const match = waiting.get(block.fingerprint)?.shift();
    if (match) {
      ids.push(match.id);
      return;
    }
    const proposedId = idAfter(ids.at(-1), taken);
    taken.add(proposedId);
    ids.push(proposedId);
    unaddressed.push({ index, line: block.line, text: block.text, proposedId });
  });

  // A vanished id whose text is now a passage inside an <Omission> points at that record.
  const omitted = new Map<number, string[]>();
  omittedBlocks.forEach((block, index) => {
    const match = waiting.get(block.fingerprint)?.shift();
    if (match) omitted.set(index, [...(omitted.get(index) ?? []), match.id]);
  });
  const current = new Set(ids);
  const vanished = [...waiting.values()]
    .flat()
    .filter((entry) => ledger.redirects[entry.id] === undefined);
  const brokenRedirects: AnchorAssignment['brokenRedirects'] = [];
  const aliases = new Map<string, string[]>();
  for (const [from, to] of Object.entries(ledger.redirects)) {
    if (current.has(from))
      brokenRedirects.push({ from, to, reason: `${from} is still the address of a block` });
    else if (!current.has(to) || unaddressed.some((block) => block.proposedId === to))
      brokenRedirects.push({ from, to, reason: `${to} is not the address of any block` });
    else aliases.set(to, [...(aliases.get(to) ?? []), from]);
  }
  return { ids, unaddressed, vanished, brokenRedirects, aliases, omitted };
}

/** Characters two texts share as bigrams: how much of `a` survives in `b`. */
function overlap(a: string, b: string): number {
  const bigrams = new Set<string>();
  for (let index = 0; index + 1 < b.length; index += 1) bigrams.add(b.slice(index, index + 2));
  let shared = 0;
  for (let index = 0; index + 1 < a.length; index += 1)
    if (bigrams.has(a.slice(index, index + 2))) shared += 1;
  return shared;
}

export interface LedgerUpdate {
  ledger: Ledger;
  added: { id: string; text: string }[];
  redirected: { from: string; to: string }[];
  /** Vanished ids no block holds enough of: the editor must say where their text went. */
  unplaced: LedgerEntry[];
}

/** A vanished id is redirected only to a block holding at least this share of its text. */
const REDIRECT_MIN_OVERLAP = 0.5;

/**
 * The ledger after an edit: new blocks get their proposed ids; each vanished
 * id is redirected to the block that shares most of its text (for a split,
 * the first part; for a merge, the merged block). Existing ids never change.
 */
export function updateLedger(
  source: string,
  blocks: readonly AnchorBlock[],
  ledger: Ledger | undefined,
  omittedBlocks: readonly AnchorBlock[] = [],
): LedgerUpdate {
  const assignment = assignAnchors(blocks, ledger, omittedBlocks);
  const previous = new Map(ledger?.anchors.map((entry) => [entry.id, entry]) ?? []);
  const anchors: LedgerEntry[] = blocks.map((block, index) => {
    const id = assignment.ids[index]!;
    return previous.get(id) ?? { id, fingerprint: block.fingerprint, text: preview(block.text) };
  });
  // Vanished entries stay in the ledger: an address, once given, is never reused.
  const kept = new Set(anchors.map((entry) => entry.id));
  for (const entry of ledger?.anchors ?? []) if (!kept.has(entry.id)) anchors.push(entry);

  const redirects = { ...(ledger?.redirects ?? {}) };
  const redirected: LedgerUpdate['redirected'] = [];
  const unplaced: LedgerEntry[] = [];
  const currentIds = new Set(assignment.ids);
  for (const entry of assignment.vanished) {
    const oldText = normalizeForComparison(entry.text.replace(/…$/u, ''));
    let best = 0;
    blocks.forEach((block, index) => {
      if (
        overlap(oldText, normalizeForComparison(block.text)) >
        overlap(oldText, normalizeForComparison(blocks[best]!.text))
      )
        best = index;
    });
    const to = assignment.ids[best];
    // The ledger keeps only a preview of the text: the share is of that preview's bigrams.
    const target = blocks[best];
    const shared = target
      ? overlap(oldText, normalizeForComparison(target.text)) / Math.max(1, oldText.length - 1)
      : 0;
    if (shared < REDIRECT_MIN_OVERLAP) {
      unplaced.push(entry);
      continue;
    }
    if (to !== undefined && currentIds.has(to)) {
      redirects[entry.id] = to;
      redirected.push({ from: entry.id, to });
    }
  }
  return {
    ledger: {
      source,
      anchors,
      redirects: Object.fromEntries(
        Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
      ),
    },
    added: assignment.unaddressed.map((block) => ({
      id: block.proposedId,
      text: preview(block.text),
    })),
    redirected,
    unplaced,
  };
}

/** The ledger as committed: one address per line, so diffs show exactly what changed. */
export function formatLedger(ledger: Ledger): string {
  const anchors = ledger.anchors.map(
    (entry) =>
      `    ${JSON.stringify({ id: entry.id, fingerprint: entry.fingerprint, text: entry.text })}`,
  );
  return `{\n  "source": ${JSON.stringify(ledger.source)},\n  "anchors": [\n${anchors.join(',\n')}\n  ],\n  "redirects": ${JSON.stringify(ledger.redirects)}\n}\n`;
}

/** Problems that stop the build, each with what to do about it. */
export function anchorProblems(assignment: AnchorAssignment): string[] {
  return [
    ...assignment.unaddressed.map(
      (block) =>
        `line ${block.line}: a new block has no address yet (it would get ${block.proposedId}): 「${preview(block.text)}」`,
    ),
    ...assignment.vanished.map(
      (entry) =>
        `${entry.id} no longer points at its text 「${entry.text}」 (split, merged or removed): record where that text is now`,
    ),
    ...assignment.brokenRedirects.map(
      (redirect) => `redirect ${redirect.from} → ${redirect.to}: ${redirect.reason}`,
    ),
  ];
}

/** Where the ledger of a source lives. */
export function ledgerPath(ledgerDir: string, slug: string): string {
  return join(ledgerDir, `${slug}.json`);
}

/** The committed ledger of a source, or undefined for a source that has none yet. */
export function readLedger(ledgerDir: string, slug: string): Ledger | undefined {
  const path = ledgerPath(ledgerDir, slug);
  if (!existsSync(path)) return undefined;
  const ledger = JSON.parse(readFileSync(path, 'utf8')) as Ledger;
  if (!Array.isArray(ledger.anchors) || typeof ledger.redirects !== 'object') {
    throw new Error(
      `${path}: not an anchor ledger (expected { source, anchors: [], redirects: {} })`,
    );
  }
  return ledger;
}

/** Write a ledger in its committed form. */
export function writeLedger(ledgerDir: string, ledger: Ledger): void {
  writeFileSync(ledgerPath(ledgerDir, ledger.source), formatLedger(ledger));
}
