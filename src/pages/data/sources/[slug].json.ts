import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFileText } from '../../../data/open-data.ts';
import { renderedSources, type RenderedSource } from '../../../data/sources.ts';

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
export const GET: APIRoute<RenderedSource> = ({ props }) =>
  new Response(sourceFileText(props), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
