/**
 * Builds the Pagefind search index at the end of `astro build`, through
 * Pagefind's Node API, from records (see `src/lib/search-records.ts`): each
 * source's title, introduction, blocks and notes (and, for the English pages, their
 * translations beside the Chinese), read from the edition model as the build wrote
 * it to the open-data files (`/data/sources/<slug>.json`), so search and open
 * data hold the same text; and each glossary entity. Pagefind's own HTML
 * crawl is not used.
 */
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leafBlocks } from '../lib/edition-model.ts';
import { loadGlossary } from '../lib/glossary.ts';
import {
  englishEntityRecord,
  englishSourceRecords,
  entityRecord,
  sourceRecords,
  type SearchRecord,
} from '../lib/search-records.ts';
import { ENTITY_TYPES } from '../schemas/entity.ts';
import { sourceFileSchema } from '../schemas/open-data.ts';
import { typeLabel } from '../schemas/source.ts';

export interface SearchIndexOptions {
  glossaryDir: string;
}

/** The sources' open-data files of a built site. */
function sourceFiles(site: string) {
  const dir = join(site, 'data', 'sources');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = sourceFileSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success)
        throw new Error(`${join(dir, name)}: not a source data file: ${parsed.error.message}`);
      return parsed.data;
    });
}

function collectRecords(site: string, options: SearchIndexOptions): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const source of sourceFiles(site)) {
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
    records.push(
      ...sourceRecords(facts, passages, notes),
      ...englishSourceRecords(facts, passages, notes),
    );
  }
  for (const entity of loadGlossary(options.glossaryDir).entities) {
    records.push(
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
    );
  }
  return records;
}

export function searchIndex(options: SearchIndexOptions): AstroIntegration {
  return {
    name: 'qas:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const records = collectRecords(site, options);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Added in batches: one request per record would wait on each round trip to the Pagefind service.
          for (let start = 0; start < records.length; start += 200) {
            const responses = await Promise.all(
              records.slice(start, start + 200).map((record) => index.addCustomRecord(record)),
            );
            const failed = responses.flatMap((response) => response.errors);
            if (failed.length > 0)
              throw new Error(`Pagefind refused records: ${failed.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(
            `indexed ${records.length} records in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
