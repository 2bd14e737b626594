import { publicUrl } from '../../data/links.ts';
import type { APIRoute } from 'astro';
import { renderedSources } from '../../data/sources.ts';
import { sourcePath } from '../../lib/sources.ts';

/** /data/annotations.jsonld: the notes as W3C Web Annotations (shape: annotationsFileSchema). */
export const GET: APIRoute = async () => {
  const collection = publicUrl('/data/annotations.jsonld');
  const items = (await renderedSources()).flatMap(({ source, edition }) =>
    edition.notes.map((note) => ({
      id: publicUrl(`${sourcePath(source.id)}#note-${note.number}`),
      type: 'Annotation',
      motivation: 'commenting',
      created: source.data.date,
      body: [
        {
          type: 'TextualBody',
          value: note.text,
          format: 'text/plain',
          language: 'zh',
          purpose: 'commenting',
        },
        // What the note rests on, as a classifying body in the site's vocabulary (NOTE_BASES).
        ...note.basis.map((basis) => ({
          type: 'TextualBody',
          value: basis,
          purpose: 'classifying',
        })),
      ],
      target: {
        source: publicUrl(sourcePath(source.id)),
        selector: [
          {
            type: 'FragmentSelector',
            conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
            value: note.paragraph,
          },
          { type: 'TextQuoteSelector', ...note.quote },
        ],
      },
    })),
  );
  const body = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collection,
    type: 'AnnotationCollection',
    label: '青岛文献注本 · 注释',
    total: items.length,
    first: { id: `${collection}#page-1`, type: 'AnnotationPage', items },
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
};
