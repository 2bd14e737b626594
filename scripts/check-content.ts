/**
 * `npm run check:content [-- slug …]`: every rule the build applies to the
 * content, without building. It runs the build's own code: the checks the
 * build runs before it compiles (src/lib/content-check.ts), then every
 * edition compiled with the site's Markdown plugins, checks on and addresses
 * strict, exactly as `astro build` compiles it. Prints each problem with
 * file, line, column, the offending text and a hint, and the coverage of
 * each original. Exits 1 on any problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preBuildProblems } from '../src/lib/content-check.ts';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { formatProblem, type Problem } from '../src/lib/problem.ts';
import { compileEditionChecked } from '../src/plugins/compile-edition.ts';

const started = performance.now();
const only = new Set(process.argv.slice(2).map((slug) => slug.replace(/\.mdx$/u, '')));
let failed = 0;
const report = (problems: readonly Problem[]) => {
  for (const problem of problems) console.log(formatProblem(problem));
  failed += problems.length;
};

report(preBuildProblems(CONTENT_PATHS));
const slugs = readdirSync(CONTENT_PATHS.sourcesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/u, ''))
  .filter((slug) => only.size === 0 || only.has(slug))
  .sort();
for (const slug of slugs) {
  const path = join(CONTENT_PATHS.sourcesDir, `${slug}.mdx`);
  const { data, problems } = await compileEditionChecked(path, readFileSync(path, 'utf8'), {
    checks: true,
    strict: true,
  });
  const coverage = data.coverage;
  const percent = coverage
    ? `coverage ${(coverage.coverage * 100).toFixed(2)}% of ${coverage.totalCharacters} characters`
    : 'coverage not measured';
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${slug.padEnd(44)} ${percent}`);
  report(problems);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  failed === 0
    ? `ok: ${slugs.length} edition(s) pass every content check (${seconds} s)`
    : `${failed} problem(s) (${seconds} s); content/README.md explains the rules`,
);
// exitCode, not exit(): a piped stdout is flushed before the process ends.
process.exitCode = failed === 0 ? 0 : 1;
