/**
 * Where the content lives. `QAS_SOURCES_DIR` points the site at another set of
 * editions (test fixtures, synthetic corpora for the benchmark), with
 * `QAS_ORIGINALS_DIR` and `QAS_ANCHORS_DIR` for their originals and anchor
 * ledgers.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const CONTENT_PATHS = {
  sourcesDir: resolve(root, process.env['QAS_SOURCES_DIR'] ?? 'content/sources'),
  originalsDir: resolve(root, process.env['QAS_ORIGINALS_DIR'] ?? 'content/originals'),
  ledgerDir: resolve(root, process.env['QAS_ANCHORS_DIR'] ?? 'content/anchors'),
} as const;
