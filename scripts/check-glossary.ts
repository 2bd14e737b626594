/** `npm run check:glossary`: schema, ids, aliases and references of every entity. Exits 1 on any problem. */
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { formatProblem } from '../src/lib/problem.ts';
import { loadGlossary } from '../src/lib/glossary.ts';

const { entities, problems } = loadGlossary(CONTENT_PATHS.glossaryDir);
for (const problem of problems) console.log(formatProblem(problem));
console.log(`${entities.length} entities, ${problems.length} problem(s)`);
process.exitCode = problems.length > 0 ? 1 : 0;
