/**
 * What the site's build costs over a bare Astro + MDX build of the same
 * editions: the CPU time (user + system, of the build process and all its
 * descendants, Pagefind's service included) and peak memory of the site's
 * `astro build` and of bench/bare-site, built alternately, site then bare,
 * after one warm-up build each. The machine is shared and noisy, so the
 * summary is medians and the median of the pairwise ratios.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './measure-build.ts';

/** GNU time: unlike the shell keyword, it reports the rusage of the process it waits for, children included. */
const GNU_TIME = '/usr/bin/time';
const BARE_ROOT = join(ROOT, 'bench/bare-site');

export interface CpuMeasure {
  ok: boolean;
  /** User plus system CPU seconds of the build and all its descendants. */
  cpuSeconds: number;
  userSeconds: number;
  systemSeconds: number;
  /** The part of `cpuSeconds` spent in descendants the build never reaped (Pagefind's service), read from /proc. */
  unreapedSeconds: number;
  /** Largest resident set of any one process the build waited for (in practice, the build's Node process). */
  peakMemoryMB: number;
  wallSeconds: number;
  pages: number;
  output: string;
}

export interface CpuRatioOptions {
  /** Measured pairs after the warm-ups. */
  pairs: number;
  /** Where each build writes its output and cache; emptied first. */
  workDir: string;
}

function clockTicksPerSecond(): number {
  return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
}

/** Builds the Astro project at `root` once, measured by GNU time. */
export function measureCpu(root: string, dir: string, ticksPerSecond: number): CpuMeasure {
  const started = performance.now();
  const result = spawnSync(
    GNU_TIME,
    [
      '-f',
      'qas-time %U %S %M',
      process.execPath,
      '--import',
      join(ROOT, 'bench/unreaped-children.mjs'),
      join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      root,
      '--outDir',
      join(dir, 'dist'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        QAS_CACHE_DIR: join(dir, 'cache'),
      },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.error)
    throw new Error(
      `could not run ${GNU_TIME} (GNU time; on Debian: apt-get install time): ${result.error.message}`,
    );
  const output = `${result.stdout}\n${result.stderr}`;
  const time = [...output.matchAll(/qas-time ([\d.]+) ([\d.]+) (\d+)/gu)].at(-1);
  const unreaped = [...output.matchAll(/qas-unreaped-cpu-ticks=(\d+)/gu)].at(-1);
  const pages = /(\d+) page\(s\) built/u.exec(output);
  const userSeconds = time ? Number(time[1]) : 0;
  const systemSeconds = time ? Number(time[2]) : 0;
  const unreapedSeconds = unreaped ? Number(unreaped[1]) / ticksPerSecond : 0;
  return {
    ok: result.status === 0 && time !== undefined && unreaped !== undefined,
    cpuSeconds: userSeconds + systemSeconds + unreapedSeconds,
    userSeconds,
    systemSeconds,
    unreapedSeconds,
    peakMemoryMB: time ? Number(time[3]) / 1024 : 0,
    wallSeconds,
    pages: pages ? Number(pages[1]) : 0,
    output,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function summary(measures: readonly CpuMeasure[]) {
  const cpu = measures.map((measure) => measure.cpuSeconds);
  return {
    pages: measures[0]?.pages ?? 0,
    cpuSeconds: round(median(cpu)),
    cpuSecondsMin: round(Math.min(...cpu)),
    cpuSecondsMax: round(Math.max(...cpu)),
    userSeconds: round(median(measures.map((measure) => measure.userSeconds))),
    systemSeconds: round(median(measures.map((measure) => measure.systemSeconds))),
    unreapedSeconds: round(median(measures.map((measure) => measure.unreapedSeconds))),
    peakMemoryMB: Math.round(median(measures.map((measure) => measure.peakMemoryMB))),
    wallSeconds: round(median(measures.map((measure) => measure.wallSeconds))),
  };
}

export function cpuRatio({ pairs, workDir }: CpuRatioOptions) {
  const ticksPerSecond = clockTicksPerSecond();
  rmSync(workDir, { recursive: true, force: true });
  const build = (kind: 'full' | 'bare', label: string) => {
    const dir = join(workDir, `${kind}-${label}`);
    mkdirSync(dir, { recursive: true });
    const measure = measureCpu(kind === 'full' ? ROOT : BARE_ROOT, dir, ticksPerSecond);
    if (!measure.ok)
      throw new Error(`the ${kind} build (${label}) failed:\n${measure.output.slice(-3000)}`);
    // Each build starts from an empty output folder and cache; keep only the figures.
    rmSync(dir, { recursive: true, force: true });
    console.log(
      `cpu-ratio: ${kind} ${label}: ${round(measure.cpuSeconds)} s CPU, ${Math.round(measure.peakMemoryMB)} MB`,
    );
    return measure;
  };
  build('full', 'warm-up');
  build('bare', 'warm-up');
  const runs = [];
  for (let pair = 1; pair <= pairs; pair += 1) {
    const full = build('full', String(pair));
    const bare = build('bare', String(pair));
    runs.push({ pair, full, bare, ratio: full.cpuSeconds / bare.cpuSeconds });
  }
  const ratios = runs.map((run) => run.ratio);
  rmSync(workDir, { recursive: true, force: true });
  return {
    bareProcessor:
      process.env['BENCH_BARE_PROCESSOR'] === 'unified'
        ? 'unified() without plugins'
        : "Astro's default (Sätteri)",
    pairs,
    full: summary(runs.map((run) => run.full)),
    bare: summary(runs.map((run) => run.bare)),
    medianRatio: round(median(ratios)),
    ratioOfMedians: round(
      median(runs.map((run) => run.full.cpuSeconds)) /
        median(runs.map((run) => run.bare.cpuSeconds)),
    ),
    minRatio: round(Math.min(...ratios)),
    maxRatio: round(Math.max(...ratios)),
    runs: runs.map(({ pair, full, bare, ratio }) => ({
      pair,
      fullCpuSeconds: round(full.cpuSeconds),
      bareCpuSeconds: round(bare.cpuSeconds),
      ratio: round(ratio),
      fullPeakMemoryMB: Math.round(full.peakMemoryMB),
      barePeakMemoryMB: Math.round(bare.peakMemoryMB),
    })),
  };
}
