import { publicUrl } from '../../data/links.ts';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { mentionCount, mentionsByEntityId } from '../../data/glossary.ts';
import { pinyinForms } from '../../lib/pinyin.ts';
import { ENTITY_TYPES } from '../../schemas/entity.ts';

/** /data/entities.json (shape: entitiesFileSchema in src/schemas/open-data.ts). */
export const GET: APIRoute = async () => {
  const mentions = await mentionsByEntityId();
  const entities = (await getCollection('glossary')).map(({ id, data }) => ({
    id,
    url: publicUrl(`/glossary/${id}/`),
    name: data.name,
    aliases: data.aliases,
    pinyin: pinyinForms(data.name).marked,
    type: ENTITY_TYPES[data.type].en,
    nameEn: data.nameEn,
    summary: data.summary,
    ...(data.parent ? { parent: data.parent } : {}),
    related: data.related,
    mentions: mentionCount(mentions.get(id)),
  }));
  return new Response(JSON.stringify(entities, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
