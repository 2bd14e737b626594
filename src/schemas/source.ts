/**
 * Frontmatter of a source edition (`content/sources/*.mdx`).
 * Every field is stated once here; citations, pages and search read it from
 * the collection, never typed twice.
 */
import { z } from 'astro/zod';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { isRealDate } from '../lib/dates.ts';
import { readVocabularies } from '../lib/vocabularies.ts';
import type { Label } from './vocabularies.ts';

// A broken vocabularies file leaves them empty (every value then fails with a
// hint); its own problems are reported by the checks (src/lib/content-check.ts).
const vocabularies = readVocabularies(CONTENT_PATHS.vocabulariesFile).vocabularies ?? {
  types: {},
  media: {},
  regions: {},
  speakerRoles: {},
};

/** What kind of document the original is (content/vocabularies.yaml `types`). */
export const SOURCE_TYPES: Readonly<Record<string, Label>> = vocabularies.types;

/** Where the original was published (`media`): `citeAs` decides the citation record type ([N] or [EB/OL]). */
export const MEDIA: Readonly<Record<string, Label & { citeAs: 'newspaper' | 'website' }>> =
  vocabularies.media;

/** Places a source may be about (`regions`), by Chinese name. */
export const REGIONS: Readonly<Record<string, { en: string }>> = vocabularies.regions;

/** Offices a speaker may hold (`speakerRoles`), by Chinese title. */
export const SPEAKER_ROLES: Readonly<Record<string, { en: string }>> = vocabularies.speakerRoles;

/** A value from a vocabulary, with the hint of where the allowed ones are listed. */
function oneOf(vocabulary: Readonly<Record<string, unknown>>, name: string) {
  const allowed = Object.keys(vocabulary);
  return z
    .string()
    .refine(
      (value) => Object.hasOwn(vocabulary, value),
      `not one of the ${name} in content/vocabularies.yaml (${allowed.join(', ')}); add it there if it is new`,
    );
}

/** Labels of a document type (the key itself when the vocabulary lacks it). */
export function typeLabel(type: string): Label {
  return SOURCE_TYPES[type] ?? { zh: type, en: type };
}

/** Labels of a medium (the key itself when the vocabulary lacks it). */
/** A region's English name, when the vocabulary gives one. */
export function regionEnglish(region: string): string | undefined {
  return REGIONS[region]?.en;
}

export function mediumLabel(medium: string): Label & { citeAs: 'newspaper' | 'website' } {
  return MEDIA[medium] ?? { zh: medium, en: medium, citeAs: 'website' };
}

/** Summaries are read in lists and previews: a few sentences, not an abstract. */
export const SUMMARY_LIMITS = { zh: 150, en: 450 } as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'write dates as YYYY-MM-DD, e.g. 2021-03-31')
  .refine(isRealDate, 'not a date of the calendar (month 01–12, a day the month has)');
const sha256 = z
  .string()
  .regex(
    /^[0-9a-f]{64}$/u,
    'a SHA-256 checksum is 64 lowercase hex digits (see content/originals/SHA256SUMS)',
  );
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** An article printed on a newspaper page, when an original holds several. */
export const articleSchema = z.object({
  /** Headline of the article as printed. */
  title: nonEmpty,
  /** Reporters named in the byline, as printed. */
  authors: z.array(nonEmpty).default([]),
});

/** A person who speaks in the original, as printed. */
export const speakerSchema = z
  .object({
    /** Name as printed, e.g. 张元升. */
    name: nonEmpty,
    /** Office held when speaking: one of `speakerRoles` in content/vocabularies.yaml. */
    role: oneOf(SPEAKER_ROLES, 'speakerRoles'),
  })
  .strict();

export const sourceSchema = z
  .object({
    /** Title of the document or of the page's lead article, as printed. */
    title: nonEmpty,
    /** Subtitle or deck, as printed. */
    subtitle: nonEmpty.optional(),
    /** Newspaper or website that published the original. Leave out when the original does not say. */
    publisher: nonEmpty.optional(),
    /** Body that issued an official document (制发机关). */
    issuer: nonEmpty.optional(),
    /** Official document number (文件字号), e.g. 青李沧政发〔2021〕12号. */
    documentNumber: nonEmpty.optional(),
    /** Reporters or authors named in the original, as printed. */
    authors: z.array(nonEmpty).default([]),
    /** Date of publication or issue, YYYY-MM-DD. */
    date: isoDate,
    /** How the date is known when the original does not print it (e.g. inferred from "昨日" and another source). */
    dateNote: nonEmpty.optional(),
    /** How the publisher is known when the original does not print it (e.g. from a reporter's byline). */
    publisherNote: nonEmpty.optional(),
    /** How the authors are known when the original does not print them as a byline. */
    authorsNote: nonEmpty.optional(),
    /** Kind of document: a key of `types` in content/vocabularies.yaml. */
    type: oneOf(SOURCE_TYPES, 'types'),
    /** Where it was published: a key of `media` in content/vocabularies.yaml. */
    medium: oneOf(MEDIA, 'media'),
    /** Place the document is about, e.g. 青岛市李沧区: one of `regions` in content/vocabularies.yaml. */
    region: oneOf(REGIONS, 'regions'),
    /** Who speaks in the original (a report delivered, an interview), with the office they spoke in. */
    speakers: z.array(speakerSchema).default([]),
    /**
     * `draft`: imported and checked, not yet annotated (the page says so; the
     * rules for notes and introductions wait). `annotated`: a finished edition.
     */
    stage: z.enum(['draft', 'annotated']).default('annotated'),
    /** Articles on the page, in reading order, when the original holds more than one. */
    articles: z.array(articleSchema).default([]),
    /** A short introduction shown above the text: who published it, when, why it matters. Markdown allowed. */
    introduction: z.object({ zh: nonEmpty, en: nonEmpty }),
    /** A short summary for lists and link previews: what the source is and its main facts, from the text only. */
    summary: z.object({
      zh: nonEmpty.refine(
        (text) => [...text].length <= SUMMARY_LIMITS.zh,
        `keep the Chinese summary to ${SUMMARY_LIMITS.zh} characters`,
      ),
      en: nonEmpty.refine(
        (text) => text.length <= SUMMARY_LIMITS.en,
        `keep the English summary to ${SUMMARY_LIMITS.en} characters`,
      ),
    }),
    /** The original text this edition is made from (a file in content/originals/). */
    original: z.object({
      /** File name in content/originals/. */
      file: z.string().regex(/^[\w.-]+\.txt$/u, 'name a .txt file in content/originals/'),
      /** SHA-256 of that file, as listed in content/originals/SHA256SUMS. */
      sha256,
    }),
  })
  .strict();

export type SourceData = z.infer<typeof sourceSchema>;
