import { describe, expect, test } from 'vitest';
import {
  anchorProblems,
  assignAnchors,
  fingerprint,
  updateLedger,
  type AnchorBlock,
  type Ledger,
} from '../../src/lib/anchors.ts';
import { buildFixtureSite } from '../helpers/build-fixture-site.ts';
import { fixtureFolders, INSERTED_EDITION, SPLIT_EDITION } from '../helpers/fixture-editions.ts';

function blocks(...texts: string[]): AnchorBlock[] {
  return texts.map((text, index) => ({ text, fingerprint: fingerprint(text), line: index + 1 }));
}

const PUBLISHED = blocks('第一章 总则', '第一段，原文照录。', '第二段，也照录。', '第三段。');
const LEDGER: Ledger = updateLedger('demo', PUBLISHED, undefined).ledger;

describe('paragraph addresses', () => {
  test('a new edition is numbered p1, p2, … in order', () => {
    expect(assignAnchors(PUBLISHED, undefined).ids).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(LEDGER.anchors.map((entry) => entry.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
  });

  test('layout changes (spaces, punctuation width) keep the fingerprint', () => {
    expect(fingerprint('第一段，原文照录。')).toBe(fingerprint('第一段, 原文 照录。'));
    expect(fingerprint('第一段，原文照录。')).not.toBe(fingerprint('第一段，原文照抄。'));
  });

  test('an inserted paragraph does not shift the ids after it; it has no address until the ledger records one', () => {
    const edited = blocks(
      '第一章 总则',
      '第一段，原文照录。',
      '新插入的一段。',
      '第二段，也照录。',
      '第三段。',
    );
    const assignment = assignAnchors(edited, LEDGER);
    expect(assignment.ids).toEqual(['p1', 'p2', 'p2a', 'p3', 'p4']);
    expect(anchorProblems(assignment)).toEqual([
      'line 3: a new block has no address yet (it would get p2a): 「新插入的一段。」',
    ]);
  });

  test('a split paragraph makes its id vanish; the build names it', () => {
    const edited = blocks('第一章 总则', '第一段，', '原文照录。', '第二段，也照录。', '第三段。');
    const problems = anchorProblems(assignAnchors(edited, LEDGER));
    expect(problems).toContain(
      'p2 no longer points at its text 「第一段，原文照录。」 (split, merged or removed): record where that text is now',
    );
  });

  test('updating the ledger gives new blocks new ids and redirects the vanished id to the block sharing most text', () => {
    const edited = blocks('第一章 总则', '第一段，原文照录', '。', '第二段，也照录。', '第三段。');
    const update = updateLedger('demo', edited, LEDGER);
    expect(update.added).toEqual([
      { id: 'p1a', text: '第一段，原文照录' },
      { id: 'p1b', text: '。' },
    ]);
    expect(update.redirected).toEqual([{ from: 'p2', to: 'p1a' }]);
    const after = assignAnchors(edited, update.ledger);
    expect(anchorProblems(after)).toEqual([]);
    expect(after.aliases.get('p1a')).toEqual(['p2']);
    // The vanished address stays in the ledger, so it is never given to other text.
    expect(update.ledger.anchors.map((entry) => entry.id)).toContain('p2');
  });

  test('a redirect must land on a current block and must not shadow a live id', () => {
    const ledger: Ledger = { ...LEDGER, redirects: { p9: 'p99', p3: 'p4' } };
    expect(anchorProblems(assignAnchors(PUBLISHED, ledger))).toEqual([
      'redirect p9 → p99: p99 is not the address of any block',
      'redirect p3 → p4: p3 is still the address of a block',
    ]);
  });

  test('the same text twice keeps its two addresses in order', () => {
    const twice = blocks('同一句。', '同一句。');
    const ledger = updateLedger('demo', twice, undefined).ledger;
    expect(assignAnchors(twice, ledger).ids).toEqual(['p1', 'p2']);
  });
});

describe('the build and the ledger', () => {
  test('inserting a paragraph stops the build, naming the id it would get', () => {
    const { sourcesDir, anchorsDir } = fixtureFolders(INSERTED_EDITION);
    const build = buildFixtureSite(sourcesDir, { anchorsDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /1 paragraph address problem\(s\) in fixture-edition:[\s\S]*a new block has no address yet \(it would get p7a\): 「顶部」[\s\S]*npm run anchors -- update fixture-edition/u,
    );
  });

  test('splitting a paragraph stops the build, naming the vanished id', () => {
    const { sourcesDir, anchorsDir } = fixtureFolders(SPLIT_EDITION);
    const build = buildFixtureSite(sourcesDir, { anchorsDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('p3 no longer points at its text');
  });
});
