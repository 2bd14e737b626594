/**
 * Where the content lives. `QAS_CONTENT_DIR` points the site and its tools at
 * another copy of content/ (a scaffolding test, a synthetic corpus);
 * `QAS_SOURCES_DIR`, `QAS_ORIGINALS_DIR`, `QAS_ANCHORS_DIR` and
 * `QAS_GLOSSARY_DIR` point single folders elsewhere (test fixtures).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The first load (astro.config.mjs, a script) knows the project from this file's
// place and records it: code bundled into the build's prerender chunks lives
// elsewhere (dist/), and reads the project from the record.
const root = process.env['QAS_PROJECT_ROOT'] ?? fileURLToPath(new URL('../../', import.meta.url));
process.env['QAS_PROJECT_ROOT'] = root;
const content = resolve(root, process.env['QAS_CONTENT_DIR'] ?? 'content');

export const CONTENT_PATHS = {
  sourcesDir: resolve(root, process.env['QAS_SOURCES_DIR'] ?? resolve(content, 'sources')),
  originalsDir: resolve(root, process.env['QAS_ORIGINALS_DIR'] ?? resolve(content, 'originals')),
  ledgerDir: resolve(root, process.env['QAS_ANCHORS_DIR'] ?? resolve(content, 'anchors')),
  glossaryDir: resolve(root, process.env['QAS_GLOSSARY_DIR'] ?? resolve(content, 'glossary')),
  /** The editors' translations: `<language>/<slug>.yaml` (src/schemas/translation.ts). */
  translationsDir: resolve(
    root,
    process.env['QAS_TRANSLATIONS_DIR'] ?? resolve(content, 'translations'),
  ),
  /** Document types, media, regions and speaker roles (src/schemas/vocabularies.ts). */
  vocabulariesFile: resolve(content, 'vocabularies.yaml'),
  /** Sources retired from the site, whose addresses still answer (src/schemas/retired.ts). */
  retiredFile: resolve(content, 'retired.yaml'),
} as const;

/**
 * Astro's cache (`QAS_CACHE_DIR`: tests and benchmarks build other copies of
 * the site without touching this one's), and in it the edition models waiting
 * to be rendered (src/lib/edition-store.ts).
 */
const cacheDir = resolve(root, process.env['QAS_CACHE_DIR'] ?? 'node_modules/.astro');
export const BUILD_PATHS = {
  cacheDir,
  editionStoreDir: resolve(cacheDir, 'editions'),
} as const;
