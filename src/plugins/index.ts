/**
 * The site's Markdown pipeline, said once: astro.config.mjs and the command-
 * line tools (anchors) compile editions with exactly these plugins.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { rehypeCollectMentions } from './rehype-collect-mentions.ts';
import { rehypeCollectNotes } from './rehype-collect-notes.ts';
import { rehypeLabelAsides } from './rehype-label-asides.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { remarkAnnotations } from './remark-annotations.ts';
import { remarkGlossaryLinks } from './remark-glossary-links.ts';

/** Entities to link, read once per process; glossary problems are reported by the edition checks. */
const glossary = loadGlossary(CONTENT_PATHS.glossaryDir).entities;

export const remarkPlugins: RemarkPlugins = [remarkCjkFriendly, [remarkAnnotations, CONTENT_PATHS], [remarkGlossaryLinks, { entities: glossary, sourcesDir: CONTENT_PATHS.sourcesDir }]];

/** `strict`: stop on paragraph address problems (builds); the dev server only warns. */
export function rehypePlugins({ strict }: { strict: boolean }): RehypePlugins {
  return [rehypeTableScroll, [rehypeParagraphAnchors, { ...CONTENT_PATHS, strict }], rehypeLabelAsides, rehypeCollectMentions, rehypeCollectNotes];
}
