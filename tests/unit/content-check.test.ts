/**
 * `npm run check:content` on a copy of content/, broken one way per test:
 * each mistake that used to be published silently now stops it with the
 * file, the line and a hint. (The build runs the same code; the fixture site
 * tests in pipeline.test.ts show it stopping.) Which edition, paragraph and
 * entity to break is read from content/, never named here.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-fixture-site.ts';
import { editions, glossaryEntries, ledgerOf } from '../helpers/content.ts';
import { copyContent, runOnContent } from '../helpers/content-copy.ts';
import { ROOT } from '../helpers/work-dir.ts';

const edition = editions()[0]!;
const lines = edition.mdx.split('\n');
/** The first body line that is plain text: no markup, no frontmatter. */
const textLine =
  lines.findIndex(
    (line, index) =>
      index > lines.indexOf('---', 1) && /^\p{Script=Han}/u.test(line) && !/[<>{}[\]]/u.test(line),
  ) + 1;
const withDigit =
  lines.findIndex(
    (line, index) =>
      index > lines.indexOf('---', 1) &&
      /^\p{Script=Han}[^<>{}[\]]*\d/u.test(line) &&
      !/[<>{}[\]]/u.test(line),
  ) + 1;

/** Copy content/, change one edition's line, run the check. */
function checkWithLine(line: number, change: (text: string) => string) {
  const dir = copyContent();
  const path = join(dir, 'sources', `${edition.slug}.mdx`);
  const copy = [...lines];
  copy[line - 1] = change(copy[line - 1]!);
  writeFileSync(path, copy.join('\n'));
  return { run: runOnContent(dir, 'check-content'), file: relative(ROOT, path) };
}

describe('check:content stops on what used to be published silently', () => {
  test('content/ itself passes, and says so', () => {
    const run = runOnContent(join(ROOT, 'content'), 'check-content');
    expect(run.output).toContain(`ok: ${editions().length} edition(s) pass every content check`);
    expect(run.status).toBe(0);
  });

  test('an expression such as {"(待核)"} adds text the coverage cannot see', () => {
    const { run, file } = checkWithLine(textLine, (text) => `${text}{'(待核)'}`);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${file}:${textLine}:`);
    expect(run.output).toMatch(/expression \{'\(待核\)'\} in an edition\n\s+hint: /u);
  });

  test('a bare {待核} is reported at its line, not as a ReferenceError', () => {
    const { run, file } = checkWithLine(textLine, (text) => `${text}{待核}`);
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${file}:${textLine}:`);
    expect(run.output).toContain('expression {待核}');
    expect(run.output).not.toContain('ReferenceError');
  });

  test('a date that is not on the calendar', () => {
    const dateLine = lines.findIndex((line) => line.startsWith('date:')) + 1;
    const { run, file } = checkWithLine(dateLine, () => 'date: "2026-13-40"');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      new RegExp(
        `${file}:${dateLine}:1: frontmatter date: not a date of the calendar[^\\n]*\\n\\s+hint: `,
        'u',
      ),
    );
  });

  test('a plain Markdown link in a note to a paragraph that does not exist', () => {
    const { run, file } = checkWithLine(
      textLine,
      (text) => `${text}<Note kind="context" basis="text">见[下文](#p9999)。</Note>`,
    );
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      new RegExp(
        `${file}:${textLine}:\\d+: link \\(#p9999\\): ${edition.slug} has no paragraph p9999\\n\\s+hint: `,
        'u',
      ),
    );
  });

  test('a plain Markdown link in a glossary entry to a paragraph that does not exist', () => {
    const entity = glossaryEntries()[0]!;
    const dir = copyContent();
    const path = join(dir, 'glossary', `${entity.id}.md`);
    const body = `${readFileSync(path, 'utf8').trimEnd()}\n\n见[来源](/sources/${edition.slug}/#p9999)。\n`;
    writeFileSync(path, body);
    const run = runOnContent(dir, 'check-content');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      new RegExp(
        `${relative(ROOT, path)}:${body.trimEnd().split('\n').length}:\\d+: link \\(/sources/${edition.slug}/#p9999\\): ${edition.slug} has no paragraph p9999`,
        'u',
      ),
    );
    expect(run.output).toContain('^^^');
  });

  test('deleting an edition fails: its original would go unpublished and its addresses stop answering', () => {
    const dir = copyContent();
    rmSync(join(dir, 'sources', `${edition.slug}.mdx`));
    const run = runOnContent(dir, 'check-content');
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      new RegExp(`original ${edition.originalFile} has no edition\\n\\s+hint: `, 'u'),
    );
    expect(run.output).toMatch(
      new RegExp(
        `anchors/${edition.slug}\\.json:1:1: the edition ${edition.slug} is gone[^\\n]*\\n\\s+hint: [^\\n]*retired\\.yaml`,
        'u',
      ),
    );
  });

  test('an unknown <Term> id names its line', () => {
    const { run, file } = checkWithLine(
      textLine,
      (text) => `<Term id="no-such-entity">${text.slice(0, 2)}</Term>${text.slice(2)}`,
    );
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      new RegExp(`${file}:${textLine}:\\d+: <Term id="no-such-entity">: unknown glossary id`, 'u'),
    );
  });

  test('a broken <CrossRef> names its line', () => {
    const { run, file } = checkWithLine(
      textLine,
      (text) =>
        `${text}<Note kind="context" basis="corpus">见<CrossRef to="no-such-source#p1">某文</CrossRef>。</Note>`,
    );
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      new RegExp(
        `${file}:${textLine}:\\d+: <CrossRef to="no-such-source#p1">: no source "no-such-source"`,
        'u',
      ),
    );
  });

  test.skipIf(withDigit === 0)('a changed digit is underlined', () => {
    const line = lines[withDigit - 1]!;
    const at = line.search(/\d/u);
    const changed = String((Number(line[at]) + 1) % 10);
    const { run, file } = checkWithLine(
      withDigit,
      (text) => `${text.slice(0, at)}${changed}${text.slice(at + 1)}`,
    );
    expect(run.status).toBe(1);
    expect(run.output).toContain(`${file}:${withDigit}:`);
    // The excerpt line, then a caret under the changed digit (CJK characters are two columns wide).
    const match = /\n {2}\| (.*)\n {2}\| ( *)\^+\n/u.exec(run.output);
    expect(match).not.toBeNull();
    const [, excerpt, pad] = match!;
    let columns = 0;
    let underlined = '';
    for (const character of excerpt!) {
      if (columns === pad!.length) underlined = character;
      columns += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(character) ? 2 : 1;
    }
    expect(underlined).toBe(changed);
  });

  test('retiring a source is the recorded way to remove one: the check passes', () => {
    const dir = copyContent();
    rmSync(join(dir, 'sources', `${edition.slug}.mdx`));
    writeFileSync(
      join(dir, 'retired.yaml'),
      `- slug: ${edition.slug}\n  original: ${edition.originalFile}\n  date: "2026-12-01"\n  reason: 测试\n`,
    );
    const run = runOnContent(dir, 'check-content');
    expect(run.output).toContain(
      `ok: ${editions().length - 1} edition(s) pass every content check`,
    );
    expect(run.status).toBe(0);
  });

  test('a retired source still answers at every address it published, in both languages', () => {
    const dir = copyContent();
    rmSync(join(dir, 'sources', `${edition.slug}.mdx`));
    writeFileSync(
      join(dir, 'retired.yaml'),
      `- slug: ${edition.slug}\n  original: ${edition.originalFile}\n  date: "2026-12-01"\n  reason: 测试\n  reasonEn: A test\n`,
    );
    const build = buildSite({ QAS_CONTENT_DIR: dir });
    expect(build.status, build.output).toBe(0);
    const published = ledgerOf(edition.slug)!.anchors.map((anchor) => anchor.id);
    expect(published.length).toBeGreaterThan(0);
    for (const page of [`sources/${edition.slug}`, `en/sources/${edition.slug}`]) {
      const html = readFileSync(join(build.outDir, page, 'index.html'), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((match) => match[1]));
      expect(
        published.filter((id) => !ids.has(id)),
        page,
      ).toEqual([]);
    }
    expect(
      readFileSync(join(build.outDir, 'en/sources', edition.slug, 'index.html'), 'utf8'),
    ).toContain('A test');
  });
});
