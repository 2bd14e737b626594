/**
 * Preview data for every entity link, built once: name, type, summary and
 * mention count. Loaded by the preview script on the first hover, focus or tap.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { mentionCount, mentionsByEntityId } from '../../data/glossary.ts';
import { ENTITY_TYPES } from '../../schemas/entity.ts';

export interface EntityPreview {
  name: string;
  nameEn: string;
  type: string;
  summary: string;
  mentions: number;
}

export const GET: APIRoute = async () => {
  const mentions = await mentionsByEntityId();
  const previews: Record<string, EntityPreview> = {};
  for (const entity of await getCollection('glossary')) {
    previews[entity.id] = {
      name: entity.data.name,
      nameEn: entity.data.nameEn,
      type: ENTITY_TYPES[entity.data.type].zh,
      summary: entity.data.summary.zh,
      mentions: mentionCount(mentions.get(entity.id)),
    };
  }
  return new Response(JSON.stringify(previews), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
