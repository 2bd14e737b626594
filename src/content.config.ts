import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { CONTENT_PATHS } from './lib/content-paths.ts';
import { sourceSchema } from './schemas/source.ts';

/** One MDX edition per original text. */
const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: CONTENT_PATHS.sourcesDir }),
  schema: sourceSchema,
});

export const collections = { sources };
