/**
 * Frontmatter of a source edition (`content/sources/*.mdx`).
 * Every field is stated once here; citations, pages and search read it from
 * the collection, never typed twice.
 */
import { z } from 'astro/zod';

/** What kind of document the original is. */
export const SOURCE_TYPES = {
  plan: { zh: '规划纲要', en: 'Plan' },
  report: { zh: '新闻报道', en: 'News report' },
  'hearing-transcript': { zh: '质询会实录', en: 'Hearing transcript' },
  'press-conference': { zh: '新闻发布会报道', en: 'Press-conference report' },
  interview: { zh: '访谈', en: 'Interview' },
} as const;

/** Where the original was published: decides the citation record type ([N] or [EB/OL]). */
export const MEDIA = {
  newspaper: { zh: '报纸', en: 'Newspaper' },
  website: { zh: '网站', en: 'Website' },
} as const;

/** Summaries are read in lists and previews: a few sentences, not an abstract. */
export const SUMMARY_LIMITS = { zh: 150, en: 450 } as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'write dates as YYYY-MM-DD, e.g. 2021-03-31');
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
    /** Kind of document. */
    type: z.enum(
      Object.keys(SOURCE_TYPES) as [keyof typeof SOURCE_TYPES, ...(keyof typeof SOURCE_TYPES)[]],
    ),
    /** Newspaper or website. */
    medium: z.enum(Object.keys(MEDIA) as [keyof typeof MEDIA, ...(keyof typeof MEDIA)[]]),
    /** Place the document is about, e.g. 青岛市李沧区. */
    region: nonEmpty,
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
