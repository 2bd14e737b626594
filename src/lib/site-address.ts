/**
 * The site's public address, said once. `SITE_URL` (an environment variable
 * read by astro.config.mjs) is the full address the site is served from, its
 * path included: `https://example.org/qas/` serves the home page there and
 * every other page, asset, data file and search bundle below it.
 *
 * Code names pages by their *site path* (`/sources/x/`, relative to the site's
 * root whatever its base); `withBase` makes a link of it, `absoluteUrl` the
 * full address citations and canonical links give.
 */

/** Where the site is served when `SITE_URL` is not set: the development server and `npm start`. */
export const LOCAL_SITE_URL = 'http://localhost:4321/';

export interface SiteAddress {
  /** The full address with a trailing slash, e.g. `https://example.org/qas/`. */
  site: string;
  /** Its path, with leading and trailing slashes, e.g. `/qas/` (or `/`). */
  base: string;
  /** `SITE_URL` was not set: the local address stands in. */
  local: boolean;
}

/**
 * Parse `SITE_URL`. Throws with a hint on a value that is not an absolute
 * http(s) address, or that carries a query or fragment.
 */
export function siteAddress(value: string | undefined): SiteAddress {
  const raw = value?.trim() ?? '';
  if (raw === '') return { site: LOCAL_SITE_URL, base: '/', local: true };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL="${raw}" is not an address. Give the full address the site is served from, e.g. SITE_URL=https://example.org/qas/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL="${raw}": only http and https addresses can serve the site.`);
  if (url.search !== '' || url.hash !== '')
    throw new Error(`SITE_URL="${raw}": leave out the query and fragment (?… #…).`);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base, local: false };
}

/** `/sources/x/` → `/qas/sources/x/` under base `/qas/`. Leaves full addresses and `#fragments` alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${base.replace(/\/$/u, '')}${path}`;
}

/** The full address of a site path: `/sources/x/#p3` → `https://example.org/qas/sources/x/#p3`. */
export function absoluteUrl(path: string, site: URL | string): string {
  const root = String(site).replace(/\/?$/u, '/');
  return new URL(path.replace(/^\//u, ''), root).href;
}
