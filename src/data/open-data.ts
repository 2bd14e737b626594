/**
 * The open-data files that grow with the corpus, made once per build from the
 * edition models: each source's own file (/data/sources/<slug>.json), the
 * index of them all (/data/sources.json), and the legacy all-in-one
 * /data/paragraphs.json, published whole only while it stays small.
 */
import { inlineText } from '../lib/inline-markdown.ts';
import { sourceDataPath, sourcePath } from '../lib/sources.ts';
import { englishNoteOf, englishOf } from '../lib/translations.ts';
import {
  OPEN_DATA_FILE_LIMIT,
  type ParagraphsFile,
  type SourceFile,
  type SourcesFile,
} from '../schemas/open-data.ts';
import { typeLabel } from '../schemas/source.ts';
import { publicUrl } from './links.ts';
import { renderedSources, type RenderedSource } from './sources.ts';

/** One source's facts and every block with its address, kind and both readings. */
export function sourceFile({ source, edition }: RenderedSource): SourceFile {
  const { data } = source;
  const english = edition.translations.en;
  return {
    id: source.id,
    url: publicUrl(sourcePath(source.id)),
    title: data.title,
    subtitle: data.subtitle,
    date: data.date,
    publisher: data.publisher,
    issuer: data.issuer,
    type: data.type,
    translation: english && {
      language: 'en',
      translated: english.translated,
      title: english.title,
      subtitle: english.subtitle,
    },
    blocks: edition.blocks.map((block) => ({
      id: block.id,
      label: block.label,
      kind: block.kind,
      url: publicUrl(`${sourcePath(source.id)}#${block.id}`),
      text: block.text,
      printed: block.printed,
      en: englishOf(edition, block.id),
      container: block.container,
      within: block.within,
    })),
    introduction: data.introduction,
    summary: data.summary,
    notes: edition.notes.map((note) => {
      const english = englishNoteOf(edition, note.text);
      return {
        number: note.number,
        paragraph: note.paragraph,
        label: note.label,
        text: note.text,
        en: english === undefined ? undefined : inlineText(english),
      };
    }),
  };
}

const sourceFileTexts = new WeakMap<RenderedSource, string>();

/** A source's file as published (serialised once: the index states its size). */
export function sourceFileText(rendered: RenderedSource): string {
  let text = sourceFileTexts.get(rendered);
  if (text === undefined) {
    text = JSON.stringify(sourceFile(rendered));
    sourceFileTexts.set(rendered, text);
  }
  return text;
}

/** The index: each source's record, with the address, size and counts of its own file. */
export async function sourcesIndex(): Promise<SourcesFile> {
  return (await renderedSources()).map((rendered) => {
    const { source, edition } = rendered;
    const {
      introduction: _introduction,
      articles: _articles,
      dateNote: _dateNote,
      publisherNote: _publisherNote,
      authorsNote: _authorsNote,
      ...data
    } = source.data;
    return {
      id: source.id,
      url: publicUrl(sourcePath(source.id)),
      ...data,
      type: typeLabel(data.type).en,
      file: publicUrl(sourceDataPath(source.id)),
      bytes: Buffer.byteLength(sourceFileText(rendered)),
      paragraphs: edition.blocks.length,
      notes: edition.notes.length,
    };
  });
}

/**
 * /data/paragraphs.json: every block of every source in one array while that
 * stays within OPEN_DATA_FILE_LIMIT; past it, a notice that sends readers to
 * the index and the per-source files (the address never breaks, and never
 * serves part of the corpus as if it were all of it).
 */
export async function paragraphsFileText(): Promise<string> {
  const paragraphs: ParagraphsFile = (await renderedSources()).flatMap(({ source, edition }) =>
    edition.blocks.map((paragraph) => ({
      source: source.id,
      id: paragraph.id,
      label: paragraph.label,
      url: publicUrl(`${sourcePath(source.id)}#${paragraph.id}`),
      text: paragraph.text,
      en: englishOf(edition, paragraph.id),
    })),
  );
  const whole = JSON.stringify(paragraphs);
  if (Buffer.byteLength(whole) <= OPEN_DATA_FILE_LIMIT) return whole;
  return JSON.stringify({
    moved: true,
    paragraphs: paragraphs.length,
    limit: OPEN_DATA_FILE_LIMIT,
    index: publicUrl('/data/sources.json'),
    message: `The corpus has outgrown one file (${paragraphs.length} paragraphs, more than ${OPEN_DATA_FILE_LIMIT} bytes): read the index, then each source's paragraphs from the file it names.`,
  });
}
