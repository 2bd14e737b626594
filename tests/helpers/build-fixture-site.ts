/**
 * Builds a site from a folder of editions with the real Astro pipeline (the
 * project's own astro.config.mjs), into a scratch folder inside the project
 * (see work-dir.ts: built chunks must resolve the project's packages).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, workDir } from './work-dir.ts';

export { ROOT };
export const FIXTURE_ORIGINALS = join(ROOT, 'tests/fixtures/originals');

export interface FixtureBuild {
  status: number | null;
  output: string;
  outDir: string;
}

export const FIXTURE_SOURCES = join(ROOT, 'tests/fixtures/sources');
export const FIXTURE_ANCHORS = join(ROOT, 'tests/fixtures/anchors');
export const FIXTURE_GLOSSARY = join(ROOT, 'tests/fixtures/glossary');

/**
 * Build the site from `sourcesDir`; originals, anchor ledgers and glossary
 * default to the fixtures' own.
 */
export function buildFixtureSite(
  sourcesDir: string,
  {
    originalsDir = FIXTURE_ORIGINALS,
    anchorsDir = FIXTURE_ANCHORS,
    glossaryDir = FIXTURE_GLOSSARY,
  } = {},
): FixtureBuild {
  return buildSite({
    QAS_SOURCES_DIR: sourcesDir,
    QAS_ORIGINALS_DIR: originalsDir,
    QAS_ANCHORS_DIR: anchorsDir,
    QAS_GLOSSARY_DIR: glossaryDir,
  });
}

/**
 * Build the real site with the content the environment names (`QAS_*_DIR`,
 * `QAS_CONTENT_DIR`), into a scratch folder of its own, with its own cache.
 */
export function buildSite(content: Record<string, string>): FixtureBuild {
  const work = workDir('site');
  const outDir = join(work, 'dist');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...content,
        QAS_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
