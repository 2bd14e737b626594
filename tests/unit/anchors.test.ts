import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { editions, ledgerOf } from '../helpers/content.ts';
import { copyContent, runOnContent } from '../helpers/content-copy.ts';
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

describe('a passage left out keeps its address on the omission record', () => {
  const omittedText = '第二段，也照录。';
  const remaining = PUBLISHED.filter((block) => block.text !== omittedText);
  const omitted = blocks(omittedText);
  const id = LEDGER.anchors.find((entry) => entry.text === omittedText)!.id;

  test('the ledger assigns it to the record, not to another paragraph', () => {
    const assignment = assignAnchors(remaining, LEDGER, omitted);
    expect(assignment.vanished).toEqual([]);
    expect(assignment.omitted.get(0)).toEqual([id]);
    expect(anchorProblems(assignment)).toEqual([]);
    const update = updateLedger('demo', remaining, LEDGER, omitted);
    expect(update.redirected).toEqual([]);
    expect(update.ledger.redirects).toEqual({});
  });

  test('a paragraph removed without a record is never redirected to a paragraph that lacks its text', () => {
    const update = updateLedger('demo', remaining, LEDGER);
    expect(update.redirected).toEqual([]);
    expect(update.unplaced.map((entry) => entry.id)).toEqual([id]);
  });

  test('through the pipeline: the omitted passage carries its old address inside the <Omission>', async () => {
    const { compile } = await import('@mdx-js/mdx');
    const { rehypeNumberBlocks } = await import('../../src/plugins/rehype-number-blocks.ts');
    const { writeLedger } = await import('../../src/lib/anchors.ts');
    const { workDir } = await import('../helpers/work-dir.ts');
    const { join } = await import('node:path');
    const sourcesDir = workDir('omission-editions');
    const ledgerDir = workDir('omission-anchors');
    writeLedger(ledgerDir, { ...LEDGER, source: 'demo' });
    const mdx = PUBLISHED.map((block) =>
      block.text === omittedText
        ? `<Omission reason="测试">\n\n${block.text}\n\n</Omission>`
        : block.text,
    ).join('\n\n');
    const output = String(
      await compile(
        { path: join(sourcesDir, 'demo.mdx'), value: mdx },
        {
          rehypePlugins: [[rehypeNumberBlocks, { sourcesDir, ledgerDir, strict: true }]],
          outputFormat: 'function-body',
        },
      ),
    );
    // The alias is the omission's first child; the paragraphs around it keep their own ids.
    expect(output).toMatch(new RegExp(`_components\\.span, \\{\\s*id: "${id}"`, 'u'));
    for (const entry of LEDGER.anchors.filter((anchor) => anchor.id !== id))
      expect(output).toContain(`id: "${entry.id}"`);
  });
});

describe('renumbering a new source', () => {
  /** A copy of content/ in a git repository of its own, every file committed but `uncommitted`. */
  function committedCopy(uncommitted: string[] = []) {
    const dir = copyContent();
    const git = (...args: string[]) => {
      const run = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
    };
    git('init', '-q');
    writeFileSync(join(dir, '.gitignore'), uncommitted.join('\n'));
    git('add', '-A');
    git(
      '-c',
      'user.name=test',
      '-c',
      'user.email=test@example.org',
      'commit',
      '-q',
      '-m',
      'content',
    );
    return dir;
  }
  const edition = editions()[0]!;
  /** The edition with its first line of plain text (no markup) split in two after its first full stop. */
  function split(dir: string) {
    const path = join(dir, 'sources', `${edition.slug}.mdx`);
    const lines = readFileSync(path, 'utf8').split('\n');
    const body = lines.indexOf('---', 1);
    const at = lines.findIndex(
      (line, index) => index > body && /^\p{Script=Han}[^<>{}[\]]*。[^<>{}[\]]+$/u.test(line),
    );
    const stop = lines[at]!.indexOf('。') + 1;
    lines.splice(at, 1, lines[at]!.slice(0, stop), '', lines[at]!.slice(stop));
    writeFileSync(path, lines.join('\n'));
  }
  const ledger = (dir: string) =>
    JSON.parse(readFileSync(join(dir, 'anchors', `${edition.slug}.json`), 'utf8')) as {
      anchors: { id: string }[];
      redirects: Record<string, string>;
    };

  test('while the ledger was never committed, the blocks are numbered afresh', () => {
    const dir = committedCopy([`anchors/${edition.slug}.json`]);
    split(dir);
    const run = runOnContent(dir, 'anchors', ['renumber', edition.slug]);
    expect(run.status, run.output).toBe(0);
    const { anchors, redirects } = ledger(dir);
    expect(anchors.map((anchor) => anchor.id)).toEqual(anchors.map((_, index) => `p${index + 1}`));
    expect(anchors.length).toBe((ledgerOf(edition.slug)?.anchors.length ?? 0) + 1);
    expect(redirects).toEqual({});
  });

  test('once the ledger was committed, renumbering is refused and nothing is written', () => {
    const dir = committedCopy();
    split(dir);
    const before = readFileSync(join(dir, 'anchors', `${edition.slug}.json`), 'utf8');
    const run = runOnContent(dir, 'anchors', ['renumber', edition.slug]);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/has been committed, so its addresses may have been published/u);
    expect(readFileSync(join(dir, 'anchors', `${edition.slug}.json`), 'utf8')).toBe(before);
  });
});
