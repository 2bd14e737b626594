import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorProblems, assignAnchors, readLedger } from '../../src/lib/anchors.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { checkEditions } from '../../src/lib/edition-check.ts';
import { compileEdition } from '../../src/plugins/compile-edition.ts';

describe('every edition has a committed, up-to-date anchor ledger', () => {
  test.each(checkEditions(CONTENT_PATHS).map((report) => report.name.replace(/\.mdx$/u, '')))('%s', async (slug) => {
    const ledger = readLedger(CONTENT_PATHS.ledgerDir, slug);
    expect(ledger, `content/anchors/${slug}.json is missing: run npm run anchors -- update ${slug}`).toBeDefined();
    expect(ledger?.source).toBe(slug);
    const path = join(CONTENT_PATHS.sourcesDir, `${slug}.mdx`);
    const data = await compileEdition(path, readFileSync(path, 'utf8'));
    expect(anchorProblems(assignAnchors(data.anchorBlocks ?? [], ledger))).toEqual([]);
    expect(data.anchorBlocks?.length).toBeGreaterThan(0);
    expect(data.edition?.blocks.map((block) => block.id)).toEqual(assignAnchors(data.anchorBlocks ?? [], ledger).ids);
  });
});
