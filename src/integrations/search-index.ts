/**
 * Builds the Pagefind search index at the end of `astro build`, through
 * Pagefind's Node API, from records (see `src/lib/search-records.ts`): each
 * source's sections of title, introduction, blocks and notes (and, for the
 * English pages, their translations beside the Chinese), read from the edition
 * model as the build wrote it to the open-data files (`/data/sources/<slug>.json`),
 * so search and open data hold the same text; and each glossary entity.
 * Pagefind's own HTML crawl is not used. Each section's texts are written to
 * `/search-text/<slug>/<lang>-<n>.json`, where its record's url points, and
 * each shard's trigram directory (which sections hold each trigram, for words
 * whose bigrams are too loose; see src/lib/search-trigrams.ts) to
 * `/search-trigrams/<k>/`.
 *
 * Shards: Pagefind's memory grows with the characters it indexes and its time
 * with the records already added, so a corpus above `shardCharacters` is
 * indexed in shards of whole sources, each by its own Pagefind service (the
 * memory of one shard at a time), written to `/pagefind/` (shard 1, with the
 * glossary) and `/pagefind-<k>/`. The plan depends only on the open-data
 * files, so each shard can be built alone, on another machine
 * (`npm run build:index -- --shard K/N`, see scripts/build-index.ts); the
 * client searches them together with Pagefind's `mergeIndex`, listing them
 * from `/pagefind-shards.json`.
 */
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { execSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { leafBlocks } from '../lib/edition-model.ts';
import { loadGlossary } from '../lib/glossary.ts';
import {
  GLOSSARY_SHARD,
  RECORD_KINDS,
  SHARDS_FILE,
  shardDirectory,
  trigramDirectory,
} from '../lib/search-layout.ts';
import {
  englishEntityRecord,
  englishSourceRecords,
  entityRecord,
  sourceRecords,
  type SearchRecord,
  type SearchSection,
} from '../lib/search-records.ts';
import { TrigramDirectory } from '../lib/search-trigrams.ts';
import { ENTITY_TYPES } from '../schemas/entity.ts';
import { sourceFileSchema } from '../schemas/open-data.ts';
import { typeLabel } from '../schemas/source.ts';

export interface SearchIndexOptions {
  glossaryDir: string;
  /**
   * Characters of source data (the open-data files' size in bytes, a stand-in
   * that needs no parsing) one shard holds at most; a corpus above it is
   * indexed in shards. Default 120 MB (about 1,600 sources of 10,000
   * characters, whose open data is about 75 KB each), or the environment's
   * QAS_INDEX_SHARD_BYTES.
   */
  shardBytes?: number;
}

const DEFAULT_SHARD_BYTES = 120_000_000;

/**
 * Word locations per index chunk (Pagefind's default is 20,000). A query
 * fetches, from every shard, the chunk holding each of its terms, and the
 * index metadata every cold query fetches lists every chunk: smaller chunks
 * cost less per term and more in metadata. Measured on the synthetic corpora
 * (README, "Scale"): at 1,000 sources in three shards, index metadata and
 * chunks together came to 199 KB at 20,000 locations, 139 KB at 10,000 and
 * 200 KB at 2,500. Pagefind 1.6 reads it from
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE (an unstable setting, so the version is
 * pinned and the benchmark reports the bytes of chunks); one already set in
 * the environment wins.
 */
const INDEX_CHUNK_LOCATIONS = 10_000;

/** The shard size in force: QAS_INDEX_SHARD_BYTES, the option, or the default. */
export function shardBytesFor(options: SearchIndexOptions): number {
  return Number(process.env['QAS_INDEX_SHARD_BYTES'] ?? options.shardBytes ?? DEFAULT_SHARD_BYTES);
}

/** The sources' open-data files of a built site, in name order. */
function sourceFileNames(site: string): string[] {
  const dir = join(site, 'data', 'sources');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/**
 * The shards: consecutive runs of source files, each at most `limit` bytes
 * (a source larger than that is a shard of its own). Deterministic from the
 * files, so every machine building one shard agrees on all of them.
 */
export function planShards(site: string, limit: number): string[][] {
  const dir = join(site, 'data', 'sources');
  const shards: string[][] = [[]];
  let bytes = 0;
  for (const name of sourceFileNames(site)) {
    const size = statSync(join(dir, name)).size;
    if (shards.at(-1)!.length > 0 && bytes + size > limit) {
      shards.push([]);
      bytes = 0;
    }
    shards.at(-1)!.push(name);
    bytes += size;
  }
  return shards;
}

function readSourceFile(site: string, name: string) {
  const path = join(site, 'data', 'sources', name);
  const parsed = sourceFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a source data file: ${parsed.error.message}`);
  return parsed.data;
}

/** The sections of one source, Chinese and English. */
function sourceSections(site: string, name: string): SearchSection[] {
  const source = readSourceFile(site, name);
  const facts = {
    slug: source.id,
    title: source.title,
    subtitle: source.subtitle,
    date: source.date,
    publisher: source.publisher ?? source.issuer ?? '未署名',
    typeLabel: typeLabel(source.type).zh,
    typeLabelEn: typeLabel(source.type).en,
    introduction: source.introduction,
    summary: source.summary,
    english: source.translation,
  };
  const passages = leafBlocks(source).filter((block) => block.text.length > 0);
  const notes = source.notes.filter((note) => note.text.length > 0);
  return [
    ...sourceRecords(facts, passages, notes),
    ...englishSourceRecords(facts, passages, notes),
  ];
}

function entityRecords(options: SearchIndexOptions): SearchRecord[] {
  return loadGlossary(options.glossaryDir).entities.flatMap((entity) => [
    entityRecord({
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases,
      nameEn: entity.nameEn,
      typeLabel: ENTITY_TYPES[entity.type].zh,
      summary: entity.summary.zh,
      summaryEn: entity.summary.en,
    }),
    englishEntityRecord({
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases,
      nameEn: entity.nameEn,
      aliasesEn: entity.aliasesEn,
      typeLabel: ENTITY_TYPES[entity.type].zh,
      typeLabelEn: ENTITY_TYPES[entity.type].en,
      summary: entity.summary.zh,
      summaryEn: entity.summary.en,
    }),
  ]);
}

/** Pagefind's fragment files start with this signature before their JSON (both gzipped). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Empty the `content` of every fragment Pagefind wrote in `dir`. A record's
 * content is its list of index terms (bigrams, characters, junctions: about
 * three times its text), which Pagefind copies into the fragment for its own
 * excerpts. The search page never shows them: it reads a fragment's url, meta
 * and filters, and the texts from `/search-text/`. Without the terms, the
 * fragments a query fetches before its first hits are about a fifth the size.
 * The files keep their names, and Pagefind's runtime reads them as before.
 * Returns the ids of the glossary's records (their fragments' names, which
 * Pagefind gives as a result's id).
 */
export function dropFragmentContent(dir: string): string[] {
  const fragments = join(dir, 'fragment');
  const entities: string[] = [];
  for (const name of readdirSync(fragments)) {
    const path = join(fragments, name);
    const text = gunzipSync(readFileSync(path)).toString('utf8');
    if (!text.startsWith(FRAGMENT_SIGNATURE))
      throw new Error(`${path}: not a Pagefind fragment (Pagefind's format has changed?)`);
    const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as {
      content?: string;
      meta?: Record<string, string>;
    };
    fragment.content = '';
    writeFileSync(path, gzipSync(`${FRAGMENT_SIGNATURE}${JSON.stringify(fragment)}`, { level: 9 }));
    if (fragment.meta?.['kind'] === RECORD_KINDS.entity)
      entities.push(name.replace(/\.pf_fragment$/u, ''));
  }
  return entities.sort();
}

/** Write a shard's trigram directory: each language's manifest and buckets, and (in the glossary's shard) the glossary's record ids. */
function writeTrigramDirectory(
  site: string,
  k: number,
  directories: Record<'zh' | 'en', TrigramDirectory>,
  entities: readonly string[],
): void {
  const dir = join(site, trigramDirectory(k));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [lang, directory] of Object.entries(directories)) {
    const { manifest, buckets } = directory.files();
    writeFileSync(join(dir, `${lang}.json`), JSON.stringify(manifest));
    buckets.forEach((bucket, index) =>
      writeFileSync(join(dir, `${lang}-${index}.json`), JSON.stringify(bucket)),
    );
  }
  if (k === GLOSSARY_SHARD) writeFileSync(join(dir, 'entities.json'), JSON.stringify(entities));
}

/** CPU seconds and peak resident memory (VmHWM) of this process's Pagefind service, read from /proc (Linux). */
function serviceUsage(): { cpuSeconds: number; peakMB: number } | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  let ticks = 100;
  try {
    ticks = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
  } catch {
    // getconf missing: Linux's usual 100 ticks a second.
  }
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/u.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is field 3, ppid 4, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== process.pid || !stat.includes('pagefind')) continue;
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const peakKB = Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0);
      return {
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / ticks,
        peakMB: peakKB / 1024,
      };
    } catch {
      // The process ended while being read.
    }
  }
  return undefined;
}

export interface ShardReport {
  shard: number;
  shards: number;
  sources: number;
  records: number;
  milliseconds: number;
  nodeCpuSeconds: number;
  pagefindCpuSeconds: number;
  pagefindPeakMB: number;
}

/**
 * Index shard `k` of the plan (1-based): its sources' sections (and, in
 * shard 1, the glossary) into `/pagefind[-k]/`, their texts into
 * `/search-text/`, and the shard list into `/pagefind-shards.json`.
 */
export async function buildShard(
  site: string,
  options: SearchIndexOptions,
  k: number,
  plan = planShards(site, shardBytesFor(options)),
): Promise<ShardReport> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const names = plan[k - 1];
  if (!names) throw new Error(`there is no shard ${k}: the index has ${plan.length} shard(s)`);
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_LOCATIONS);
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let records = 0;
  let usage: ReturnType<typeof serviceUsage>;
  try {
    const add = async (batch: readonly SearchRecord[]) => {
      const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      const failed = responses.flatMap((response) => response.errors);
      if (failed.length > 0) throw new Error(`Pagefind refused records: ${failed.join('; ')}`);
      records += batch.length;
    };
    if (k === GLOSSARY_SHARD) await add(entityRecords(options));
    // Sources are read, written out and added a few at a time: one request per record
    // would wait on each round trip to the Pagefind service, and all at once would hold
    // the whole shard's texts in memory.
    let batch: SearchRecord[] = [];
    const directories = { zh: new TrigramDirectory(), en: new TrigramDirectory() };
    for (const name of names) {
      const sections = sourceSections(site, name);
      for (const section of sections) {
        const path = join(site, section.record.url);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, JSON.stringify(section.text));
        batch.push(section.record);
      }
      for (const [lang, directory] of Object.entries(directories)) {
        const texts = sections.map((section) => section.text).filter((text) => text.lang === lang);
        if (texts.length > 0) directory.addSource(texts[0]!.source, texts);
      }
      if (batch.length >= 200) {
        await add(batch);
        batch = [];
      }
    }
    await add(batch);
    const written = await index.writeFiles({ outputPath: join(site, shardDirectory(k)) });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entities = dropFragmentContent(join(site, shardDirectory(k)));
    writeTrigramDirectory(site, k, directories, entities);
    writeFileSync(
      join(site, SHARDS_FILE),
      JSON.stringify(plan.slice(1).map((_, index) => shardDirectory(index + 2))),
    );
    usage = serviceUsage();
  } finally {
    await close();
  }
  const used = process.cpuUsage(cpu);
  return {
    shard: k,
    shards: plan.length,
    sources: names.length,
    records,
    milliseconds: Math.round(performance.now() - started),
    nodeCpuSeconds: (used.user + used.system) / 1e6,
    pagefindCpuSeconds: usage?.cpuSeconds ?? 0,
    pagefindPeakMB: Math.round(usage?.peakMB ?? 0),
  };
}

/** One line per shard, for the build log and the benchmark. */
export function formatShardReport(report: ShardReport): string {
  return `search index shard ${report.shard}/${report.shards}: ${report.sources} sources, node-cpu-s=${report.nodeCpuSeconds.toFixed(2)} pagefind-cpu-s=${report.pagefindCpuSeconds.toFixed(2)} pagefind-peak-mb=${report.pagefindPeakMB}`;
}

/** Index every shard in turn, one Pagefind service at a time. */
export async function buildAllShards(
  site: string,
  options: SearchIndexOptions,
  log: (line: string) => void,
): Promise<number> {
  const plan = planShards(site, shardBytesFor(options));
  let records = 0;
  for (let k = 1; k <= plan.length; k += 1) {
    const report = await buildShard(site, options, k, plan);
    records += report.records;
    log(formatShardReport(report));
  }
  return records;
}

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  return {
    name: 'qas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Shards built elsewhere (`npm run build:index -- --shard K/N`) leave the build to pages alone.
        if (process.env['QAS_SEARCH_INDEX'] === 'skip') {
          logger.info('search index skipped (QAS_SEARCH_INDEX=skip)');
          return;
        }
        const started = performance.now();
        const site = fileURLToPath(dir);
        const records = await buildAllShards(site, options, (line) => logger.info(line));
        logger.info(`indexed ${records} records in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
