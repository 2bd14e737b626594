/**
 * Links and addresses under the configured base path, for pages and browser
 * scripts alike (Vite fills in `import.meta.env` in both). Code names pages by
 * site path (`/sources/x/`); see src/lib/site-address.ts.
 */
import { absoluteUrl, withBase } from '../lib/site-address.ts';

/** A link to a site path: `/sources/x/` → `/qas/sources/x/`. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The full public address of a site path, for citations, canonical links and open data. */
export function publicUrl(path: string): string {
  return absoluteUrl(path, import.meta.env.SITE ?? '');
}
