import type { APIRoute, GetStaticPaths } from 'astro';
import { annotationPages } from '../../../data/open-data.ts';
import type { AnnotationPage } from '../../../schemas/open-data.ts';

export const getStaticPaths = (async () =>
  (await annotationPages()).map(({ slug, page }) => ({
    params: { slug },
    props: { page },
  }))) satisfies GetStaticPaths;

/** /data/annotations/<slug>.jsonld: one source's notes, a page of the collection (annotationPageSchema). */
export const GET: APIRoute<{ page: AnnotationPage }> = ({ props }) =>
  new Response(JSON.stringify(props.page, null, 1), {
    headers: { 'content-type': 'application/ld+json; charset=utf-8' },
  });
