import type { APIRoute } from 'astro';
import { paragraphsFileText } from '../../data/open-data.ts';

/**
 * /data/paragraphs.json (shape: paragraphsFileSchema while the corpus fits in
 * one file, else paragraphsMovedSchema; see src/data/open-data.ts).
 */
export const GET: APIRoute = async () =>
  new Response(await paragraphsFileText(), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
