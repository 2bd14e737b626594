/**
 * The site's Markdown pipeline, said once: astro.config.mjs and the command-
 * line tools (anchors, find) compile editions with exactly these plugins.
 *
 * Remark: check the edition (on the tree as parsed), resolve annotations and
 * cross-references, link glossary mentions, normalise typography. Rehype: put the base path in
 * links, wrap tables, number the blocks, work out the edition model, list each
 * chapter's notes for print, label the boxes, and (in the site's build) store
 * the model for the pages.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { rehypeBaseLinks } from './rehype-base-links.ts';
import { rehypeEditionModel } from './rehype-edition-model.ts';
import { rehypeLabelAsides } from './rehype-label-asides.ts';
import { rehypeNumberBlocks } from './rehype-number-blocks.ts';
import { rehypeSectionNotes } from './rehype-section-notes.ts';
import { rehypeStoreEdition } from './rehype-store-edition.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { rehypeTranslations } from './rehype-translations.ts';
import { remarkAnnotations } from './remark-annotations.ts';
import { remarkEditionChecks } from './remark-edition-checks.ts';
import { remarkGlossaryLinks } from './remark-glossary-links.ts';
import { remarkTypography } from './remark-typography.ts';

/** The entities to link: loaded once, and again only when a glossary file changes. */
const glossary = () => loadGlossary(CONTENT_PATHS.glossaryDir).entities;

/** `checks`: run the edition checks (builds and the dev server); tools that only need the model skip them. */
export function remarkPlugins({ checks }: { checks: boolean }): RemarkPlugins {
  return [
    remarkCjkFriendly,
    ...(checks ? [[remarkEditionChecks, CONTENT_PATHS] as const] : []),
    [remarkAnnotations, CONTENT_PATHS],
    [remarkGlossaryLinks, { entities: glossary, sourcesDir: CONTENT_PATHS.sourcesDir }],
    [remarkTypography, { sourcesDir: CONTENT_PATHS.sourcesDir }],
  ] as RemarkPlugins;
}

/**
 * `strict`: stop on paragraph address problems (builds); the dev server only warns.
 * `translations`: read and check the editions' translations (the site); tools that only need the
 * Chinese model skip them.
 * `base`: the site's base path (src/lib/site-address.ts), put in front of root-relative links.
 * `editionStore`: the folder where the site's pages find each edition's model
 * (src/lib/edition-store.ts); tools read the model from the compilation instead.
 */
export function rehypePlugins({
  strict,
  translations,
  base = '/',
  editionStore,
}: {
  strict: boolean;
  translations: boolean;
  base?: string;
  editionStore?: string;
}): RehypePlugins {
  return [
    [rehypeBaseLinks, { base }],
    rehypeTableScroll,
    [rehypeNumberBlocks, { ...CONTENT_PATHS, strict }],
    rehypeEditionModel,
    ...(translations
      ? [[rehypeTranslations, { ...CONTENT_PATHS, entities: glossary }] as const]
      : []),
    rehypeSectionNotes,
    rehypeLabelAsides,
    ...(editionStore ? [[rehypeStoreEdition, { dir: editionStore }] as const] : []),
  ] as RehypePlugins;
}
