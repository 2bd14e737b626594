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
  type AnnotationPage,
  type AnnotationsFile,
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

/** The address of the notes' collection, and of one source's page of it. */
const ANNOTATIONS = '/data/annotations.jsonld';
export const annotationPagePath = (slug: string) => `/data/annotations/${slug}.jsonld`;
const ANNOTATIONS_LABEL = '青岛文献注本 · 注释 / Qingdao Annotated Sources: notes';

/** One note as a W3C Web Annotation: its text and what it rests on, targeting its words in its paragraph. */
function annotationOf(
  { source }: RenderedSource,
  note: RenderedSource['edition']['notes'][number],
) {
  return {
    id: publicUrl(`${sourcePath(source.id)}#note-${note.number}`),
    type: 'Annotation' as const,
    motivation: 'commenting' as const,
    created: source.data.date,
    body: [
      {
        type: 'TextualBody' as const,
        value: note.text,
        format: 'text/plain' as const,
        language: 'zh' as const,
        purpose: 'commenting' as const,
      },
      // What the note rests on, as a classifying body in the site's vocabulary (NOTE_BASES).
      ...note.basis.map((basis) => ({
        type: 'TextualBody' as const,
        value: basis,
        purpose: 'classifying' as const,
      })),
    ] as AnnotationPage['items'][number]['body'],
    target: {
      source: publicUrl(sourcePath(source.id)),
      selector: [
        {
          type: 'FragmentSelector' as const,
          conformsTo: 'http://tools.ietf.org/rfc/rfc3986' as const,
          value: note.paragraph,
        },
        { type: 'TextQuoteSelector' as const, ...note.quote },
      ] as AnnotationPage['items'][number]['target']['selector'],
    },
  };
}

/** The sources with notes, in the collection's order (the order of the sources). */
async function annotatedSources(): Promise<RenderedSource[]> {
  return (await renderedSources()).filter(({ edition }) => edition.notes.length > 0);
}

/** /data/annotations.jsonld: the collection, naming its first and last page and counting every note. */
export async function annotationsCollection(): Promise<AnnotationsFile> {
  const sources = await annotatedSources();
  const first = sources.at(0);
  const last = sources.at(-1);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: publicUrl(ANNOTATIONS),
    type: 'AnnotationCollection',
    label: ANNOTATIONS_LABEL,
    total: sources.reduce((sum, { edition }) => sum + edition.notes.length, 0),
    first: first && publicUrl(annotationPagePath(first.source.id)),
    last: last && publicUrl(annotationPagePath(last.source.id)),
  };
}

/** Every page of the collection (one per source with notes), each linked to its neighbours. */
export async function annotationPages(): Promise<{ slug: string; page: AnnotationPage }[]> {
  const sources = await annotatedSources();
  const total = sources.reduce((sum, { edition }) => sum + edition.notes.length, 0);
  let startIndex = 0;
  return sources.map((rendered, index) => {
    const neighbour = (at: number) => {
      const other = sources[at];
      return other && publicUrl(annotationPagePath(other.source.id));
    };
    const page: AnnotationPage = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: publicUrl(annotationPagePath(rendered.source.id)),
      type: 'AnnotationPage',
      partOf: { id: publicUrl(ANNOTATIONS), label: ANNOTATIONS_LABEL, total },
      startIndex,
      next: neighbour(index + 1),
      prev: index > 0 ? neighbour(index - 1) : undefined,
      items: rendered.edition.notes.map((note) => annotationOf(rendered, note)),
    };
    startIndex += page.items.length;
    return { slug: rendered.source.id, page };
  });
}
