/**
 * `npm run check:glossary`: schema, ids, aliases and references of every
 * entity, and the list of names that are not entities. Exits 1 on any
 * problem. Then lists likely names the editions hold that start with an
 * entity's name (青岛理工大学), for an editor to confirm and add to that list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { loadGlossary, NAMES_FILE } from '../src/lib/glossary.ts';
import { suggestNamesNotEntities } from '../src/lib/name-suggestions.ts';
import { formatProblem } from '../src/lib/problem.ts';

const { entities, problems, nameRules } = loadGlossary(CONTENT_PATHS.glossaryDir);
for (const problem of problems) console.log(formatProblem(problem));
console.log(`${entities.length} entities, ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 ? 1 : 0;

/** The editions' text, markup and components left out: enough to find names in. */
const text = readdirSync(CONTENT_PATHS.sourcesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => splitFrontmatter(readFileSync(join(CONTENT_PATHS.sourcesDir, name), 'utf8')).body)
  .map((body) => body.replace(/<[^>]*>/gu, '').replace(/[*_#>|`]/gu, ''))
  .join('\n');
const suggestions = suggestNamesNotEntities(text, entities, nameRules);
if (suggestions.length > 0)
  console.log(
    `\nLikely names that hold an entity's name (${suggestions.length}); if one is not a mention of the entity, add it to content/glossary/${NAMES_FILE}:\n${suggestions
      .map(({ name, entity, count }) => `  ${name}  (holds ${entity}; ${count}×)`)
      .join('\n')}`,
  );
