/**
 * The records of the search index, each a kind of hit readers see:
 * - `passage`: one per leaf block of every source (its reading text from the
 *   edition model, the text readers see);
 * - `title`: a source's title and subtitle, only where no block repeats them
 *   (a title printed as the first paragraph is found once, as that paragraph);
 * - `note`: one per annotation note, landing on the note;
 * - `introduction`: a source's introduction and summary, Chinese and English;
 * - `entity`: one per glossary entity, with its pinyin, English name and
 *   Chinese and English descriptions.
 *
 * The English pages have records of their own, in Pagefind's English index
 * (language `en`, stemmed; a page with `<html lang="en">` loads it): each is
 * an aligned pair, the English as its `text` and the Chinese it translates as
 * `textZh`, indexed together so that an English or a Chinese query on an
 * English page lands on the same /en/ address.
 *
 * The client checks every candidate against the query in the record's `text`
 * meta field, so what a record holds is decided here and only here.
 */
import { pinyinForms } from './pinyin.ts';
import { indexText } from './search-text.ts';

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

export const SEARCH_LANGUAGE = 'zh-cn';

/** The language of the English pages' records: Pagefind stems it and loads it on `<html lang="en">`. */
export const ENGLISH_SEARCH_LANGUAGE = 'en';

/** Kinds of record, in the `kind` meta field. */
export const RECORD_KINDS = {
  passage: 'passage',
  title: 'title',
  note: 'note',
  introduction: 'introduction',
  entity: 'entity',
} as const;

export type RecordKind = (typeof RECORD_KINDS)[keyof typeof RECORD_KINDS];

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

const bare = (text: string) => text.replace(/\s+/gu, '');

/** Records for one source: its title (unless a block repeats it), introduction, passages and notes. */
export function sourceRecords(
  source: SourceFacts,
  passages: readonly Passage[],
  notes: readonly NoteFacts[] = [],
): SearchRecord[] {
  const page = `/sources/${source.slug}/`;
  const base = {
    language: SEARCH_LANGUAGE,
    filters: sourceFilters(source),
    sort: { date: source.date },
  };
  const meta = (kind: RecordKind, order: number, text: string, extra: Record<string, string>) => ({
    title: source.title,
    kind,
    source: source.slug,
    date: source.date,
    order: String(order),
    text,
    ...extra,
  });
  const printed = new Set(passages.map((passage) => bare(passage.text)));
  const titleText = [source.title, source.subtitle]
    .filter((part): part is string => Boolean(part) && !printed.has(bare(part!)))
    .join(' ');
  const records: SearchRecord[] = [];
  if (titleText)
    records.push({
      ...base,
      url: page,
      content: indexText(titleText),
      meta: meta(RECORD_KINDS.title, 0, titleText, {}),
    });
  const about = [
    source.introduction?.zh,
    source.introduction?.en,
    source.summary?.zh,
    source.summary?.en,
  ].filter((part): part is string => Boolean(part));
  if (about.length > 0) {
    const text = about.join('\n');
    records.push({
      ...base,
      url: `${page}#${INTRODUCTION_ANCHOR}`,
      content: indexText(text),
      meta: meta(RECORD_KINDS.introduction, 0, text, {}),
    });
  }
  passages.forEach((passage, index) =>
    records.push({
      ...base,
      url: `${page}#${passage.id}`,
      content: indexText(passage.text),
      meta: meta(RECORD_KINDS.passage, index + 1, passage.text, {
        id: passage.id,
        label: passage.label,
      }),
    }),
  );
  const orderOf = new Map(passages.map((passage, index) => [passage.id, index + 1]));
  for (const note of notes)
    records.push({
      ...base,
      url: `${page}#${noteAnchor(note.number)}`,
      content: indexText(note.text),
      meta: meta(RECORD_KINDS.note, orderOf.get(note.paragraph) ?? passages.length, note.text, {
        id: noteAnchor(note.number),
        label: String(note.number),
        paragraph: note.label,
      }),
    });
  return records;
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
    content: indexText(searchable.join(' ')),
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
 * Records for one source's English page: its English title (unless a block's
 * translation repeats it), introduction and summary, translated blocks and
 * notes, each with the Chinese it translates, landing on `/en/sources/<slug>/`.
 * A source without a translation has only its introduction here.
 */
export function englishSourceRecords(
  source: SourceFacts,
  passages: readonly Passage[],
  notes: readonly NoteFacts[] = [],
): SearchRecord[] {
  const page = `/en/sources/${source.slug}/`;
  const title = source.english?.title ?? source.title;
  const base = {
    language: ENGLISH_SEARCH_LANGUAGE,
    filters: sourceFilters(source, title, source.typeLabelEn ?? source.typeLabel),
    sort: { date: source.date },
  };
  const record = (
    url: string,
    kind: RecordKind,
    order: number,
    pair: { en: string; zh: string },
    extra: Record<string, string> = {},
  ): SearchRecord => ({
    ...base,
    url,
    content: indexText(`${pair.en}\n${pair.zh}`),
    meta: {
      title,
      kind,
      source: source.slug,
      date: source.date,
      order: String(order),
      text: pair.en,
      textZh: pair.zh,
      lang: ENGLISH_SEARCH_LANGUAGE,
      ...extra,
    },
  });
  const translated = passages.filter(
    (passage): passage is Passage & { en: string } => (passage.en ?? '').length > 0,
  );
  const printed = new Set(translated.map((passage) => bare(passage.en)));
  const records: SearchRecord[] = [];
  const titleEn = [source.english?.title, source.english?.subtitle].filter((part): part is string =>
    Boolean(part),
  );
  if (titleEn.length > 0 && !titleEn.every((part) => printed.has(bare(part))))
    records.push(
      record(page, RECORD_KINDS.title, 0, {
        en: titleEn.join(' '),
        zh: [source.title, source.subtitle].filter(Boolean).join(' '),
      }),
    );
  const about = (language: 'zh' | 'en') =>
    [source.introduction?.[language], source.summary?.[language]]
      .filter((part): part is string => Boolean(part))
      .join('\n');
  if (about('en'))
    records.push(
      record(`${page}#${INTRODUCTION_ANCHOR}`, RECORD_KINDS.introduction, 0, {
        en: about('en'),
        zh: about('zh'),
      }),
    );
  const orderOf = new Map(passages.map((passage, index) => [passage.id, index + 1]));
  for (const passage of translated)
    records.push(
      record(
        `${page}#${passage.id}`,
        RECORD_KINDS.passage,
        orderOf.get(passage.id)!,
        { en: passage.en, zh: passage.text },
        { id: passage.id, label: passage.label },
      ),
    );
  for (const note of notes)
    if (note.en)
      records.push(
        record(
          `${page}#${noteAnchor(note.number)}`,
          RECORD_KINDS.note,
          orderOf.get(note.paragraph) ?? passages.length,
          { en: note.en, zh: note.text },
          { id: noteAnchor(note.number), label: String(note.number), paragraph: note.label },
        ),
      );
  return records;
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
    content: indexText([...english, ...chinese, ...pinyin, summary].join(' ')),
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
