import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readLedger } from './lib/anchors.ts';
import { CONTENT_PATHS } from './lib/content-paths.ts';
import { readRetired } from './lib/retired.ts';
import { retiredSourceSchema } from './schemas/retired.ts';
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

/**
 * Retired sources (content/retired.yaml), each with the addresses its ledger
 * published, so their page can answer every one of them.
 */
const retired = defineCollection({
  loader: () =>
    readRetired(CONTENT_PATHS.retiredFile).retired.map((entry) => ({
      id: entry.slug,
      ...entry,
      addresses: (readLedger(CONTENT_PATHS.ledgerDir, entry.slug)?.anchors ?? []).map(
        ({ id, text }) => ({ id, text }),
      ),
    })),
  // The loader adds `id` (the slug) for the store.
  schema: retiredSourceSchema.extend({
    id: z.string(),
    /** Every address the source published, with the first words of its text. */
    addresses: z.array(z.object({ id: z.string(), text: z.string() })),
  }),
});

export const collections = { sources, glossary, retired };
