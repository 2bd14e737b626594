/**
 * Links to a paragraph of a source, wherever they are written: `<CrossRef
 * to="slug#p3">` in an edition, a plain Markdown link `[…](/sources/slug/#p3)`
 * in a note or a glossary entry. One rule for all: the source exists (or was
 * retired, and its addresses still answer) and the address is in its ledger,
 * not redirected.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readLedger, type Ledger } from './anchors.ts';
import { retiredSlugs } from './retired.ts';

export interface ReferencePaths {
  sourcesDir: string;
  ledgerDir: string;
  retiredFile: string;
}

/** A link's target on the site, or what is wrong with it. */
export type ReferenceCheck = { ok: true } | { ok: false; message: string; hint: string };

const FIND_HINT = '`npm run find -- <text>` lists paragraphs with their addresses.';

/** Site paths that name a source: `/sources/<slug>/` with an optional `#p12`. */
const SOURCE_LINK = /^\/sources\/([^/#?]+)\/?(?:#(.*))?$/u;

/** `slug` and `id` of a link to a source page, or undefined for any other link. */
export function sourceLinkTarget(
  url: string,
): { slug: string; id: string | undefined } | undefined {
  const match = SOURCE_LINK.exec(url);
  return match ? { slug: decodeURIComponent(match[1]!), id: match[2] } : undefined;
}

/** A checker that reads each source's ledger once. */
export function referenceChecker(paths: ReferencePaths) {
  const ledgers = new Map<string, Ledger | undefined>();
  const ledgerOf = (slug: string) => {
    if (!ledgers.has(slug)) ledgers.set(slug, readLedger(paths.ledgerDir, slug));
    return ledgers.get(slug);
  };
  const retired = retiredSlugs(paths.retiredFile);
  /** Does `slug` have a page, and (when given) a paragraph `id` that has not moved? */
  return (slug: string, id: string | undefined, written: string): ReferenceCheck => {
    if (!existsSync(join(paths.sourcesDir, `${slug}.mdx`)) && !retired.has(slug))
      return {
        ok: false,
        message: `${written}: no source "${slug}"`,
        hint: `Name the slug of a file in content/sources/. ${FIND_HINT}`,
      };
    if (id === undefined || id === '') return { ok: true };
    const ledger = ledgerOf(slug);
    if (!(ledger?.anchors.some((entry) => entry.id === id) ?? false)) {
      const moved = ledger?.redirects[id];
      return moved
        ? {
            ok: false,
            message: `${written}: ${id} of ${slug} has moved to ${moved}`,
            hint: `Refer to ${slug}#${moved}.`,
          }
        : {
            ok: false,
            message: `${written}: ${slug} has no paragraph ${id}`,
            hint: `Use an address from content/anchors/${slug}.json. ${FIND_HINT}`,
          };
    }
    const moved = ledger?.redirects[id];
    if (moved)
      return {
        ok: false,
        message: `${written}: ${id} of ${slug} has moved to ${moved}`,
        hint: `Refer to ${slug}#${moved}.`,
      };
    return { ok: true };
  };
}
