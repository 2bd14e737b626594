/**
 * Glossary data for pages: entities sorted by pinyin, and every mention across
 * all sources (collected by rehype-collect-mentions when each edition
 * renders; see renderedSources), computed once per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Mention } from '../lib/edition-model.ts';
import { CONTENT_PATHS } from '../lib/content-paths.ts';
import { formsOf, loadGlossary } from '../lib/glossary.ts';
import { pinyinForms, pinyinSortKey } from '../lib/pinyin.ts';
import type { SourceEntry } from './sources.ts';
import { renderedSources } from './sources.ts';

export type EntityEntry = CollectionEntry<'glossary'>;

/** A mention on an entity's page: its own, or inside the name of another entity (张村河 in 张村河片区). */
export interface EntityMention extends Mention {
  /** Set when the mention is part of another entity's name: that entity's id. */
  within?: string;
}

export interface SourceMentions {
  source: SourceEntry;
  mentions: EntityMention[];
}

let mentionsByEntity: Promise<Map<string, SourceMentions[]>> | undefined;

/**
 * Entities whose forms occur inside a mention's text, other than the entity
 * mentioned, unless an exclusion of theirs (their own, or a name that is not
 * an entity; see loadGlossary) covers the mention.
 */
function nestedEntities(
  mention: Mention,
  entities: readonly EntityEntry[],
  exclusions: ReadonlyMap<string, readonly string[]>,
): string[] {
  return entities
    .filter((entity) => entity.id !== mention.entity)
    .filter((entity) => formsOf(entity.data).some((form) => mention.match.includes(form)))
    .filter(
      (entity) =>
        !(exclusions.get(entity.id) ?? []).some(
          (context) => context.includes(mention.match) || mention.match.includes(context),
        ),
    )
    .map((entity) => entity.id);
}

/** The same name is mentioned thousands of times in a large corpus: look each up once. */
function memoizedNested(entities: readonly EntityEntry[]): (mention: Mention) => string[] {
  const cache = new Map<string, string[]>();
  const exclusions = new Map(
    loadGlossary(CONTENT_PATHS.glossaryDir).entities.map((entity) => [entity.id, entity.exclude]),
  );
  return (mention) => {
    const key = `${mention.entity}\u0000${mention.match}`;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = nestedEntities(mention, entities, exclusions)));
    return found;
  };
}

/**
 * For each entity id, its mentions grouped by source, sources in date order:
 * its own mentions, and those of longer names that contain one of its forms.
 */
export function mentionsByEntityId(): Promise<Map<string, SourceMentions[]>> {
  mentionsByEntity ??= (async () => {
    const byEntity = new Map<string, SourceMentions[]>();
    const nested = memoizedNested(await getCollection('glossary'));
    for (const { source, edition } of await renderedSources()) {
      const { mentions } = edition;
      const grouped = new Map<string, EntityMention[]>();
      for (const mention of mentions) {
        grouped.set(mention.entity, [...(grouped.get(mention.entity) ?? []), mention]);
        for (const id of nested(mention))
          grouped.set(id, [...(grouped.get(id) ?? []), { ...mention, within: mention.entity }]);
      }
      for (const [entity, list] of grouped)
        byEntity.set(entity, [...(byEntity.get(entity) ?? []), { source, mentions: list }]);
    }
    return byEntity;
  })();
  return mentionsByEntity;
}

/** An entity's relatives in the glossary: its parent, its children, and the entities related either way. */
export function relativesOf(
  entity: EntityEntry,
  all: readonly EntityEntry[],
): { parent: EntityEntry | undefined; children: EntityEntry[]; related: EntityEntry[] } {
  const byId = new Map(all.map((other) => [other.id, other]));
  const relatedIds = new Set([
    ...entity.data.related,
    ...all.filter((other) => other.data.related.includes(entity.id)).map((other) => other.id),
  ]);
  return {
    parent: entity.data.parent ? byId.get(entity.data.parent) : undefined,
    children: all.filter((other) => other.data.parent === entity.id),
    related: [...relatedIds].map((id) => byId.get(id)).filter((other) => other !== undefined),
  };
}

/** Entities in pinyin order of their names. */
export async function entitiesByPinyin(): Promise<EntityEntry[]> {
  const entities = await getCollection('glossary');
  return entities
    .map((entity) => ({ entity, key: pinyinSortKey(entity.data.name) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ entity }) => entity);
}

/** First letter of the pinyin of a name (A–Z), or '0–9' for names starting otherwise. */
export function initialOf(name: string): string {
  const letter = pinyinForms(name).joined.charAt(0).toUpperCase();
  return /[A-Z]/u.test(letter) ? letter : '0–9';
}

export function mentionCount(groups: readonly SourceMentions[] | undefined): number {
  return groups?.reduce((sum, group) => sum + group.mentions.length, 0) ?? 0;
}

/** The entity pages, one per entity, each with all entities for its relatives: the same in both languages' routes. */
export async function entityPaths() {
  const entities = await getCollection('glossary');
  return entities.map((entity) => ({
    params: { id: entity.id },
    props: { entity, all: entities },
  }));
}
