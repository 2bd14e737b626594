/**
 * The site's Markdown pipeline, said once: astro.config.mjs and the command-
 * line tools (anchors) compile editions with exactly these plugins.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';

export const remarkPlugins: RemarkPlugins = [remarkCjkFriendly];

/** `strict`: stop on paragraph address problems (builds); the dev server only warns. */
export function rehypePlugins({ strict }: { strict: boolean }): RehypePlugins {
  return [rehypeTableScroll, [rehypeParagraphAnchors, { ...CONTENT_PATHS, strict }]];
}
