/**
 * Builds the Pagefind search index at the end of `astro build`, through
 * Pagefind's Node API, from records (see `src/lib/search-records.ts`): each
 * source's title and paragraphs, read from the built pages, and each glossary
 * entity. Pagefind's own HTML crawl is not used.
 */
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES } from '../schemas/entity.ts';
import { SOURCE_TYPES } from '../schemas/source.ts';
import { loadGlossary } from '../lib/glossary.ts';
import { checkEditions } from '../lib/edition-check.ts';
import { parseEdition } from '../lib/edition-text.ts';
import { entityRecord, passagesOfPage, sourceRecords, type SearchRecord } from '../lib/search-records.ts';
import type { SourceData } from '../schemas/source.ts';

export interface SearchIndexOptions {
  sourcesDir: string;
  originalsDir: string;
  glossaryDir: string;
}

function collectRecords(site: string, options: SearchIndexOptions): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const { name } of checkEditions(options)) {
    const slug = name.replace(/\.mdx$/u, '');
    const page = join(site, 'sources', slug, 'index.html');
    if (!existsSync(page)) continue;
    const data = parseEdition(readFileSync(join(options.sourcesDir, name), 'utf8')).frontmatter as SourceData;
    const facts = {
      slug,
      title: data.title,
      subtitle: data.subtitle,
      date: data.date,
      publisher: data.publisher ?? data.issuer ?? '未署名',
      typeLabel: SOURCE_TYPES[data.type].zh,
    };
    records.push(...sourceRecords(facts, passagesOfPage(readFileSync(page, 'utf8'))));
  }
  if (existsSync(options.glossaryDir)) {
    for (const entity of loadGlossary(options.glossaryDir).entities) {
      records.push(entityRecord({ id: entity.id, name: entity.name, aliases: entity.aliases, nameEn: entity.nameEn, typeLabel: ENTITY_TYPES[entity.type].zh, summary: entity.summary.zh }));
    }
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
            const responses = await Promise.all(records.slice(start, start + 200).map((record) => index.addCustomRecord(record)));
            const failed = responses.flatMap((response) => response.errors);
            if (failed.length > 0) throw new Error(`Pagefind refused records: ${failed.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${records.length} records in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
