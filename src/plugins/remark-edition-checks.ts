/**
 * Runs the edition body checks (`src/lib/edition-check.ts`) on the tree the site's
 * own MDX pipeline parsed, so an edition is parsed once per build, and a
 * problem stops the build, or shows on the dev server's page as the editor
 * saves, with file, line and hint. `npm run check:editions` runs the same
 * checks without a build.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { CoverageReport } from '../lib/coverage.ts';
import { checkEditionBody } from '../lib/edition-check.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { failWith } from './fail.ts';

declare module 'vfile' {
  interface DataMap {
    /** How much of its original the edition keeps (for check:content's report). */
    coverage: CoverageReport;
  }
}

export interface EditionChecksOptions {
  /** Folder of the editions; other Markdown is left alone. */
  sourcesDir: string;
  /** Folder of the originals they are checked against. */
  originalsDir: string;
}

export function remarkEditionChecks(options: EditionChecksOptions) {
  const sourcesDir = resolve(options.sourcesDir);
  return (tree: Root, file: VFile) => {
    const path = file.path ? resolve(file.path) : '';
    if (!path.startsWith(sourcesDir) || !path.endsWith('.mdx')) return;
    // The frontmatter was checked before the build (content-checks); the original's name is read from it here.
    const { frontmatter } = splitFrontmatter(readFileSync(path, 'utf8'));
    const { problems, coverage } = checkEditionBody(
      relative(process.cwd(), path),
      { frontmatter, tree },
      options.originalsDir,
    );
    if (coverage) file.data.coverage = coverage;
    if (problems.length > 0) failWith(file, problems);
  };
}
