import { publicUrl } from '../../../data/links.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedSources, type RenderedSource } from '../../../data/sources.ts';
import { sourcePath } from '../../../lib/sources.ts';
import { inlineText } from '../../../lib/inline-markdown.ts';
import { englishNoteOf, englishOf } from '../../../lib/translations.ts';
import type { SourceFile } from '../../../schemas/open-data.ts';

export const getStaticPaths = (async () =>
  (await renderedSources()).map((rendered) => ({
    params: { slug: rendered.source.id },
    props: rendered,
  }))) satisfies GetStaticPaths;

/**
 * /data/sources/<slug>.json (shape: sourceFileSchema in src/schemas/open-data.ts):
 * one source's facts and every block with its address, kind and both
 * readings. The search index is built from these files.
 */
export const GET: APIRoute<RenderedSource> = ({ props: { source, edition } }) => {
  const { data } = source;
  const english = edition.translations.en;
  const file: SourceFile = {
    id: source.id,
    url: publicUrl(sourcePath(source.id)),
    title: data.title,
    subtitle: data.subtitle,
    date: data.date,
    publisher: data.publisher,
    issuer: data.issuer,
    type: data.type,
    translation: english && {
      language: 'en',
      translated: english.translated,
      title: english.title,
      subtitle: english.subtitle,
    },
    blocks: edition.blocks.map((block) => ({
      id: block.id,
      label: block.label,
      kind: block.kind,
      url: publicUrl(`${sourcePath(source.id)}#${block.id}`),
      text: block.text,
      printed: block.printed,
      en: englishOf(edition, block.id),
      container: block.container,
      within: block.within,
    })),
    introduction: data.introduction,
    summary: data.summary,
    notes: edition.notes.map((note) => {
      const english = englishNoteOf(edition, note.text);
      return {
        number: note.number,
        paragraph: note.paragraph,
        label: note.label,
        text: note.text,
        en: english === undefined ? undefined : inlineText(english),
      };
    }),
  };
  return new Response(JSON.stringify(file), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
