/**
 * Compiles an edition with the site's own Markdown plugins outside Astro, for
 * command-line tools that need what the plugins work out (the blocks, their
 * addresses, the edition model) without a site build.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { rehypePlugins, remarkPlugins } from './index.ts';

/** The file data of an edition after the site's plugins ran over it (address problems are warnings here). */
export async function compileEdition(path: string, source: string): Promise<VFile['data']> {
  const file = new VFile({ path, value: splitFrontmatter(source).body });
  // Astro's unified processor adds GFM itself; here it is added explicitly.
  // Astro's plugin lists allow plugin names as strings; ours are all functions.
  await compile(file, {
    remarkPlugins: [remarkGfm, ...remarkPlugins({ checks: false })] as PluggableList,
    rehypePlugins: rehypePlugins({ strict: false, translations: false }) as PluggableList,
  });
  return file.data;
}
