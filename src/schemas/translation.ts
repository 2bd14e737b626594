/**
 * A translation of an edition (`content/translations/<language>/<slug>.yaml`):
 * the editors' translation of every numbered block under its paragraph
 * address, and of every note and editorial mark, keyed by its Chinese text
 * (so a changed note is noticed, not silently mistranslated).
 */
import { z } from 'astro/zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'write dates as YYYY-MM-DD, e.g. 2026-11-29');
const blockId = z.string().regex(/^p\d+[a-z]*$/u, 'a paragraph address, e.g. p12');

/** A translated table: its caption and every cell, row by row, in the order of the Chinese. */
export const translatedTableSchema = z
  .object({
    /** The caption. */
    caption: z.string().default(''),
    /** The cells of each row. */
    rows: z.array(z.array(z.string())),
  })
  .strict();

/** One translated note or mark, with the Chinese it translates. */
const pairSchema = z.object({ zh: nonEmpty, en: nonEmpty }).strict();

export const translationSchema = z
  .object({
    /** When the editors made or last revised the translation. */
    translated: isoDate,
    /** The source's title. */
    title: nonEmpty,
    /** Its subtitle, when it has one. */
    subtitle: nonEmpty.optional(),
    /** Every numbered block with text, by paragraph address; a table as caption and rows. */
    blocks: z.record(blockId, z.union([nonEmpty, translatedTableSchema])),
    /** Every note, by its Chinese text (Markdown links allowed in `en`). */
    notes: z.array(pairSchema).default([]),
    /** Every editorial mark (a correction's or omission's reason, an editor's note, a [sic]), by its Chinese text. */
    marks: z.array(pairSchema).default([]),
    /** Places where the terminology check flags an entity, with why the translation words it so. */
    terminology: z
      .array(z.object({ block: blockId, entity: nonEmpty, reason: nonEmpty }).strict())
      .default([]),
  })
  .strict();

export type Translation = z.infer<typeof translationSchema>;
export type TranslatedTable = z.infer<typeof translatedTableSchema>;
