/**
 * `npm run bench`: how fast and how light the site is, and how its cost grows
 * with the corpus. Prints a table and writes bench/results/report.json.
 *
 * - the real site: build time by phase, peak memory, output size, transfer
 *   per page type, search time and bytes (cold and warm), Lighthouse scores;
 * - the CPU ratio: CPU time and peak memory of the site's build against a
 *   bare Astro + MDX build of the same editions (bench/bare-site), alternated
 *   BENCH_CPU_PAIRS times (default 5), see bench/lib/cpu-ratio.ts;
 * - synthetic corpora of N sources (BENCH_SCALE, default 100,1000,5000):
 *   CPU seconds and peak memory of Astro, of the Node indexing step and of
 *   Pagefind's service, each apart; index size and shards; cold and warm
 *   queries (bytes as stored and gzipped, time to first and to all results);
 *   recall of exact substrings against the generated texts.
 *
 * BENCH_ONLY=site,cpu-ratio,scale runs only the sections named; their figures
 * replace the same sections of an existing report.json.
 *
 * Speed and size are measured here, never asserted in tests.
 */
import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { checkEditions } from '../src/lib/edition-check.ts';
import { loadGlossary } from '../src/lib/glossary.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveDirectory } from '../tests/helpers/static-server.ts';
import { pageWeight, searchTimings } from './lib/browser-measures.ts';
import { exactSubstringRecall } from './lib/recall.ts';
import { cpuRatio } from './lib/cpu-ratio.ts';
import { lighthouseScores } from './lib/lighthouse.ts';
import { measureBuild, ROOT } from './lib/measure-build.ts';
import { generateCorpus } from './lib/synthetic-corpus.ts';

const SCALES = (process.env['BENCH_SCALE'] ?? '100,1000,5000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const SCALE_TIMEOUT_SECONDS = Number(process.env['BENCH_SCALE_TIMEOUT'] ?? 2700);
const CPU_PAIRS = Number(process.env['BENCH_CPU_PAIRS'] ?? 5);
const SECTIONS = ['site', 'cpu-ratio', 'scale'] as const;
const ONLY = (process.env['BENCH_ONLY'] ?? SECTIONS.join(',')).split(',').filter(Boolean);
const PAGE_TYPES = [
  '/',
  '/sources/2021-licang-14th-five-year-plan/',
  '/sources/2021-offensives-hearings-report/',
  '/glossary/',
  '/glossary/zhangcun-river/',
  '/search/',
  '/annotations/',
];

function directorySize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const inner = directorySize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function table(title: string, rows: readonly object[]) {
  console.log(`\n${title}`);
  console.table(rows);
}

async function siteSection() {
  // Phase: the checks that run before the build (editions and glossary).
  const checksStarted = performance.now();
  checkEditions(CONTENT_PATHS);
  loadGlossary(CONTENT_PATHS.glossaryDir);
  const checksSeconds = (performance.now() - checksStarted) / 1000;

  const site = measureBuild();
  if (!site.ok) throw new Error(`the site did not build:\n${site.output.slice(-3000)}`);
  const output = directorySize(site.outDir);
  const index = directorySize(join(site.outDir, 'pagefind'));
  const build = {
    totalSeconds: round(site.seconds),
    checksSeconds: round(checksSeconds, 2),
    searchIndexSeconds: round(site.searchIndexSeconds, 2),
    astroSeconds: round(site.seconds - site.searchIndexSeconds - checksSeconds),
    astroCpuSeconds: site.astro.cpuSeconds,
    indexNodeCpuSeconds: site.indexNode.cpuSeconds,
    pagefindCpuSeconds: site.pagefind.cpuSeconds,
    peakMemoryMB: Math.round(site.peakMemoryMB),
    pages: site.pages,
    searchRecords: site.searchRecords,
    outputMB: mb(output.bytes),
    outputFiles: output.files,
    indexMB: mb(index.bytes),
  };
  table('build of the site', [build]);

  const browser = await launchBrowser();
  const { server, url, filesServed } = await serveDirectory(site.outDir);
  const weights = [];
  for (const path of PAGE_TYPES) weights.push(await pageWeight(browser, url, site.outDir, path));
  table('transfer per page, before any interaction (gzipped KB)', weights);
  const search = await searchTimings(browser, url, filesServed);
  table('search (time to first and to all results, bytes of search files until the first)', [
    { ...search.cold, query: `cold: ${search.cold.query}` },
    { ...search.warm, query: `warm: ${search.warm.query}` },
  ]);
  console.log(
    `from a link (/search/?q=${search.cold.query}): first results ${search.linkFirstMs} ms`,
  );
  await browser.close();
  let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> = [];
  try {
    lighthouse = await lighthouseScores([
      `${url}/sources/2021-offensives-hearings-report/`,
      `${url}/search/?q=院士港`,
      `${url}/en/`,
      `${url}/en/sources/2021-offensives-hearings-report/`,
      `${url}/en/glossary/zhangcun-river/`,
      `${url}/en/search/?q=academician`,
    ]);
    table(
      'Lighthouse',
      lighthouse.map((scores) => ({
        ...scores,
        url: new URL(scores.url).pathname + new URL(scores.url).search,
      })),
    );
  } catch (error) {
    console.log(`Lighthouse could not run: ${(error as Error).message}`);
  }
  server.close();
  return { build, pages: weights, search, lighthouse };
}

function cpuRatioSection() {
  console.log(
    `\ncpu-ratio: the site's build against bench/bare-site, ${CPU_PAIRS} pair(s) after a warm-up each…`,
  );
  const result = cpuRatio({ pairs: CPU_PAIRS, workDir: join(ROOT, 'bench/results/cpu-ratio') });
  table(
    `CPU time, site build against bare Astro + MDX (baseline processor: ${result.bareProcessor})`,
    result.runs,
  );
  const row = (build: string, figures: typeof result.full) => ({
    build,
    pages: figures.pages,
    'CPU s (median)': figures.cpuSeconds,
    'min–max': `${figures.cpuSecondsMin}–${figures.cpuSecondsMax}`,
    user: figures.userSeconds,
    system: figures.systemSeconds,
    '+ unreaped children': figures.unreapedSeconds,
    'peak MB': figures.peakMemoryMB,
    'wall s': figures.wallSeconds,
  });
  table('medians', [row('site (full)', result.full), row('bare', result.bare)]);
  console.log(
    `ratio full / bare: median of pairwise ratios ${result.medianRatio} (min ${result.minRatio}, max ${result.maxRatio}); ratio of medians ${result.ratioOfMedians}`,
  );
  return { date: new Date().toISOString().slice(0, 10), ...result };
}

async function scaleSection() {
  const scale = [];
  for (const count of SCALES) {
    const generated = performance.now();
    const corpus = generateCorpus(count);
    const generateSeconds = (performance.now() - generated) / 1000;
    console.log(
      `\nscale: building ${count} synthetic sources (${round(corpus.characters / 1e6, 2)} M characters)…`,
    );
    const measured = measureBuild(corpus, { timeoutSeconds: SCALE_TIMEOUT_SECONDS });
    const row: Record<string, unknown> = {
      sources: count,
      characters: corpus.characters,
      generateSeconds: round(generateSeconds),
      completed: measured.ok,
      buildSeconds: round(measured.seconds),
      astroCpuSeconds: measured.astro.cpuSeconds,
      astroPeakMB: measured.astro.peakMemoryMB,
      indexSeconds: round(measured.searchIndexSeconds),
      indexNodeCpuSeconds: measured.indexNode.cpuSeconds,
      indexNodePeakMB: measured.indexNode.peakMemoryMB,
      pagefindCpuSeconds: measured.pagefind.cpuSeconds,
      pagefindPeakMB: measured.pagefind.peakMemoryMB,
      shards: measured.shards,
    };
    const indexWritten = existsSync(join(measured.outDir, 'pagefind', 'pagefind.js'));
    if (measured.ok && indexWritten) {
      // Every shard's directory (/pagefind/, /pagefind-2/…), and the section texts apart.
      const sizeOfIndex = readdirSync(measured.outDir)
        .filter((name) => /^pagefind(-\d+)?$/u.test(name))
        .reduce((sum, name) => sum + directorySize(join(measured.outDir, name)).bytes, 0);
      const sizeOfTexts = directorySize(join(measured.outDir, 'search-text'));
      const sizeOfTrigrams = directorySize(join(measured.outDir, 'search-trigrams'));
      const scaleBrowser = await launchBrowser();
      const served = await serveDirectory(measured.outDir);
      const query = await searchTimings(scaleBrowser, served.url, served.filesServed);
      const recall = await exactSubstringRecall(scaleBrowser, served.url, corpus.texts);
      await scaleBrowser.close();
      served.server.close();
      Object.assign(row, {
        pages: measured.pages,
        searchRecords: measured.searchRecords,
        indexMB: mb(sizeOfIndex),
        searchTextMB: mb(sizeOfTexts.bytes),
        trigramDirectoryMB: mb(sizeOfTrigrams.bytes),
        coldFirstMs: query.cold.milliseconds,
        coldCompleteMs: query.cold.completeMilliseconds,
        coldKB: query.cold.kilobytes,
        coldGzipKB: query.cold.gzipKilobytes,
        coldPageGzipKB: query.cold.pageGzipKilobytes,
        coldGzipKBByKind: Object.entries(query.cold.gzipKilobytesByKind)
          .map(([kind, { files, kilobytes }]) => `${kind} ${kilobytes} (${files})`)
          .join(', '),
        linkFirstMs: query.linkFirstMs,
        warmFirstMs: query.warm.milliseconds,
        warmKB: query.warm.kilobytes,
        warmGzipKB: query.warm.gzipKilobytes,
        recall: recall.recall,
        recallQueries: recall.queries,
        recallKinds: Object.entries(recall.byKind)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', '),
        recallParagraphs: recall.expected,
        recallMisses: recall.misses,
      });
    } else {
      row['completed'] = false;
      row['failure'] =
        measured.seconds >= SCALE_TIMEOUT_SECONDS - 1
          ? `timed out after ${SCALE_TIMEOUT_SECONDS} s`
          : indexWritten
            ? measured.output.slice(-400)
            : `no search index written: ${measured.output.slice(-300)}`;
    }
    execSync(
      `rm -rf ${JSON.stringify(join(corpus.sourcesDir, '..'))} ${JSON.stringify(join(measured.outDir, '..'))}`,
    );
    scale.push(row);
    table('scale so far', scale);
  }
  return scale;
}

async function main() {
  const unknown = ONLY.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(
      `BENCH_ONLY: no section named ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`,
    );
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
  console.log(
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}`,
  );

  const reportPath = join(ROOT, 'bench/results/report.json');
  // A partial run keeps the other sections of the last report.
  const report: Record<string, unknown> =
    ONLY.length < SECTIONS.length && existsSync(reportPath)
      ? JSON.parse(readFileSync(reportPath, 'utf8'))
      : {};
  report['machine'] = machine;
  if (ONLY.includes('site')) Object.assign(report, await siteSection());
  if (ONLY.includes('cpu-ratio')) report['cpuRatio'] = cpuRatioSection();
  if (ONLY.includes('scale')) report['scale'] = await scaleSection();
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nreport written to bench/results/report.json`);
}

await main();
