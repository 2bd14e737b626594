/** Temporary copies of the fixture edition and its ledger, edited for one test. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ANCHORS, FIXTURE_SOURCES } from './build-fixture-site.ts';
import { workDir } from './work-dir.ts';

export const FIXTURE_EDITION = readFileSync(join(FIXTURE_SOURCES, 'fixture-edition.mdx'), 'utf8');
export const FIXTURE_LEDGER = readFileSync(join(FIXTURE_ANCHORS, 'fixture-edition.json'), 'utf8');

/** Folders holding one edition (and its ledger) with the given texts. */
export function fixtureFolders(
  edition: string,
  ledger = FIXTURE_LEDGER,
): { sourcesDir: string; anchorsDir: string } {
  const sourcesDir = workDir('editions');
  const anchorsDir = workDir('anchors');
  writeFileSync(join(sourcesDir, 'fixture-edition.mdx'), edition);
  writeFileSync(join(anchorsDir, 'fixture-edition.json'), ledger);
  return { sourcesDir, anchorsDir };
}

/** The fixture edition with its first paragraph split in two: p3's text is no longer one block. */
export const SPLIT_EDITION = FIXTURE_EDITION.replace('承上启下的一年', '承上启\n\n下的一年');

/** The fixture edition with a passage moved out of an omission into a new paragraph at the end. */
export const INSERTED_EDITION = FIXTURE_EDITION.replace(
  '<Omission reason="网页页脚">顶部</Omission>',
  '顶部',
);
