/**
 * Per-source data that pages share, computed once per build from the
 * rendered editions: paragraphs, notes, glossary mentions, and the parallel
 * passages between sources.
 */
import { getCollection, render } from 'astro:content';
import { findParallels, type Parallel } from '../lib/parallels.ts';
import { sourcesByDate, type SourceEntry } from '../lib/sources.ts';
import type { Mention } from '../plugins/rehype-collect-mentions.ts';
import type { NoteRecord } from '../plugins/rehype-collect-notes.ts';
import type { ParagraphRecord } from '../plugins/rehype-paragraph-anchors.ts';

export interface RenderedSource {
  source: SourceEntry;
  paragraphs: ParagraphRecord[];
  notes: NoteRecord[];
  mentions: Mention[];
}

let rendered: Promise<RenderedSource[]> | undefined;

/** Every source in date order with what its rendering recorded. */
export function renderedSources(): Promise<RenderedSource[]> {
  rendered ??= (async () => {
    const sources = sourcesByDate(await getCollection('sources'));
    return Promise.all(
      sources.map(async (source) => {
        const { remarkPluginFrontmatter } = await render(source);
        return {
          source,
          paragraphs: (remarkPluginFrontmatter['paragraphs'] ?? []) as ParagraphRecord[],
          notes: (remarkPluginFrontmatter['notes'] ?? []) as NoteRecord[],
          mentions: (remarkPluginFrontmatter['mentions'] ?? []) as Mention[],
        };
      }),
    );
  })();
  return rendered;
}

let parallels: Promise<Parallel[]> | undefined;

/** Parallel passages between any two sources (leaf paragraphs only). */
export function allParallels(): Promise<Parallel[]> {
  parallels ??= renderedSources().then((sources) =>
    findParallels(sources.flatMap(({ source, paragraphs }) => paragraphs.filter((paragraph) => !paragraph.container).map((paragraph) => ({ source: source.id, id: paragraph.id, label: paragraph.label, text: paragraph.text })))),
  );
  return parallels;
}
