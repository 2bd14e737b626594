/**
 * `npm run anchors -- check [slug …]`: are the paragraph addresses of each
 *   edition recorded in its ledger (content/anchors/<slug>.json)?
 * `npm run anchors -- update [slug …]`: record them: new blocks get new ids,
 *   vanished ids are redirected to the block sharing most of their text (at
 *   least half of it); an id whose passage is kept in an <Omission> stays
 *   with it, on the omission record.
 *   Existing ids never change. Review the diff before committing.
 * `npm run anchors -- renumber <slug>`: number a new source's blocks afresh
 *   (p1, p2, … in order, no redirects), while its ledger has never been
 *   committed: until then no address of it can have been published. The
 *   structure of a draft is fixed right after import; this spares it p9a.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  anchorProblems,
  assignAnchors,
  readLedger,
  updateLedger,
  writeLedger,
} from '../src/lib/anchors.ts';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { formatProblem } from '../src/lib/problem.ts';
import { compileEditionChecked } from '../src/plugins/compile-edition.ts';

const [command, ...slugs] = process.argv.slice(2);
if (command !== 'check' && command !== 'update' && command !== 'renumber') {
  console.error('usage: npm run anchors -- check|update [slug …] | renumber <slug>');
  process.exit(2);
}
if (command === 'renumber' && slugs.length !== 1) {
  console.error('usage: npm run anchors -- renumber <slug> (one new source at a time)');
  process.exit(2);
}

/** Has this file ever been committed? Then its addresses may be out in the world. */
function everCommitted(path: string): boolean {
  const log = spawnSync('git', ['log', '--oneline', '-1', '--', path], {
    cwd: CONTENT_PATHS.ledgerDir,
    encoding: 'utf8',
  });
  // Outside a git checkout nothing can tell: count the ledger as published.
  return log.status !== 0 || log.stdout.trim() !== '';
}

const editions = readdirSync(CONTENT_PATHS.sourcesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/u, ''))
  .filter((slug) => slugs.length === 0 || slugs.includes(slug))
  .sort();

let failed = false;
mkdirSync(CONTENT_PATHS.ledgerDir, { recursive: true });
for (const slug of editions) {
  const path = join(CONTENT_PATHS.sourcesDir, `${slug}.mdx`);
  const { data, problems: compileProblems } = await compileEditionChecked(
    path,
    readFileSync(path, 'utf8'),
  );
  if (compileProblems.length > 0) {
    // The edition must compile before its blocks can be addressed: report why it does not.
    console.log(`FAIL ${slug}`);
    for (const problem of compileProblems)
      console.log(`  ${formatProblem(problem).replace(/\n/gu, '\n  ')}`);
    failed = true;
    continue;
  }
  const blocks = data.anchorBlocks ?? [];
  const omitted = data.omittedBlocks ?? [];
  const ledger = readLedger(CONTENT_PATHS.ledgerDir, slug);
  if (command === 'check') {
    const problems = ledger
      ? anchorProblems(assignAnchors(blocks, ledger, omitted))
      : ['no ledger yet'];
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${slug}: ${blocks.length} blocks`);
    for (const problem of problems) console.log(`  - ${problem}`);
    if (problems.length > 0) failed = true;
    continue;
  }
  if (command === 'renumber' && ledger) {
    const path = join(CONTENT_PATHS.ledgerDir, `${slug}.json`);
    if (everCommitted(path)) {
      console.log(
        `FAIL ${slug}: ${relative(process.cwd(), path)} has been committed, so its addresses may have been published and cited; they stay. Use \`npm run anchors -- update ${slug}\`, which keeps them and redirects the ones that vanished.`,
      );
      failed = true;
      continue;
    }
  }
  const update = updateLedger(slug, blocks, command === 'renumber' ? undefined : ledger, omitted);
  writeLedger(CONTENT_PATHS.ledgerDir, update.ledger);
  console.log(
    `${slug}: ${blocks.length} blocks, ${update.added.length} new address(es), ${update.redirected.length} new redirect(s)`,
  );
  for (const added of update.added) console.log(`  + ${added.id}  ${added.text}`);
  for (const redirect of update.redirected) console.log(`  ~ ${redirect.from} → ${redirect.to}`);
  for (const entry of update.unplaced) {
    console.log(
      `  ! ${entry.id} 「${entry.text}」: no block holds its text, so it was not redirected. If the passage was left out, keep it inside <Omission reason="…"> (its address then points at the record); if it was reworded, record the change with <Correction>.`,
    );
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
