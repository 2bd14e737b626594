/**
 * Reads a built site: every page's ids and every internal link, so a test can
 * prove that each link and #fragment resolves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface PageLinks {
  /** Site path of the page, e.g. `/sources/x/`. */
  path: string;
  ids: Set<string>;
  links: string[];
}

const LINK_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  source: 'src',
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function readSite(dist: string): Map<string, PageLinks> {
  const pages = new Map<string, PageLinks>();
  for (const file of htmlFiles(dist)) {
    const path = `/${relative(dist, file).replace(/index\.html$/u, '')}`;
    const ids = new Set<string>();
    const links: string[] = [];
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
      if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
      const attribute = LINK_ATTRIBUTES[node.tagName];
      const value = attribute ? node.properties[attribute === 'href' ? 'href' : 'src'] : undefined;
      if (typeof value === 'string') links.push(value);
    });
    pages.set(path, { path, ids, links });
  }
  return pages;
}

/** Links of a page that do not resolve inside the site, with the reason. */
export function brokenLinks(
  dist: string,
  pages: Map<string, PageLinks>,
  page: PageLinks,
  origin: string,
): string[] {
  const broken: string[] = [];
  for (const link of page.links) {
    const url = new URL(link, `${origin}${page.path}`);
    if (url.origin !== origin || url.protocol !== 'http:') continue;
    const path = decodeURIComponent(url.pathname);
    const file = join(dist, path);
    const exists =
      existsSync(file) && (!statSync(file).isDirectory() || existsSync(join(file, 'index.html')));
    if (!exists) {
      broken.push(`${page.path}: ${link} (no such page or file)`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !pages.get(path)?.ids.has(fragment))
      broken.push(`${page.path}: ${link} (no element with id "${fragment}")`);
  }
  return broken;
}
