import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { CONTENT_PATHS } from './lib/content-paths.ts';
import { entitySchema } from './schemas/entity.ts';
import { sourceSchema } from './schemas/source.ts';

/** One MDX edition per original text. */
const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: CONTENT_PATHS.sourcesDir }),
  schema: sourceSchema,
});

/** One Markdown file per entity; the file name is the entity id. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.md', base: CONTENT_PATHS.glossaryDir }),
  schema: entitySchema,
});

export const collections = { sources, glossary };
