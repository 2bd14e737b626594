/**
 * Compiles an edition with the site's own Markdown plugins outside Astro, for
 * command-line tools that need what the plugins work out (the blocks, their
 * addresses, the edition model) or the problems they stop on, without a site
 * build: `npm run check:content` runs the build's own checks this way.
 */
import { relative } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { MALFORMED_MDX_HINT } from '../lib/edition-check.ts';
import { ProblemError, type Problem } from '../lib/problem.ts';
import { rehypePlugins, remarkPlugins } from './index.ts';

export interface CompileOptions {
  /** Run the edition checks, as builds do (default: off, for tools that only need the model). */
  checks?: boolean;
  /** Stop on paragraph address problems, as builds do (default: off, they are warnings). */
  strict?: boolean;
}

export interface CompiledEdition {
  data: VFile['data'];
  /** What stopped the compilation: empty when it succeeded. */
  problems: Problem[];
}

/** Compile an edition; problems that stop the build are returned, never thrown. */
export async function compileEditionChecked(
  path: string,
  source: string,
  { checks = false, strict = false }: CompileOptions = {},
): Promise<CompiledEdition> {
  const file = new VFile({ path, value: splitFrontmatter(source).body });
  try {
    // Astro's unified processor adds GFM itself; here it is added explicitly.
    // Astro's plugin lists allow plugin names as strings; ours are all functions.
    await compile(file, {
      remarkPlugins: [remarkGfm, ...remarkPlugins({ checks })] as PluggableList,
      // The build checks translations too: so does every checked compilation.
      rehypePlugins: rehypePlugins({ strict, translations: checks }) as PluggableList,
    });
  } catch (error) {
    if (file.data.problems) return { data: file.data, problems: file.data.problems };
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      data: file.data,
      problems: [
        {
          file: relative(process.cwd(), path),
          line: place.line ?? 1,
          column: place.column ?? 1,
          message: `malformed MDX: ${place.reason ?? place.message ?? String(error)}`,
          hint: MALFORMED_MDX_HINT,
        },
      ],
    };
  }
  return { data: file.data, problems: [] };
}

/** The file data of an edition after the site's plugins ran over it (address problems are warnings here). */
export async function compileEdition(path: string, source: string): Promise<VFile['data']> {
  const { data, problems } = await compileEditionChecked(path, source);
  if (problems.length > 0) throw new ProblemError(problems);
  return data;
}
