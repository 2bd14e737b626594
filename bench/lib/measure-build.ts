/**
 * Runs `astro build` on a corpus in a child process and measures it: wall
 * time, the build process's peak memory, and the phases the build logs
 * (search indexing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface BuildMeasure {
  ok: boolean;
  seconds: number;
  peakMemoryMB: number;
  searchIndexSeconds: number;
  searchRecords: number;
  pages: number;
  outDir: string;
  output: string;
}

export interface CorpusPaths {
  sourcesDir?: string;
  originalsDir?: string;
  anchorsDir?: string;
  glossaryDir?: string;
}

export function measureBuild(
  paths: CorpusPaths = {},
  { timeoutSeconds = 3600, outDir = join(mkdtempSync(join(tmpdir(), 'qas-bench-')), 'dist') } = {},
): BuildMeasure {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      join(ROOT, 'bench/peak-memory.mjs'),
      '--max-old-space-size=12288',
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--outDir',
      outDir,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        ...(paths.sourcesDir ? { QAS_SOURCES_DIR: paths.sourcesDir } : {}),
        ...(paths.originalsDir ? { QAS_ORIGINALS_DIR: paths.originalsDir } : {}),
        ...(paths.anchorsDir ? { QAS_ANCHORS_DIR: paths.anchorsDir } : {}),
        ...(paths.glossaryDir ? { QAS_GLOSSARY_DIR: paths.glossaryDir } : {}),
        QAS_CACHE_DIR: join(outDir, '..', 'cache'),
      },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: timeoutSeconds * 1000,
    },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  const index = /indexed (\d+) records in (\d+) ms/u.exec(output);
  const pages = /(\d+) page\(s\) built/u.exec(output);
  const peak =
    [...output.matchAll(/qas-peak-rss-kb=(\d+)/gu)].map((match) => Number(match[1])).at(-1) ?? 0;
  return {
    ok: result.status === 0,
    seconds: (performance.now() - started) / 1000,
    peakMemoryMB: peak / 1024,
    searchIndexSeconds: index ? Number(index[2]) / 1000 : 0,
    searchRecords: index ? Number(index[1]) : 0,
    pages: pages ? Number(pages[1]) : 0,
    outDir,
    output,
  };
}
