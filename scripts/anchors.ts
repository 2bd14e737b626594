/**
 * `npm run anchors -- check [slug …]`: are the paragraph addresses of each
 *   edition recorded in its ledger (content/anchors/<slug>.json)?
 * `npm run anchors -- update [slug …]`: record them: new blocks get new ids,
 *   vanished ids are redirected to the block sharing most of their text.
 *   Existing ids never change. Review the diff before committing.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  anchorProblems,
  assignAnchors,
  readLedger,
  updateLedger,
  writeLedger,
} from '../src/lib/anchors.ts';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { compileEdition } from '../src/plugins/compile-edition.ts';

const [command, ...slugs] = process.argv.slice(2);
if (command !== 'check' && command !== 'update') {
  console.error('usage: npm run anchors -- check|update [slug …]');
  process.exit(2);
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
  const data = await compileEdition(path, readFileSync(path, 'utf8'));
  const blocks = data.anchorBlocks ?? [];
  const ledger = readLedger(CONTENT_PATHS.ledgerDir, slug);
  if (command === 'check') {
    const problems = ledger ? anchorProblems(assignAnchors(blocks, ledger)) : ['no ledger yet'];
    console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${slug}: ${blocks.length} blocks`);
    for (const problem of problems) console.log(`  - ${problem}`);
    if (problems.length > 0) failed = true;
    continue;
  }
  const update = updateLedger(slug, blocks, ledger);
  writeLedger(CONTENT_PATHS.ledgerDir, update.ledger);
  console.log(
    `${slug}: ${blocks.length} blocks, ${update.added.length} new address(es), ${update.redirected.length} new redirect(s)`,
  );
  for (const added of update.added) console.log(`  + ${added.id}  ${added.text}`);
  for (const redirect of update.redirected) console.log(`  ~ ${redirect.from} → ${redirect.to}`);
}
process.exit(failed ? 1 : 0);
