/**
 * Builds a corpus in two measured child processes, as a sharded build would:
 * `astro build` with the search index skipped (pages and open data), then
 * `scripts/build-index.ts` (the search index, every shard in turn). Reports
 * each one's wall time, CPU seconds and peak memory separately: Astro, the
 * Node indexing step, and Pagefind's service (read from /proc by the indexer
 * before it stops the service, summed and maximised over shards).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildNodeFlags, countSources } from '../../scripts/lib/build-memory.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';

export const ROOT = join(import.meta.dirname, '../..');

export interface BuildMeasure {
  ok: boolean;
  /** Wall seconds of both steps. */
  seconds: number;
  /** Wall seconds of the search index step. */
  searchIndexSeconds: number;
  astro: { cpuSeconds: number; peakMemoryMB: number };
  indexNode: { cpuSeconds: number; peakMemoryMB: number };
  pagefind: { cpuSeconds: number; peakMemoryMB: number };
  /** The largest of the three peaks. */
  peakMemoryMB: number;
  searchRecords: number;
  shards: number;
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

function run(args: string[], env: NodeJS.ProcessEnv, timeoutSeconds: number) {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--import', join(ROOT, 'bench/peak-memory.mjs'), ...args],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: timeoutSeconds * 1000,
    },
  );
  const output = `${result.stdout}\n${result.stderr}`;
  const last = (pattern: RegExp) =>
    [...output.matchAll(pattern)].map((match) => Number(match[1])).at(-1) ?? 0;
  return {
    ok: result.status === 0,
    seconds: (performance.now() - started) / 1000,
    output,
    peakMemoryMB: last(/qas-peak-rss-kb=(\d+)/gu) / 1024,
    cpuSeconds: last(/qas-cpu-s=([\d.]+)/gu),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

export function measureBuild(
  paths: CorpusPaths = {},
  { timeoutSeconds = 3600, outDir = join(mkdtempSync(join(tmpdir(), 'qas-bench-')), 'dist') } = {},
): BuildMeasure {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...(paths.sourcesDir ? { QAS_SOURCES_DIR: paths.sourcesDir } : {}),
    ...(paths.originalsDir ? { QAS_ORIGINALS_DIR: paths.originalsDir } : {}),
    ...(paths.anchorsDir ? { QAS_ANCHORS_DIR: paths.anchorsDir } : {}),
    ...(paths.glossaryDir ? { QAS_GLOSSARY_DIR: paths.glossaryDir } : {}),
    QAS_CACHE_DIR: join(outDir, '..', 'cache'),
  };
  // With the heap `npm run build` gives a corpus this size (scripts/build.ts).
  const astro = run(
    [
      ...buildNodeFlags(countSources(paths.sourcesDir ?? CONTENT_PATHS.sourcesDir)),
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--outDir',
      outDir,
    ],
    { ...env, QAS_SEARCH_INDEX: 'skip' },
    timeoutSeconds,
  );
  const index = astro.ok
    ? run([join(ROOT, 'scripts/build-index.ts'), '--site', outDir], env, timeoutSeconds)
    : { ok: false, seconds: 0, output: '', peakMemoryMB: 0, cpuSeconds: 0 };
  const shards = [
    ...index.output.matchAll(
      /node-cpu-s=([\d.]+) pagefind-cpu-s=([\d.]+) pagefind-peak-mb=(\d+)/gu,
    ),
  ].map((match) => ({ pagefindCpu: Number(match[2]), pagefindPeak: Number(match[3]) }));
  const records = /indexed (\d+) records in (\d+) ms/u.exec(index.output);
  const pages = /(\d+) page\(s\) built/u.exec(astro.output);
  const pagefind = {
    cpuSeconds: round(shards.reduce((sum, shard) => sum + shard.pagefindCpu, 0)),
    peakMemoryMB: Math.max(0, ...shards.map((shard) => shard.pagefindPeak)),
  };
  return {
    ok: astro.ok && index.ok,
    seconds: astro.seconds + index.seconds,
    searchIndexSeconds: index.seconds,
    astro: { cpuSeconds: round(astro.cpuSeconds), peakMemoryMB: Math.round(astro.peakMemoryMB) },
    indexNode: {
      cpuSeconds: round(index.cpuSeconds),
      peakMemoryMB: Math.round(index.peakMemoryMB),
    },
    pagefind,
    peakMemoryMB: Math.max(astro.peakMemoryMB, index.peakMemoryMB, pagefind.peakMemoryMB),
    searchRecords: records ? Number(records[1]) : 0,
    shards: shards.length,
    pages: pages ? Number(pages[1]) : 0,
    outDir,
    output: `${astro.output}\n${index.output}`,
  };
}
