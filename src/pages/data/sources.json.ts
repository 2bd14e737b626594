import { publicUrl } from '../../data/links.ts';
import type { APIRoute } from 'astro';
import { renderedSources } from '../../data/sources.ts';
import { sourcePath } from '../../lib/sources.ts';
import { typeLabel } from '../../schemas/source.ts';

/** /data/sources.json (shape: sourcesFileSchema in src/schemas/open-data.ts). */
export const GET: APIRoute = async () => {
  const sources = (await renderedSources()).map(({ source, edition }) => {
    const {
      introduction: _introduction,
      articles: _articles,
      dateNote: _dateNote,
      publisherNote: _publisherNote,
      authorsNote: _authorsNote,
      ...data
    } = source.data;
    return {
      id: source.id,
      url: publicUrl(sourcePath(source.id)),
      ...data,
      type: typeLabel(data.type).en,
      paragraphs: edition.blocks.length,
      notes: edition.notes.length,
    };
  });
  return new Response(JSON.stringify(sources, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
