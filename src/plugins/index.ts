/**
 * The site's Markdown pipeline, said once: astro.config.mjs and the command-
 * line tools (anchors, find) compile editions with exactly these plugins.
 *
 * Remark: check the edition (on the tree as parsed), resolve annotations and
 * cross-references, link glossary mentions. Rehype: wrap tables, number the
 * blocks, work out the edition model, then label the boxes.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { rehypeEditionModel } from './rehype-edition-model.ts';
import { rehypeLabelAsides } from './rehype-label-asides.ts';
import { rehypeNumberBlocks } from './rehype-number-blocks.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { rehypeTranslations } from './rehype-translations.ts';
import { remarkAnnotations } from './remark-annotations.ts';
import { remarkEditionChecks } from './remark-edition-checks.ts';
import { remarkGlossaryLinks } from './remark-glossary-links.ts';

/** The entities to link: loaded once, and again only when a glossary file changes. */
const glossary = () => loadGlossary(CONTENT_PATHS.glossaryDir).entities;

/** `checks`: run the edition checks (builds and the dev server); tools that only need the model skip them. */
export function remarkPlugins({ checks }: { checks: boolean }): RemarkPlugins {
  return [
    remarkCjkFriendly,
    ...(checks ? [[remarkEditionChecks, CONTENT_PATHS] as const] : []),
    [remarkAnnotations, CONTENT_PATHS],
    [remarkGlossaryLinks, { entities: glossary, sourcesDir: CONTENT_PATHS.sourcesDir }],
  ] as RemarkPlugins;
}

/**
 * `strict`: stop on paragraph address problems (builds); the dev server only warns.
 * `translations`: read and check the editions' translations (the site); tools that only need the
 * Chinese model skip them.
 */
export function rehypePlugins({
  strict,
  translations,
}: {
  strict: boolean;
  translations: boolean;
}): RehypePlugins {
  return [
    rehypeTableScroll,
    [rehypeNumberBlocks, { ...CONTENT_PATHS, strict }],
    rehypeEditionModel,
    ...(translations
      ? [[rehypeTranslations, { ...CONTENT_PATHS, entities: glossary }] as const]
      : []),
    rehypeLabelAsides,
  ] as RehypePlugins;
}
