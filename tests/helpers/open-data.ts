/** The paragraphs the built site publishes as open data (dist/data/paragraphs.json), by site address. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, type Element, findAll, parsePage } from './html.ts';
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
    const numbered = (element: Element) => ADDRESS.test(attribute(element, 'id') ?? '');
    for (const block of findAll(page, numbered))
      if (findAll(block, numbered).length > 0)
        containers.add(`/sources/${slug}/#${attribute(block, 'id')}`);
  }
  return containers;
}
