/**
 * Stops `astro build` (and warns in `astro dev`) when an edition has a
 * problem: malformed MDX, a frontmatter field that fails the schema, an
 * original whose checksum does not match, an unknown component, or a
 * passage lost or reworded without a record. Every problem names the file,
 * the line and a way to fix it.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkEditions, formatProblem } from '../lib/edition-check.ts';

export interface EditionChecksOptions {
  /** Folder of the MDX editions. */
  sourcesDir: string;
  /** Folder of the originals they are made from. */
  originalsDir: string;
}

export function editionChecks(options: EditionChecksOptions): AstroIntegration {
  return {
    name: 'qas:edition-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkEditions(options).flatMap((report) => report.problems);
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.warn(`${problems.length} problem(s) in the editions:\n${report}`);
          return;
        }
        throw new AstroError(`${problems.length} problem(s) in the editions:\n${report}`, 'Run `npm run check:editions` for the full report; content/README.md explains the rules.');
      },
    },
  };
}
