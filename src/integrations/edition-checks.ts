/**
 * Stops `astro build` (and warns in `astro dev`) when an edition or a
 * glossary entity has a problem: malformed MDX, a frontmatter field that
 * fails its schema, an original whose checksum does not match, an unknown
 * component, a passage lost or reworded without a record, an alias claimed
 * by two entities, a reference to an unknown entity. Every problem names the
 * file, the line and a way to fix it.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkEditions, formatProblem } from '../lib/edition-check.ts';
import { loadGlossary } from '../lib/glossary.ts';

export interface EditionChecksOptions {
  /** Folder of the MDX editions. */
  sourcesDir: string;
  /** Folder of the originals they are made from. */
  originalsDir: string;
  /** Folder of the glossary entities. */
  glossaryDir: string;
}

export function editionChecks(options: EditionChecksOptions): AstroIntegration {
  return {
    name: 'qas:edition-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = [...checkEditions(options).flatMap((report) => report.problems), ...loadGlossary(options.glossaryDir).problems];
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
