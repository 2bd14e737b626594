/**
 * Where the content lives. `QAS_SOURCES_DIR` points the site at another set of
 * editions (test fixtures, synthetic corpora for the benchmark); originals
 * stay in content/originals/ unless `QAS_ORIGINALS_DIR` says otherwise.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const CONTENT_PATHS = {
  sourcesDir: resolve(root, process.env['QAS_SOURCES_DIR'] ?? 'content/sources'),
  originalsDir: resolve(root, process.env['QAS_ORIGINALS_DIR'] ?? 'content/originals'),
} as const;
