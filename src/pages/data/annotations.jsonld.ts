import type { APIRoute } from 'astro';
import { annotationsCollection } from '../../data/open-data.ts';

/**
 * /data/annotations.jsonld: the notes as a W3C Web Annotation collection
 * (shape: annotationsFileSchema), paged one source per page.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await annotationsCollection(), null, 1), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
