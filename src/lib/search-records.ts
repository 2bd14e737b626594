/**
 * The records of the search index: one per block of every source (its
 * reading text from the edition model, the text readers see), one per source
 * title, and one per glossary entity with its pinyin and English name.
 */
import { pinyinForms } from './pinyin.ts';
import { spaceHan } from './search-text.ts';

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** What the index needs to know about a source, from its frontmatter. */
export interface SourceFacts {
  slug: string;
  title: string;
  subtitle?: string | undefined;
  date: string;
  /** Newspaper, website or issuing body. */
  publisher: string;
  /** Document type label, e.g. 规划纲要. */
  typeLabel: string;
}

export interface EntityFacts {
  id: string;
  name: string;
  aliases: readonly string[];
  nameEn: string;
  typeLabel: string;
  summary: string;
}

export const SEARCH_LANGUAGE = 'zh-cn';

/** Kinds of record, in the `kind` meta field. */
export const RECORD_KINDS = { passage: 'passage', title: 'title', entity: 'entity' } as const;

/** A block as a search record needs it. */
export interface Passage {
  id: string;
  label: string;
  /** The reading text. */
  text: string;
}

function sourceFilters(source: SourceFacts): Record<string, string[]> {
  return {
    来源: [source.title],
    发布者: [source.publisher],
    年份: [source.date.slice(0, 4)],
    类型: [source.typeLabel],
  };
}

/** Records for one source: its title, and each of its passages. */
export function sourceRecords(source: SourceFacts, passages: readonly Passage[]): SearchRecord[] {
  const page = `/sources/${source.slug}/`;
  const base = {
    language: SEARCH_LANGUAGE,
    filters: sourceFilters(source),
    sort: { date: source.date },
  };
  const titleText = [source.title, source.subtitle].filter(Boolean).join(' ');
  return [
    {
      ...base,
      url: page,
      content: spaceHan(titleText),
      meta: {
        title: source.title,
        kind: RECORD_KINDS.title,
        source: source.slug,
        date: source.date,
        order: '0',
        text: titleText,
      },
    },
    ...passages.map((passage, index) => ({
      ...base,
      url: `${page}#${passage.id}`,
      content: spaceHan(passage.text),
      meta: {
        title: source.title,
        kind: RECORD_KINDS.passage,
        source: source.slug,
        date: source.date,
        order: String(index + 1),
        id: passage.id,
        label: passage.label,
        text: passage.text,
      },
    })),
  ];
}

/** A record for a glossary entity: its forms, their pinyin (full and initials), English name and summary. */
export function entityRecord(entity: EntityFacts): SearchRecord {
  const forms = [...new Set([entity.name, ...entity.aliases])];
  const pinyin = forms.flatMap((form) => {
    const { syllables, joined, initials } = pinyinForms(form);
    return [syllables, joined, initials];
  });
  const searchable = [...forms, ...pinyin, entity.nameEn, entity.summary].join(' ');
  return {
    url: `/glossary/${entity.id}/`,
    content: spaceHan(searchable),
    language: SEARCH_LANGUAGE,
    meta: {
      title: entity.name,
      kind: RECORD_KINDS.entity,
      entity: entity.id,
      nameEn: entity.nameEn,
      text: entity.summary,
      type: entity.typeLabel,
      forms: [...forms, ...pinyin, entity.nameEn].join(' '),
    },
    filters: { 类型: ['术语表条目'] },
    sort: {},
  };
}
