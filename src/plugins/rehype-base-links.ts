/**
 * Puts the site's base path in front of every root-relative link of a
 * Markdown or MDX file (`/glossary/x/` → `/qas/glossary/x/` when the site is
 * served under `/qas/`, see src/lib/site-address.ts). Editions, glossary
 * entries and the plugins before this one write site paths; only here do they
 * become addresses on the server, so content never names the base.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/site-address.ts';

export interface BaseLinksOptions {
  /** The site's base path, with leading and trailing slashes (`/` for none). */
  base: string;
}

const LINK_PROPERTIES = ['href', 'src'] as const;

export function rehypeBaseLinks({ base }: BaseLinksOptions) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node) => {
      for (const name of LINK_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = withBase(value, base);
      }
    });
  };
}
