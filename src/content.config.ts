import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { sourceSchema } from './schemas/source.ts';

/** One MDX edition per original text. */
const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sources' }),
  schema: sourceSchema,
});

export const collections = { sources };
