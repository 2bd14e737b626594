import { publicUrl } from '../../../data/links.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderedSources, type RenderedSource } from '../../../data/sources.ts';
import { sourcePath } from '../../../lib/sources.ts';
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
  const file: SourceFile = {
    id: source.id,
    url: publicUrl(sourcePath(source.id)),
    title: data.title,
    subtitle: data.subtitle,
    date: data.date,
    publisher: data.publisher,
    issuer: data.issuer,
    type: data.type,
    blocks: edition.blocks.map((block) => ({
      id: block.id,
      label: block.label,
      kind: block.kind,
      url: publicUrl(`${sourcePath(source.id)}#${block.id}`),
      text: block.text,
      printed: block.printed,
      container: block.container,
      within: block.within,
    })),
  };
  return new Response(JSON.stringify(file), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
