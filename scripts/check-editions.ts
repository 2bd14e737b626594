/**
 * `npm run check:editions [-- slug …]`: schema, MDX syntax, components and
 * coverage for every edition (or the named ones), with the coverage of each
 * original. Exits 1 on any problem.
 */
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { checkEditions, corpusProblems } from '../src/lib/edition-check.ts';
import { formatProblem } from '../src/lib/problem.ts';

const only = new Set(process.argv.slice(2).map((slug) => `${slug.replace(/\.mdx$/u, '')}.mdx`));
let failed = false;
for (const { name, problems, coverage } of checkEditions(CONTENT_PATHS, only)) {
  const percent = coverage
    ? `${(coverage.coverage * 100).toFixed(2)}% of ${coverage.totalCharacters} characters`
    : 'not checked';
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name.padEnd(44)} coverage ${percent}`);
  for (const problem of problems)
    console.log(`  ${formatProblem(problem).replace(/\n/gu, '\n  ')}`);
  if (problems.length > 0) failed = true;
}
if (only.size === 0) {
  for (const problem of corpusProblems(CONTENT_PATHS)) {
    console.log(`FAIL ${formatProblem(problem)}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
