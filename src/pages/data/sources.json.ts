import type { APIRoute } from 'astro';
import { sourcesIndex } from '../../data/open-data.ts';

/** /data/sources.json, the index of the sources and their files (shape: sourcesFileSchema). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await sourcesIndex(), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
