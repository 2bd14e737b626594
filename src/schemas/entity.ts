/**
 * Frontmatter of a glossary entity (`content/glossary/<id>.md`). The file
 * name is the entity's id: a stable ASCII slug, used in URLs and links.
 */
import { z } from 'astro/zod';

/** Kinds of entity, with their Chinese and English labels. */
export const ENTITY_TYPES = {
  place: { zh: '地点', en: 'Place' },
  zone: { zh: '区域与园区', en: 'District or zone' },
  project: { zh: '项目', en: 'Project' },
  institution: { zh: '机构', en: 'Institution' },
  company: { zh: '企业', en: 'Company' },
  person: { zh: '人物', en: 'Person' },
  programme: { zh: '行动与计划', en: 'Programme or campaign' },
  policy: { zh: '政策文件', en: 'Policy document' },
  term: { zh: '术语', en: 'Term' },
} as const;

export type EntityType = keyof typeof ENTITY_TYPES;

/** An entity id: lowercase ASCII words joined by hyphens, e.g. `zhangcun-river`. */
export const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const entityId = z
  .string()
  .regex(ENTITY_ID, 'an entity id is lowercase ASCII words joined by hyphens, e.g. zhangcun-river');

export const entitySchema = z
  .object({
    /** Name as the sources most fully print it, e.g. 青岛国际院士港. */
    name: nonEmpty,
    /** Every other form the sources use (院士港, 国际院士港 …); each form belongs to one entity only. */
    aliases: z.array(nonEmpty).default([]),
    /** Kind of entity. */
    type: z.enum(Object.keys(ENTITY_TYPES) as [EntityType, ...EntityType[]]),
    /** English name: an established one, or a plain translation. */
    nameEn: nonEmpty,
    /**
     * Other English forms a translation may use for one of the aliases (攻势 → "offensive"); the
     * terminology check of translations accepts these beside nameEn.
     */
    aliasesEn: z.array(nonEmpty).default([]),
    /** One line in Chinese and in English: what it is. */
    summary: z.object({ zh: nonEmpty, en: nonEmpty }),
    /** Ids of related entities. */
    related: z.array(entityId).default([]),
    /** Id of the entity this one belongs to (张村河片区 → 崂山区). */
    parent: entityId.optional(),
    /** Where it is, when it is a place and its position is certain: [longitude, latitude]. */
    coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
    /** External references: only well-known, stable pages. */
    links: z.array(z.object({ title: nonEmpty, url: z.url() })).default([]),
    /**
     * Contexts particular to this entity in which a form is not a mention of
     * it: a phrase that is not a name (成长型数字经济园区 for 数字经济园区), or
     * another entity's name not to be listed on its page. Names of
     * organisations, roads or laws that hold an entity's name (青岛理工大学)
     * go once, for every entity, in content/glossary/names-not-entities.yaml.
     */
    exclude: z.array(nonEmpty).default([]),
  })
  .strict();

export type EntityData = z.infer<typeof entitySchema>;
