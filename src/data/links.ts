/**
 * Links and addresses under the configured base path, for pages and browser
 * scripts alike. Code names pages by site path (`/sources/x/`); see
 * src/lib/site-address.ts.
 *
 * The base is read from the site's address (`import.meta.env.SITE`, which
 * Astro defines from SITE_URL for pages and browser bundles alike), not from
 * `import.meta.env.BASE_URL`: while pages are prerendered Vite gives that
 * its own value, `/`.
 */
import { absoluteUrl, withBase } from '../lib/site-address.ts';

const SITE: string = import.meta.env.SITE ?? 'http://localhost/';
const BASE = new URL(SITE).pathname.replace(/\/?$/u, '/');

/** A link to a site path: `/sources/x/` → `/qas/sources/x/`. */
export function href(path: string): string {
  return withBase(path, BASE);
}

/** The full public address of a site path, for citations, canonical links and open data. */
export function publicUrl(path: string): string {
  return absoluteUrl(path, SITE);
}
