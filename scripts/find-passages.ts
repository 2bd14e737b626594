/**
 * `npm run find -- <text> [<text> …]`: every paragraph of every edition that
 * contains the text, with its address (`/sources/<slug>/#p12`), for writing
 * glossary entries and notes that link to the paragraph that says it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { normalizeForComparison } from '../src/lib/text.ts';
import { compileEdition } from '../src/plugins/compile-edition.ts';

const needles = process.argv.slice(2);
if (needles.length === 0) {
  console.error('usage: npm run find -- <text> [<text> …]');
  process.exit(2);
}
for (const name of readdirSync(CONTENT_PATHS.sourcesDir)
  .filter((entry) => entry.endsWith('.mdx'))
  .sort()) {
  const path = join(CONTENT_PATHS.sourcesDir, name);
  const data = await compileEdition(path, readFileSync(path, 'utf8'));
  for (const paragraph of data.edition?.blocks ?? []) {
    const text = normalizeForComparison(paragraph.text);
    if (needles.every((needle) => text.includes(normalizeForComparison(needle)))) {
      console.log(`/sources/${name.replace(/\.mdx$/u, '')}/#${paragraph.id}\t${paragraph.text}`);
    }
  }
}
