/**
 * Where the content lives. `QAS_SOURCES_DIR` points the site at another set of
 * editions (test fixtures, synthetic corpora for the benchmark), with
 * `QAS_ORIGINALS_DIR`, `QAS_ANCHORS_DIR` and `QAS_GLOSSARY_DIR` for their
 * originals, anchor ledgers and glossary.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const CONTENT_PATHS = {
  sourcesDir: resolve(root, process.env['QAS_SOURCES_DIR'] ?? 'content/sources'),
  originalsDir: resolve(root, process.env['QAS_ORIGINALS_DIR'] ?? 'content/originals'),
  ledgerDir: resolve(root, process.env['QAS_ANCHORS_DIR'] ?? 'content/anchors'),
  glossaryDir: resolve(root, process.env['QAS_GLOSSARY_DIR'] ?? 'content/glossary'),
  translationsDir: resolve(root, process.env['QAS_TRANSLATIONS_DIR'] ?? 'content/translations'),
} as const;
