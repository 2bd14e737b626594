/** The paragraphs the built site publishes as open data (dist/data/paragraphs.json), by site address. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  annotationPageSchema,
  annotationsFileSchema,
  type AnnotationPage,
  type AnnotationsFile,
} from '../../src/schemas/open-data.ts';
import { attribute, type Element, findAll, hasClass, parsePage } from './html.ts';
import { ROOT } from './work-dir.ts';

export const DIST = join(ROOT, 'dist');

export interface OpenParagraph {
  source: string;
  id: string;
  /** Site path and fragment, e.g. `/sources/x/#p3`. */
  address: string;
  text: string;
}

export function openParagraphs(dist = DIST): OpenParagraph[] {
  const records = JSON.parse(readFileSync(join(dist, 'data/paragraphs.json'), 'utf8')) as {
    source: string;
    id: string;
    url: string;
    text: string;
  }[];
  return records.map(({ source, id, url, text }) => ({
    source,
    id,
    address: `${new URL(url).pathname}${new URL(url).hash}`,
    text,
  }));
}

const ADDRESS = /^p\d+[a-z]*$/u;

/**
 * Addresses of the published blocks that hold other numbered blocks (a 专栏
 * box holds its heading and paragraphs), read from the built pages: search
 * finds the text in the blocks inside.
 */
export function containerAddresses(dist = DIST): Set<string> {
  const containers = new Set<string>();
  for (const slug of readdirSync(join(dist, 'sources'))) {
    const page = parsePage(readFileSync(join(dist, 'sources', slug, 'index.html'), 'utf8'));
    // A vanished address kept as an alias (`<span id="p10" class="anchor-alias">` inside the
    // block that now holds its text) is an address, not a block: it makes no container.
    const numbered = (element: Element) =>
      ADDRESS.test(attribute(element, 'id') ?? '') && !hasClass(element, 'anchor-alias');
    for (const block of findAll(page, numbered))
      if (findAll(block, numbered).length > 0)
        containers.add(`/sources/${slug}/#${attribute(block, 'id')}`);
  }
  return containers;
}

export interface OpenRecord {
  source: string;
  kind: 'paragraph' | 'note' | 'introduction';
  /** Site path and fragment: `/sources/x/#p3`, `/sources/x/#note-2`. */
  address: string;
  text: string;
}

/**
 * Everything a reader can search in the sources, as the open-data files
 * (dist/data/sources/<slug>.json) publish it: leaf paragraphs, notes, and
 * each source's introduction and summary (Chinese and English).
 */
export function openRecords(dist = DIST): OpenRecord[] {
  const dir = join(dist, 'data/sources');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const file = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        id: string;
        blocks: { id: string; text: string; container: boolean }[];
        notes?: { number: number; text: string }[];
        introduction?: { zh: string; en: string };
        summary?: { zh: string; en: string };
      };
      const page = `/sources/${file.id}/`;
      return [
        ...file.blocks
          .filter((block) => !block.container && block.text !== '')
          .map((block) => ({
            source: file.id,
            kind: 'paragraph' as const,
            address: `${page}#${block.id}`,
            text: block.text,
          })),
        ...(file.notes ?? []).map((note) => ({
          source: file.id,
          kind: 'note' as const,
          address: `${page}#note-${note.number}`,
          text: note.text,
        })),
        {
          source: file.id,
          kind: 'introduction' as const,
          address: `${page}#introduction-title`,
          text: [file.introduction?.zh, file.introduction?.en, file.summary?.zh, file.summary?.en]
            .filter(Boolean)
            .join('\n'),
        },
      ];
    });
}

/**
 * The notes as a W3C Web Annotation client reads the paged collection
 * (/data/annotations.jsonld): from its `first` page, page by page by `next`,
 * each page checked to belong to the collection and to start where the last
 * one ended.
 */
export function openAnnotations(dist = DIST): {
  collection: AnnotationsFile;
  pages: AnnotationPage[];
  items: AnnotationPage['items'];
} {
  const read = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as unknown;
  const collection = annotationsFileSchema.parse(read('data/annotations.jsonld'));
  const pages: AnnotationPage[] = [];
  const seen = new Set<string>();
  for (let next = collection.first; next !== undefined;) {
    if (seen.has(next)) throw new Error(`the annotation pages loop back to ${next}`);
    seen.add(next);
    const page = annotationPageSchema.parse(read(new URL(next).pathname));
    if (page.id !== next) throw new Error(`${next} calls itself ${page.id}`);
    if (page.partOf.id !== collection.id) throw new Error(`${next} is part of ${page.partOf.id}`);
    const before = pages.reduce((sum, earlier) => sum + earlier.items.length, 0);
    if (page.startIndex !== before)
      throw new Error(`${next} starts at ${page.startIndex}, not ${before}`);
    pages.push(page);
    next = page.next;
  }
  if (pages.at(-1)?.id !== collection.last)
    throw new Error(`the last page is not ${collection.last}`);
  return { collection, pages, items: pages.flatMap((page) => page.items) };
}
