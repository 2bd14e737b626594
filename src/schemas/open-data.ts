/**
 * The shape of the open-data files under /data/, said once: the data page
 * documents them from here and the tests validate the built files against it.
 */
import { z } from 'astro/zod';
import { NOTE_BASES, type NoteBasis } from '../lib/edition-components.ts';
import { BLOCK_KINDS, type BlockKind } from '../lib/edition-model.ts';
import { SOURCE_TYPES } from './source.ts';

const url = z.string().regex(/^https?:\/\//u);

/**
 * Bytes an all-in-one file may hold. Files that grow with the corpus are cut
 * per source instead (/data/sources/<slug>.json); /data/paragraphs.json is
 * published whole only while it fits.
 */
export const OPEN_DATA_FILE_LIMIT = 5_000_000;

/** /data/sources.json, the index: one entry per source edition, with the address and size of its own file. */
export const sourcesFileSchema = z.array(
  z.object({
    id: z.string(),
    url,
    title: z.string(),
    subtitle: z.string().optional(),
    publisher: z.string().optional(),
    issuer: z.string().optional(),
    documentNumber: z.string().optional(),
    authors: z.array(z.string()),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    type: z.string(),
    /** Medium key (see `media` in content/vocabularies.yaml). */
    medium: z.string(),
    region: z.string(),
    summary: z.object({ zh: z.string(), en: z.string() }),
    original: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/u) }),
    /** Address of the source's own file: its paragraphs and notes (sourceFileSchema). */
    file: url,
    /** Size of that file in bytes. */
    bytes: z.number().int().positive(),
    /** Blocks (paragraphs, headings, tables, boxes) in that file. */
    paragraphs: z.number().int().nonnegative(),
    /** Notes in that file. */
    notes: z.number().int().nonnegative(),
  }),
);

export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/**
 * /data/paragraphs.json while the corpus is small (up to OPEN_DATA_FILE_LIMIT
 * bytes): every numbered block, with its permanent address and reading text.
 */
export const paragraphsFileSchema = z.array(
  z.object({
    source: z.string(),
    id: z.string().regex(/^p\d+[a-z]*$/u),
    label: z.string(),
    url,
    text: z.string(),
    /** The editors' English translation, when the source has one. */
    en: z.string().optional(),
  }),
);

export type ParagraphsFile = z.infer<typeof paragraphsFileSchema>;

/** /data/paragraphs.json once the corpus has outgrown one file: where the paragraphs are now. */
export const paragraphsMovedSchema = z.object({
  moved: z.literal(true),
  /** Paragraphs in the corpus. */
  paragraphs: z.number().int().nonnegative(),
  /** The byte limit they outgrew. */
  limit: z.number().int().positive(),
  /** Address of the index (/data/sources.json), whose entries name each source's file. */
  index: url,
  message: z.string(),
});

/** /data/sources/<slug>.json: one source, with every block's address, kind and both readings. */
export const sourceFileSchema = z.object({
  id: z.string(),
  url,
  title: z.string(),
  subtitle: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  publisher: z.string().optional(),
  issuer: z.string().optional(),
  /** Document type key (see `types` in content/vocabularies.yaml). */
  type: z.enum(Object.keys(SOURCE_TYPES) as [string, ...string[]]),
  /** The editors' translation, when the source has one: its language, date and title. */
  translation: z
    .object({
      language: z.literal('en'),
      translated: z.string(),
      title: z.string(),
      subtitle: z.string().optional(),
    })
    .optional(),
  blocks: z.array(
    z.object({
      id: z.string().regex(/^p\d+[a-z]*$/u),
      label: z.string(),
      kind: z.enum(Object.keys(BLOCK_KINDS) as [BlockKind, ...BlockKind[]]),
      url,
      /** The reading text (corrections applied). */
      text: z.string(),
      /** The text as printed in the original. */
      printed: z.string(),
      /** The editors' English translation (a table's caption and cells in order). */
      en: z.string().optional(),
      /** A box whose text is its own blocks' text. */
      container: z.boolean(),
      /** The box the block stands in. */
      within: z.string().optional(),
    }),
  ),
  /** The introduction shown above the text, Chinese and English. */
  introduction: z.object({ zh: z.string(), en: z.string() }).optional(),
  /** The one-paragraph summary, Chinese and English. */
  summary: z.object({ zh: z.string(), en: z.string() }).optional(),
  /** The annotation notes, in order (the full notes with their bases: /data/annotations.jsonld). */
  notes: z
    .array(
      z.object({
        /** Its number in the edition; its address on the page is `#note-<number>`. */
        number: z.number().int().positive(),
        /** Address of the block the note is attached to. */
        paragraph: z.string().regex(/^p\d+[a-z]*$/u),
        /** That block's label. */
        label: z.string(),
        /** The note's text. */
        text: z.string(),
        /** The editors' English translation, as plain text, when the source has one. */
        en: z.string().optional(),
      }),
    )
    .default([]),
});

export type SourceFile = z.infer<typeof sourceFileSchema>;

/** /data/entities.json: every glossary entity. */
export const entitiesFileSchema = z.array(
  z.object({
    id: z.string(),
    url,
    name: z.string(),
    aliases: z.array(z.string()),
    pinyin: z.string(),
    type: z.string(),
    nameEn: z.string(),
    summary: z.object({ zh: z.string(), en: z.string() }),
    parent: z.string().optional(),
    related: z.array(z.string()),
    mentions: z.number().int().nonnegative(),
  }),
);

/** A W3C Web Annotation (https://www.w3.org/TR/annotation-model/) for one note. */
export const annotationSchema = z.object({
  id: url,
  type: z.literal('Annotation'),
  motivation: z.literal('commenting'),
  created: z.string(),
  /** The note's text, then what it rests on (one classifying body per basis, from NOTE_BASES). */
  body: z
    .tuple([
      z.object({
        type: z.literal('TextualBody'),
        value: z.string().min(1),
        format: z.literal('text/plain'),
        language: z.literal('zh'),
        purpose: z.literal('commenting'),
      }),
    ])
    .rest(
      z.object({
        type: z.literal('TextualBody'),
        value: z.enum(Object.keys(NOTE_BASES) as [NoteBasis, ...NoteBasis[]]),
        purpose: z.literal('classifying'),
      }),
    )
    .refine((bodies) => bodies.length > 1, 'every note says what it rests on'),
  target: z.object({
    source: url,
    selector: z.tuple([
      z.object({
        type: z.literal('FragmentSelector'),
        conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3986'),
        value: z.string().regex(/^p\d+[a-z]*$/u),
      }),
      z.object({
        type: z.literal('TextQuoteSelector'),
        exact: z.string(),
        prefix: z.string(),
        suffix: z.string(),
      }),
    ]),
  }),
});

/**
 * /data/annotations.jsonld: all notes as a W3C Web Annotation collection
 * (https://www.w3.org/TR/annotation-protocol/#annotation-containers), paged
 * one source per page so that no file grows with the corpus: `first` and
 * `last` name the pages, each page its `next` and `prev`.
 */
export const annotationsFileSchema = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: url,
  type: z.literal('AnnotationCollection'),
  label: z.string(),
  total: z.number().int().nonnegative(),
  first: url.optional(),
  last: url.optional(),
});

/** /data/annotations/<slug>.jsonld: one source's notes, a page of the collection. */
export const annotationPageSchema = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: url,
  type: z.literal('AnnotationPage'),
  partOf: z.object({ id: url, label: z.string(), total: z.number().int().nonnegative() }),
  startIndex: z.number().int().nonnegative(),
  next: url.optional(),
  prev: url.optional(),
  items: z.array(annotationSchema),
});

export type AnnotationsFile = z.infer<typeof annotationsFileSchema>;
export type AnnotationPage = z.infer<typeof annotationPageSchema>;

/** A link to an open-data file; a per-source path (`<slug>`) links that source's file. */
export function openDataHref(path: string, slug: string): string {
  return path.replace('<slug>', slug);
}

/** The files, with their descriptions for the data page. */
export const OPEN_DATA_FILES = [
  {
    path: '/data/sources.json',
    title: '文献索引',
    description:
      '每篇文献一条：题录（题名、发布者、文号、日期、类型、地区、提要）、原件文件名与 SHA-256 校验值，以及该篇数据文件的网址（file）、大小（bytes）、段落数与注释数。',
    en: {
      title: 'Index of sources',
      description:
        "One entry per source: its record (title, publisher, document number, date, type, region, summary), the original's file name and SHA-256 checksum, and the address (file), size in bytes, paragraphs and notes of the source's own data file.",
    },
  },
  {
    path: '/data/sources/<slug>.json',
    title: '单篇文献',
    description:
      '一篇文献的题录与全部段落：永久地址、类型（段落、标题、表格、专栏……）、校订后的文字与原刊文字、英译及注释。文献再多，每篇一个文件，按索引取用即可。',
    en: {
      title: 'One source',
      description:
        "One source's record and all its paragraphs: permanent address, kind (paragraph, heading, table, box …), the edited and the printed text, the English translation and the notes. One file per source however large the corpus grows: find it in the index.",
    },
  },
  {
    path: '/data/paragraphs.json',
    title: '全部段落（合订）',
    description: `全部段落的永久地址（如 p12）、网址和校订后的文字，合为一个文件。仅在不超过 ${OPEN_DATA_FILE_LIMIT / 1e6} MB 时提供全文；超过后此地址改为一则说明，指向文献索引，请逐篇取用单篇文献文件。`,
    en: {
      title: 'All paragraphs in one file',
      description: `Every paragraph's permanent address (such as p12), URL and edited text, with the editors' English translation, in one file while it stays within ${OPEN_DATA_FILE_LIMIT / 1e6} MB; past that, the address holds a notice pointing to the index, and the paragraphs are read source by source.`,
    },
  },
  {
    path: '/data/entities.json',
    title: '术语',
    description:
      '术语表全部条目：名称、别名、拼音、类型、英文名、简介、隶属与相关条目，以及在文献中出现的次数。',
    en: {
      title: 'Glossary',
      description:
        'Every glossary entry: name, aliases, pinyin, type, English name, summary, parent and related entries, and how often the sources mention it.',
    },
  },
  {
    path: '/data/annotations.jsonld',
    title: '注释（W3C Web Annotation）',
    description:
      '全部注释，按 W3C Web Annotation 数据模型（JSON-LD）编码：正文为注释文字及其依据，目标为文献页面加段落地址（FragmentSelector）和所注文字（TextQuoteSelector）。此文件为注释集（AnnotationCollection），每篇文献的注释为一页（/data/annotations/<slug>.jsonld），自 first 起按 next 逐页取用。',
    en: {
      title: 'Notes (W3C Web Annotation)',
      description:
        "All notes in the W3C Web Annotation data model (JSON-LD): the body is the note's text and what it rests on; the target is the source page with the paragraph address (FragmentSelector) and the words annotated (TextQuoteSelector). This file is the AnnotationCollection; each source's notes are one page (/data/annotations/<slug>.jsonld), read from first by next.",
    },
  },
] as const;
