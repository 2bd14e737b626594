/**
 * The sources for pages: each edition with its model (blocks, notes,
 * mentions, length), worked out once per build when the edition compiles
 * (see src/plugins/rehype-edition-model.ts), and what pages derive from the
 * models together (parallel passages).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { CitableSource } from '../lib/citation.ts';
import { BUILD_PATHS } from '../lib/content-paths.ts';
import { isStoredEdition, loadEdition } from '../lib/edition-store.ts';
import { leafBlocks, type EditionModel } from '../lib/edition-model.ts';
import { findParallels, type Parallel } from '../lib/parallels.ts';
import { sourcePath } from '../lib/sources.ts';
import { mediumLabel } from '../schemas/source.ts';
import { publicUrl } from './links.ts';

export type SourceEntry = CollectionEntry<'sources'>;

export type RenderedSource = {
  source: SourceEntry;
  edition: EditionModel;
};

/** Sources, oldest first; same-day sources by title. */
export function sourcesByDate(sources: readonly SourceEntry[]): SourceEntry[] {
  return [...sources].sort(
    (a, b) =>
      a.data.date.localeCompare(b.data.date) || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

/** The model the edition's compilation stored, as `remarkPluginFrontmatter.edition` names it. */
export function editionOf(
  source: SourceEntry,
  remarkPluginFrontmatter: Record<string, unknown>,
): EditionModel {
  const stored = remarkPluginFrontmatter['edition'];
  if (!isStoredEdition(stored))
    throw new Error(
      `${source.filePath ?? source.id}: the edition model is missing (are rehypeEditionModel and rehypeStoreEdition in the Markdown pipeline?)`,
    );
  return loadEdition(BUILD_PATHS.editionStoreDir, stored);
}

let rendered: Promise<RenderedSource[]> | undefined;

/** Every source in date order with its model. */
export function renderedSources(): Promise<RenderedSource[]> {
  rendered ??= (async () => {
    const sources = sourcesByDate(await getCollection('sources'));
    return Promise.all(
      sources.map(async (source) => ({
        source,
        edition: editionOf(source, (await render(source)).remarkPluginFrontmatter),
      })),
    );
  })();
  return rendered;
}

let parallels: Promise<Parallel[]> | undefined;

/** Parallel passages between any two sources (leaf blocks only). */
export function allParallels(): Promise<Parallel[]> {
  parallels ??= renderedSources().then((sources) =>
    findParallels(
      sources.flatMap(({ source, edition }) =>
        leafBlocks(edition).map((block, position) => ({
          source: source.id,
          id: block.id,
          label: block.label,
          position,
          text: block.text,
        })),
      ),
    ),
  );
  return parallels;
}

/** What citations need to know about a source, from its frontmatter. */
export function citableSource(source: SourceEntry): CitableSource {
  const { data } = source;
  return {
    slug: source.id,
    title: data.title,
    subtitle: data.subtitle,
    authors: data.authors,
    publisher: data.publisher,
    issuer: data.issuer,
    documentNumber: data.documentNumber,
    date: data.date,
    medium: mediumLabel(data.medium).citeAs,
    url: publicUrl(sourcePath(source.id)),
  };
}
