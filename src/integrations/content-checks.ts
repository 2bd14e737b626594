/**
 * The content checks that need no edition compiled, run before anything
 * compiles: every edition's frontmatter (schema, the original's checksum),
 * the pairing of originals and editions, and the glossary (schema, ids, an
 * alias claimed twice, references). Each edition's own checks run
 * while it compiles (src/plugins/remark-edition-checks.ts), on the tree the
 * site renders. In the dev server, problems are shown as files are saved,
 * and an edited glossary relinks every edition.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { preBuildProblems, type ContentPaths } from '../lib/content-check.ts';
import { MALFORMED_MDX_HINT } from '../lib/edition-check.ts';
import { formatProblem } from '../lib/problem.ts';

/** Where the content is (src/lib/content-paths.ts). */
export type ContentChecksOptions = ContentPaths;

/** An error of the MDX compiler, with the place it names. */
type CompileError = Error & { loc?: { file?: string; line?: number; column?: number } };

/**
 * The MDX compiler names the file and line of a syntax error but gives no
 * hint; say it in the project's problem form. (Problems our plugins raise
 * carry their hint already.)
 */
function malformedMdxHint(sourcesDir: string) {
  const editions = resolve(sourcesDir);
  return {
    name: 'qas:malformed-mdx-hint',
    buildEnd(error?: CompileError & { errors?: CompileError[] }) {
      // Rolldown hands over the errors of a failed build wrapped in one.
      for (const failure of error?.errors ?? (error ? [error] : [])) {
        const file = failure.loc?.file;
        if (!file || !resolve(file).startsWith(editions) || failure.message.includes('hint: '))
          continue;
        const problem = {
          file: relative(process.cwd(), file),
          line: failure.loc?.line ?? 1,
          column: failure.loc?.column ?? 1,
          message: `malformed MDX: ${failure.message.split('\n')[0]}`,
          hint: MALFORMED_MDX_HINT,
        };
        console.error(formatProblem(problem));
      }
    },
  };
}
export function contentChecks(options: ContentChecksOptions): AstroIntegration {
  const problems = () => preBuildProblems(options);
  return {
    name: 'qas:content-checks',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        updateConfig({ vite: { plugins: [malformedMdxHint(options.sourcesDir)] } });
        const found = problems();
        if (found.length === 0) return;
        const report = `${found.length} problem(s) in the content:\n${found.map(formatProblem).join('\n')}`;
        if (command === 'dev') logger.warn(report);
        else
          throw new AstroError(
            report,
            "Run `npm run check:content` for the full report (it runs these checks and every edition's own, without building); content/README.md explains the rules.",
          );
      },
      'astro:server:setup': ({ server, logger }) => {
        const glossaryDir = resolve(options.glossaryDir);
        const sourcesDir = resolve(options.sourcesDir);
        const watched = [
          glossaryDir,
          sourcesDir,
          resolve(options.originalsDir),
          resolve(options.ledgerDir),
          resolve(options.vocabulariesFile),
          resolve(options.retiredFile),
        ];
        server.watcher.add(watched);
        let reported = '';
        const onContentChange = (path: string) => {
          const changed = resolve(path);
          if (!watched.some((place) => changed.startsWith(place))) return;
          // The checks before the build, again on every save: the terminal shows what the build would stop on.
          const report = problems().map(formatProblem).join('\n');
          if (report !== reported && report !== '')
            logger.warn(`problems in the content:\n${report}`);
          else if (report !== reported) logger.info('the content checks pass again');
          reported = report;
          if (!changed.startsWith(glossaryDir)) return;
          // Every edition links the glossary: compile them again.
          for (const name of readdirSync(sourcesDir).filter((entry) => entry.endsWith('.mdx'))) {
            for (const environment of Object.values(server.environments)) {
              for (const module of environment.moduleGraph.getModulesByFile(
                join(sourcesDir, name),
              ) ?? [])
                environment.moduleGraph.invalidateModule(module);
            }
          }
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const)
          server.watcher.on(event, onContentChange);
      },
    },
  };
}
