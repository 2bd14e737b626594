import { publicUrl } from '../../data/links.ts';
import type { APIRoute } from 'astro';
import { renderedSources } from '../../data/sources.ts';
import { sourcePath } from '../../lib/sources.ts';
import { englishOf } from '../../lib/translations.ts';

/** /data/paragraphs.json (shape: paragraphsFileSchema in src/schemas/open-data.ts). */
export const GET: APIRoute = async () => {
  const paragraphs = (await renderedSources()).flatMap(({ source, edition }) =>
    edition.blocks.map((paragraph) => ({
      source: source.id,
      id: paragraph.id,
      label: paragraph.label,
      url: publicUrl(`${sourcePath(source.id)}#${paragraph.id}`),
      text: paragraph.text,
      en: englishOf(edition, paragraph.id),
    })),
  );
  return new Response(JSON.stringify(paragraphs), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
