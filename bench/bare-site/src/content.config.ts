import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

/** The site's editions, read where they live, with no schema: the baseline only renders them. */
const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: new URL('../../../content/sources', import.meta.url) }),
});

export const collections = { sources };
