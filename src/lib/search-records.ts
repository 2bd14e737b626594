/**
 * The search index's records. Readers' hits are paragraph-level entries:
 * - `passage`: one per leaf block of every source (its reading text from the
 *   edition model, the text readers see);
 * - `title`: a source's title and subtitle, only where no block repeats them
 *   (a title printed as the first paragraph is found once, as that paragraph);
 * - `note`: one per annotation note, landing on the note;
 * - `introduction`: a source's introduction and summary, Chinese and English;
 * - `entity`: one per glossary entity, with its pinyin, English name and
 *   Chinese and English descriptions.
 *
 * Pagefind does not index entries one by one: a source's entries are indexed
 * in sections of up to forty consecutive entries (see {@link sectionRecords}),
 * one Pagefind record each, whose texts are published beside the index as a
 * small JSON file ({@link SectionText}) that the record's url names. A
 * record holds its entries' terms and no text in `meta` (Pagefind indexes
 * every meta value as words), so the index stays small at thousands of
 * sources (issue 12). The client checks every entry of a candidate section
 * against the query, so hits stay one per paragraph.
 *
 * The English pages have sections of their own, in Pagefind's English index
 * (language `en`, stemmed; a page with `<html lang="en">` loads it): each
 * entry is an aligned pair, the English as its `text` and the Chinese it
 * translates as `textZh`, indexed together so that an English or a Chinese
 * query on an English page lands on the same /en/ address.
 */
import { pinyinForms } from './pinyin.ts';
import {
  ENGLISH_SEARCH_LANGUAGE,
  RECORD_KINDS,
  SEARCH_LANGUAGE,
  sectionPath,
  type SearchEntry,
  type SectionText,
} from './search-layout.ts';
import { hanCharacters, indexText, junctionTerms, prefixTerms } from './search-text.ts';

export {
  ENGLISH_SEARCH_LANGUAGE,
  RECORD_KINDS,
  SEARCH_LANGUAGE,
  type SearchEntry,
  type SectionText,
};

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** A section: the Pagefind record and the texts it stands for. */
export interface SearchSection {
  record: SearchRecord;
  text: SectionText;
}

/**
 * Entries per section: few enough that a candidate section costs little to
 * fetch and check, many enough to keep Pagefind's record count low, since
 * every cold query fetches the index metadata, which lists every record.
 * Measured at 1,000 sources in 3 shards (README, "Scale"): sections of up to
 * 10 entries and 3,000 characters made 8,573 records and 95 KB of metadata;
 * of 40 entries and 8,000 characters, 3,377 records and 41 KB.
 */
export const SECTION_ENTRIES = 40;
/** A section closes early past this many characters, so long passages do not make a heavy section. */
export const SECTION_CHARACTERS = 8000;

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
  /** The introduction shown above the text, Chinese and English. */
  introduction?: { zh: string; en: string } | undefined;
  /** The one-paragraph summary, Chinese and English. */
  summary?: { zh: string; en: string } | undefined;
  /** The editors' translation's title and subtitle, when the source is translated. */
  english?: { title: string; subtitle?: string | undefined } | undefined;
  /** The document type in English. */
  typeLabelEn?: string | undefined;
}

export interface EntityFacts {
  id: string;
  name: string;
  aliases: readonly string[];
  nameEn: string;
  typeLabel: string;
  summary: string;
  /** The English description. */
  summaryEn?: string | undefined;
  /** Other English forms of the entity's aliases. */
  aliasesEn?: readonly string[] | undefined;
  /** The entity type in English. */
  typeLabelEn?: string | undefined;
}

/** A block as a search record needs it. */
export interface Passage {
  id: string;
  label: string;
  /** The reading text. */
  text: string;
  /** The editors' English translation. */
  en?: string | undefined;
}

/** A note as a search record needs it. */
export interface NoteFacts {
  number: number;
  /** Address and label of the block the note is attached to. */
  paragraph: string;
  label: string;
  text: string;
  /** The editors' English translation, as plain text. */
  en?: string | undefined;
}

/** The address on a source page where its introduction stands. */
export const INTRODUCTION_ANCHOR = 'introduction-title';

/** The address of a note on its source page. */
export const noteAnchor = (number: number) => `note-${number}`;

/**
 * The filters of a source's records, by name. The names are the same in both
 * indexes (the search page shows each in the page's language); an English
 * record's values are the English title and type.
 */
function sourceFilters(source: SourceFacts, title = source.title, typeLabel = source.typeLabel) {
  return {
    来源: [title],
    发布者: [source.publisher],
    年份: [source.date.slice(0, 4)],
    类型: [typeLabel],
  };
}

/**
 * What a record indexes: each term of its texts once, in the order they first
 * appear, then each Han character once (the terms one-character queries
 * find), each junction of a Han character with a number or Latin word, and
 * the beginnings of numbers, words and junctions (the terms queries ending in
 * one are asked by; see `prefixTerms`).
 * Once: a query asks for all of a word's terms (not a phrase, see
 * `indexQuery`) and the check on each entry's text decides, so a term's
 * further places in a section tell the index nothing it uses. They were most
 * of a common bigram's postings, which a query fetches from every shard:
 * measured at 5,000 sources, a cold 院士港 fetched 284 KB of index chunks with
 * every place listed and 85 KB with each term once.
 */
function recordContent(texts: readonly string[]): string {
  const terms = [
    ...texts.flatMap((text) => indexText(text).split(' ')),
    ...hanCharacters(texts.join('')).split(' '),
    ...texts.flatMap((text) => junctionTerms(text).split(' ')),
    ...texts.flatMap((text) => prefixTerms(text).split(' ')),
  ].filter(Boolean);
  return [...new Set(terms)].join(' ');
}

const bare = (text: string) => text.replace(/\s+/gu, '');

/** Entries cut into sections of consecutive entries. */
function sectionsOf(entries: readonly SearchEntry[]): SearchEntry[][] {
  const sections: SearchEntry[][] = [];
  let current: SearchEntry[] = [];
  let characters = 0;
  for (const entry of entries) {
    const size = entry.text.length + (entry.textZh?.length ?? 0);
    if (
      current.length > 0 &&
      (current.length >= SECTION_ENTRIES || characters + size > SECTION_CHARACTERS)
    ) {
      sections.push(current);
      current = [];
      characters = 0;
    }
    current.push(entry);
    characters += size;
  }
  if (current.length > 0) sections.push(current);
  return sections;
}

/**
 * A source's entries as sections: each a Pagefind record of its entries'
 * terms (`recordContent`; the client checks each entry's own text), with the
 * source's filters, landing on its published texts.
 */
function sectionRecords(
  source: SourceFacts,
  entries: readonly SearchEntry[],
  lang: 'zh' | 'en',
  base: Pick<SearchRecord, 'language' | 'filters' | 'sort'>,
  title: string,
): SearchSection[] {
  return sectionsOf(entries).map((section, index) => {
    const texts = section.map((entry) =>
      entry.textZh ? `${entry.text}\n${entry.textZh}` : entry.text,
    );
    return {
      record: {
        ...base,
        url: sectionPath(source.slug, lang, index),
        content: recordContent(texts),
        meta: {},
      },
      text: {
        source: source.slug,
        title,
        date: source.date,
        lang,
        filters: base.filters,
        entries: section,
      },
    };
  });
}

/** A source's entries: its title (unless a block repeats it), introduction, passages and notes. */
export function sourceEntries(
  source: SourceFacts,
  passages: readonly Passage[],
  notes: readonly NoteFacts[] = [],
): SearchEntry[] {
  const page = `/sources/${source.slug}/`;
  const printed = new Set(passages.map((passage) => bare(passage.text)));
  const titleText = [source.title, source.subtitle]
    .filter((part): part is string => Boolean(part) && !printed.has(bare(part!)))
    .join(' ');
  const entries: SearchEntry[] = [];
  if (titleText) entries.push({ kind: RECORD_KINDS.title, url: page, order: 0, text: titleText });
  const about = [
    source.introduction?.zh,
    source.introduction?.en,
    source.summary?.zh,
    source.summary?.en,
  ].filter((part): part is string => Boolean(part));
  if (about.length > 0)
    entries.push({
      kind: RECORD_KINDS.introduction,
      url: `${page}#${INTRODUCTION_ANCHOR}`,
      order: 0,
      text: about.join('\n'),
    });
  passages.forEach((passage, index) =>
    entries.push({
      kind: RECORD_KINDS.passage,
      url: `${page}#${passage.id}`,
      label: passage.label,
      order: index + 1,
      text: passage.text,
    }),
  );
  const orderOf = new Map(passages.map((passage, index) => [passage.id, index + 1]));
  for (const note of notes)
    entries.push({
      kind: RECORD_KINDS.note,
      url: `${page}#${noteAnchor(note.number)}`,
      label: String(note.number),
      paragraph: note.label,
      order: orderOf.get(note.paragraph) ?? passages.length,
      text: note.text,
    });
  return entries;
}

/** Sections for one source's Chinese page. */
export function sourceRecords(
  source: SourceFacts,
  passages: readonly Passage[],
  notes: readonly NoteFacts[] = [],
): SearchSection[] {
  const base = {
    language: SEARCH_LANGUAGE,
    filters: sourceFilters(source),
    sort: { date: source.date },
  };
  return sectionRecords(source, sourceEntries(source, passages, notes), 'zh', base, source.title);
}

/** A record for a glossary entity: its forms, their pinyin (full and initials), English name and descriptions. */
export function entityRecord(entity: EntityFacts): SearchRecord {
  const forms = [...new Set([entity.name, ...entity.aliases])];
  const pinyin = forms.flatMap((form) => {
    const { syllables, joined, initials } = pinyinForms(form);
    return [syllables, joined, initials];
  });
  const searchable = [...forms, ...pinyin, entity.nameEn, entity.summary, entity.summaryEn ?? ''];
  return {
    url: `/glossary/${entity.id}/`,
    content: recordContent(searchable),
    language: SEARCH_LANGUAGE,
    meta: {
      title: entity.name,
      kind: RECORD_KINDS.entity,
      entity: entity.id,
      nameEn: entity.nameEn,
      text: entity.summary,
      textEn: entity.summaryEn ?? '',
      type: entity.typeLabel,
      // Names, one per line: the name first, then its aliases (what its texts are searched for).
      names: forms.join('\n'),
      forms: [...forms, ...pinyin, entity.nameEn].join(' '),
    },
    filters: {},
    sort: {},
  };
}

/**
 * Entries for one source's English page: its English title (unless a block's
 * translation repeats it), introduction and summary, translated blocks and
 * notes, each with the Chinese it translates, landing on `/en/sources/<slug>/`.
 * A source without a translation has only its introduction here.
 */
export function englishSourceEntries(
  source: SourceFacts,
  passages: readonly Passage[],
  notes: readonly NoteFacts[] = [],
): SearchEntry[] {
  const page = `/en/sources/${source.slug}/`;
  const translated = passages.filter(
    (passage): passage is Passage & { en: string } => (passage.en ?? '').length > 0,
  );
  const printed = new Set(translated.map((passage) => bare(passage.en)));
  const entries: SearchEntry[] = [];
  const titleEn = [source.english?.title, source.english?.subtitle].filter((part): part is string =>
    Boolean(part),
  );
  if (titleEn.length > 0 && !titleEn.every((part) => printed.has(bare(part))))
    entries.push({
      kind: RECORD_KINDS.title,
      url: page,
      order: 0,
      text: titleEn.join(' '),
      textZh: [source.title, source.subtitle].filter(Boolean).join(' '),
    });
  const about = (language: 'zh' | 'en') =>
    [source.introduction?.[language], source.summary?.[language]]
      .filter((part): part is string => Boolean(part))
      .join('\n');
  if (about('en'))
    entries.push({
      kind: RECORD_KINDS.introduction,
      url: `${page}#${INTRODUCTION_ANCHOR}`,
      order: 0,
      text: about('en'),
      textZh: about('zh'),
    });
  const orderOf = new Map(passages.map((passage, index) => [passage.id, index + 1]));
  for (const passage of translated)
    entries.push({
      kind: RECORD_KINDS.passage,
      url: `${page}#${passage.id}`,
      label: passage.label,
      order: orderOf.get(passage.id)!,
      text: passage.en,
      textZh: passage.text,
    });
  for (const note of notes)
    if (note.en)
      entries.push({
        kind: RECORD_KINDS.note,
        url: `${page}#${noteAnchor(note.number)}`,
        label: String(note.number),
        paragraph: note.label,
        order: orderOf.get(note.paragraph) ?? passages.length,
        text: note.en,
        textZh: note.text,
      });
  return entries;
}

/** Sections for one source's English page. */
export function englishSourceRecords(
  source: SourceFacts,
  passages: readonly Passage[],
  notes: readonly NoteFacts[] = [],
): SearchSection[] {
  const title = source.english?.title ?? source.title;
  const base = {
    language: ENGLISH_SEARCH_LANGUAGE,
    filters: sourceFilters(source, title, source.typeLabelEn ?? source.typeLabel),
    sort: { date: source.date },
  };
  return sectionRecords(source, englishSourceEntries(source, passages, notes), 'en', base, title);
}

/**
 * An entity's record for the English pages: its English name and forms, its
 * English description, and its Chinese forms with their pinyin, landing on
 * `/en/glossary/<id>/`.
 */
export function englishEntityRecord(entity: EntityFacts): SearchRecord {
  const chinese = [...new Set([entity.name, ...entity.aliases])];
  const english = [...new Set([entity.nameEn, ...(entity.aliasesEn ?? [])])];
  const pinyin = chinese.flatMap((form) => {
    const { syllables, joined, initials } = pinyinForms(form);
    return [syllables, joined, initials];
  });
  const summary = entity.summaryEn ?? '';
  return {
    url: `/en/glossary/${entity.id}/`,
    content: recordContent([...english, ...chinese, ...pinyin, summary]),
    language: ENGLISH_SEARCH_LANGUAGE,
    meta: {
      title: entity.nameEn,
      kind: RECORD_KINDS.entity,
      entity: entity.id,
      text: summary,
      textZh: entity.name,
      type: entity.typeLabelEn ?? entity.typeLabel,
      lang: ENGLISH_SEARCH_LANGUAGE,
      // English names first (the name, then other forms), then the Chinese name and aliases.
      names: [...english, ...chinese].join('\n'),
      forms: [...english, ...chinese, ...pinyin].join(' '),
    },
    filters: {},
    sort: {},
  };
}
