/**
 * The editors' vocabularies (`content/vocabularies.yaml`): the document
 * types, media, regions and speaker roles an edition may name. They are data,
 * so a new kind of source needs a line in that file, not a code change.
 */
import { z } from 'astro/zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const key = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u, 'a key is lowercase ASCII words joined by hyphens');

/** A value's labels for readers. */
export const labelSchema = z.object({
  /** Chinese label. */
  zh: nonEmpty,
  /** English label. */
  en: nonEmpty,
});

export const vocabulariesSchema = z
  .object({
    /** Kinds of document: key (written in `type:`) → labels. */
    types: z.record(key, labelSchema.strict()),
    /** Where originals are published: key (written in `medium:`) → labels and citation form. */
    media: z.record(
      key,
      labelSchema
        .extend({
          /** How citations describe it: a newspaper article, or a web page. */
          citeAs: z.enum(['newspaper', 'website']),
        })
        .strict(),
    ),
    /** Places a source may be about: the Chinese name (written in `region:`) → English name. */
    regions: z.record(nonEmpty, z.object({ en: nonEmpty }).strict()),
    /** Offices a speaker may hold: the Chinese title (written in `speakers[].role`) → English. */
    speakerRoles: z.record(nonEmpty, z.object({ en: nonEmpty }).strict()),
  })
  .strict();

export type Vocabularies = z.infer<typeof vocabulariesSchema>;
export type Label = z.infer<typeof labelSchema>;
