/**
 * Facts about source editions that pages show: order, length, labels.
 */
import type { CollectionEntry } from 'astro:content';
import type { CitableSource } from './citation.ts';
import { editionBlocks, parseEdition } from './edition-text.ts';
import { characterCount } from './text.ts';

export type SourceEntry = CollectionEntry<'sources'>;

/** Sources, oldest first; same-day sources by title. */
export function sourcesByDate(sources: SourceEntry[]): SourceEntry[] {
  return [...sources].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.title.localeCompare(b.data.title, 'zh-CN'));
}

/** Characters of reading text in an edition (the corrected reading, without editors' notes). */
export function readingLength(mdx: string): number {
  return editionBlocks(parseEdition(mdx).tree, 'corrected').reduce((sum, block) => sum + characterCount(block.text), 0);
}

/** `2021-03-31` → `2021年3月31日`. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Address of a source's page on the site. */
export function sourcePath(slug: string): string {
  return `/sources/${slug}/`;
}

/** What citations need to know about a source, from its frontmatter. */
export function citableSource(source: SourceEntry, site: URL): CitableSource {
  const { data } = source;
  return {
    slug: source.id,
    title: data.title,
    subtitle: data.subtitle,
    authors: data.authors,
    publisher: data.publisher,
    issuer: data.issuer,
    documentNumber: data.documentNumber,
    date: data.date,
    medium: data.medium,
    url: new URL(sourcePath(source.id), site).href,
  };
}
