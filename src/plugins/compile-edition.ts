/**
 * Compiles an edition with the site's own Markdown plugins outside Astro, for
 * command-line tools and tests that need what the plugins record (the
 * blocks and their addresses) without a full site build.
 */
import { compile } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from './index.ts';

/** The file data of an edition after the site's plugins ran over it (never throws on address problems). */
export async function compileEdition(path: string, source: string): Promise<VFile['data']> {
  const { content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  const file = new VFile({ path, value: content });
  // Astro's unified processor adds GFM itself; here it is added explicitly.
  // Astro's plugin lists allow plugin names as strings; ours are all functions.
  await compile(file, { remarkPlugins: [remarkGfm, ...remarkPlugins] as PluggableList, rehypePlugins: rehypePlugins({ strict: false }) as PluggableList });
  return file.data;
}
