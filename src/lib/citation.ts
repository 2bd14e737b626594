/**
 * Citations of a source, or of one paragraph of it, in the formats readers
 * ask for: GB/T 7714—2015 (the Chinese national standard), Chicago (17th ed.,
 * bibliography entry), APA (7th ed.), BibTeX (biblatex fields), RIS and
 * CSL-JSON. Everything comes from the edition's frontmatter.
 *
 * Record types: a newspaper article read in our online edition is a
 * newspaper article online, GB/T 7714 [N/OL]; a document published on a
 * government website is an electronic resource, [EB/OL].
 *
 * Publisher, authors and date may be unknown; each style then follows its own
 * rule for a missing element (see the formatters), and the machine formats
 * leave the field out.
 *
 * The formatters are written here rather than produced by citation-js from
 * the CSL-JSON: tried on our records, it dropped Chinese characters from
 * BibTeX titles, wrote classic BibTeX instead of the biblatex fields below,
 * and passed line breaks into RIS values.
 */
import { ENGLISH_MONTHS } from './sources.ts';
import { SITE } from './site.ts';

/** What a citation needs to know about a source; built from the frontmatter. */
export interface CitableSource {
  /** Slug of the edition: the citation key. */
  slug: string;
  title: string;
  subtitle?: string | undefined;
  /** Personal authors as printed. */
  authors: readonly string[];
  /** Newspaper, or the website's owner. */
  publisher?: string | undefined;
  /** Issuing body of an official document: its corporate author. */
  issuer?: string | undefined;
  documentNumber?: string | undefined;
  /** Date of publication, YYYY-MM-DD; absent when it is not known. */
  date?: string | undefined;
  medium: 'newspaper' | 'website';
  /** Address of the edition (without fragment). */
  url: string;
}

/** The editors' translation of a source, when that is what is cited. */
export interface CitedTranslation {
  /** Language of the translation. */
  language: 'en';
  /** The source's title in the translation. */
  title: string;
  /** Address of the translation (without fragment). */
  url: string;
}

export interface CitationRequest {
  /** The day the reader consults the source, YYYY-MM-DD. */
  accessed: string;
  /** Cite one paragraph: its id (`p12`) and label (`12`). */
  paragraph?: { id: string; label: string } | undefined;
  /** Cite the editors' translation: the original stays the work cited, the editors are its translators. */
  translation?: CitedTranslation | undefined;
}

/** Who translated: the site's editors, as each language names them. */
export const TRANSLATORS = {
  zh: `${SITE.name.zh}编者`,
  en: `the editors of ${SITE.name.en}`,
} as const;

export const CITATION_FORMATS = ['gbt7714', 'chicago', 'apa', 'bibtex', 'ris', 'csl'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const CITATION_FORMAT_NAMES: Record<CitationFormat, string> = {
  gbt7714: 'GB/T 7714—2015',
  chicago: 'Chicago',
  apa: 'APA',
  bibtex: 'BibTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
};

function dateParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year!, month!, day!];
}

function englishDate(iso: string): string {
  const [year, month, day] = dateParts(iso);
  return `${ENGLISH_MONTHS[month - 1]} ${day}, ${year}`;
}

/** Spaces, tabs and every character that ends a line (RIS reads a new line as a new tag). */
const FOLDABLE_RUN = /[\t\n\v\f\r \u0085\u2028\u2029]+/gu;
const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/u;
/** Han characters and CJK or full-width punctuation. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A value on one line: each run of spaces and line breaks becomes one space,
 * and ends are trimmed. A line break between two Chinese characters is
 * dropped instead, because Chinese is written without spaces and such a break
 * only wraps a line. Ideographic spaces (U+3000) inside a value are kept: they
 * are printed on purpose, e.g. in two-character names (王　冰).
 */
export function foldWhitespace(text: string): string {
  return text
    .replace(FOLDABLE_RUN, (run: string, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + run.length] ?? '';
      return LINE_BREAK.test(run) && CJK.test(before) && CJK.test(after) ? '' : ' ';
    })
    .trim();
}

/** The source with every text value on one line; empty values count as missing. */
function folded(source: CitableSource): CitableSource {
  const fold = (value: string | undefined) =>
    value === undefined ? undefined : foldWhitespace(value) || undefined;
  return {
    ...source,
    title: foldWhitespace(source.title),
    subtitle: fold(source.subtitle),
    authors: source.authors.map(foldWhitespace).filter((name) => name !== ''),
    publisher: fold(source.publisher),
    issuer: fold(source.issuer),
    documentNumber: fold(source.documentNumber),
    date: fold(source.date),
  };
}

/** A subtitle as it follows a title: printed leading dashes (——访…) dropped. */
function bareSubtitle(subtitle: string | undefined): string | undefined {
  return subtitle?.replace(/^[—–-]+/u, '').trim() || undefined;
}

function address(source: CitableSource, request: CitationRequest): string {
  const url = request.translation?.url ?? source.url;
  return request.paragraph ? `${url}#${request.paragraph.id}` : url;
}

/** Capitalise a sentence's first letter ("the editors…" → "The editors…"). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who is responsible: the personal authors, else the issuing body of a document. */
function responsible(source: CitableSource): string[] {
  if (source.authors.length > 0) return [...source.authors];
  return source.issuer ? [source.issuer] : [];
}

/** The publisher when it is not also the author (styles name a body once). */
function distinctPublisher(source: CitableSource): string | undefined {
  return source.publisher && !responsible(source).includes(source.publisher)
    ? source.publisher
    : undefined;
}

function paragraphNote(request: CitationRequest, style: 'zh' | 'en'): string {
  if (!request.paragraph) return '';
  return style === 'zh' ? `第 ${request.paragraph.label} 段` : `para. ${request.paragraph.label}`;
}

/** Defined parts joined by a separator; a missing part takes its separator with it. */
function joined(parts: readonly (string | undefined)[], separator: string): string {
  return parts.filter((part): part is string => part !== undefined && part !== '').join(separator);
}

/** GB/T 7714—2015: more than three authors are cut to three and "等". */
function gbtAuthors(names: readonly string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

function gbt7714(source: CitableSource, request: CitationRequest): string {
  const people = responsible(source);
  // The standard lets a numbered reference list start a work without a known
  // author with its title instead of "佚名"; our citations stand alone, like
  // one entry of such a list.
  const lead = people.length > 0 ? `${gbtAuthors(people)}. ` : '';
  const otherTitle =
    source.medium === 'website' ? source.documentNumber : bareSubtitle(source.subtitle);
  const title = otherTitle ? `${source.title}: ${otherTitle}` : source.title;
  const locator = request.paragraph ? `(${paragraphNote(request, 'zh')})` : '';
  const tail = `${locator}[${request.accessed}]. ${address(source, request)}.`;
  // A translator is an "other responsible person" (其他责任者), after the title: "…[N/OL]. 张三, 译. …".
  const translated = request.translation ? `${TRANSLATORS.zh}, 译. ` : '';
  if (source.medium === 'newspaper') {
    // The newspaper's name stands where a publisher does; for an unknown
    // publisher of a Chinese work the standard prescribes "[出版者不详]".
    const newspaper = source.publisher ?? '[出版者不详]';
    return `${lead}${title}[N/OL]. ${translated}${joined([newspaper, source.date], ', ')}${tail}`;
  }
  // Electronic resources: the publisher and the (update) date are each left
  // out with their punctuation when unknown, as in the standard's example
  // "…[EB/OL]. [2012-03-27]. http://…".
  const published = joined([distinctPublisher(source), source.date && `(${source.date})`], ', ');
  return `${lead}${title}[EB/OL]. ${translated}${published}${tail}`;
}

/**
 * Chicago (17th ed.): an anonymous work starts with its title; an unknown
 * publisher is left out; without a date of publication or revision, the
 * access date is given instead (Chicago asks for access dates only then).
 */
/** Double quotation marks inside a quoted title become single (Chicago 6.11): “…‘创新穹顶’…”. */
function nestedQuotes(title: string): string {
  return title.replace(/“/gu, '‘').replace(/”/gu, '’');
}

function chicago(source: CitableSource, request: CitationRequest): string {
  const people = responsible(source);
  const names =
    people.length > 1 ? `${people.slice(0, -1).join(', ')} and ${people.at(-1)}` : people[0];
  const subtitle = bareSubtitle(source.subtitle);
  // A translated title follows the original in brackets (Chicago 14.88).
  const original = subtitle ? `${source.title}: ${subtitle}` : source.title;
  const title = request.translation ? `${original} [${request.translation.title}]` : original;
  const published = source.date ? englishDate(source.date) : undefined;
  const sentence = (text: string | undefined) => (text ? `${text}.` : undefined);
  const translators = request.translation && `Translated by ${TRANSLATORS.en}.`;
  const head =
    source.medium === 'newspaper'
      ? [
          sentence(names),
          `“${nestedQuotes(title)}.”`,
          translators,
          sentence(joined([source.publisher, published], ', ')),
        ]
      : [
          sentence(names),
          `${title}.`,
          translators,
          sentence(source.documentNumber),
          sentence(joined([distinctPublisher(source), published], ', ')),
        ];
  return joined(
    [
      ...head,
      request.paragraph && `${paragraphNote(request, 'en')}.`,
      published ? undefined : `Accessed ${englishDate(request.accessed)}.`,
      `${address(source, request)}.`,
    ],
    ' ',
  );
}

/**
 * APA (7th ed.): without an author the title moves to the author position
 * (9.12); without a date, "(n.d.)" (9.17); an unknown publisher, or one that is
 * also the author, is left out.
 */
function apa(source: CitableSource, request: CitationRequest): string {
  const people = responsible(source);
  const names =
    people.length > 1 ? `${people.slice(0, -1).join(', ')}, & ${people.at(-1)}` : people[0];
  const newspaper = source.medium === 'newspaper';
  let when = 'n.d.';
  if (source.date) {
    const [year, month, day] = dateParts(source.date);
    when = newspaper ? `${year}, ${ENGLISH_MONTHS[month - 1]} ${day}` : String(year);
  }
  const original =
    newspaper || !source.documentNumber
      ? source.title
      : `${source.title} (${source.documentNumber})`;
  // A translation: the translated title with the original in brackets, then the translators (APA 9.39, 10.2).
  const title = request.translation
    ? `${request.translation.title} [${original}] (${sentenceCase(TRANSLATORS.en)}, Trans.)`
    : original;
  const elements = names ? [names, `(${when})`, title] : [title, `(${when})`];
  const publisher = newspaper ? source.publisher : distinctPublisher(source);
  if (publisher) elements.push(publisher);
  // The paragraph belongs to the last element before the address.
  if (request.paragraph) elements.push(`${elements.pop()!} (${paragraphNote(request, 'en')})`);
  return `${elements.map((element) => `${element}.`).join(' ')} ${address(source, request)}`;
}

function citationKey(source: CitableSource, request: CitationRequest): string {
  return request.paragraph ? `${source.slug}-${request.paragraph.id}` : source.slug;
}

/**
 * LaTeX's special characters in a BibTeX value. Braces become text commands,
 * not `\{` and `\}`: BibTeX counts every brace, escaped or not, so `\{` alone
 * would leave the field unbalanced.
 */
const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A text value for a braced BibTeX field: LaTeX's special characters escaped, everything else (Chinese too) as it is. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&#_$~^]/gu, (character) => BIBTEX_ESCAPES[character]!);
}

/** A URL for biblatex's verbatim `url` field: left as it is, except what would unbalance the braces. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/gu, (character) => encodeURIComponent(character));
}

/** A citation key without the characters BibTeX ends or splits a key at. */
function bibtexKey(key: string): string {
  return key.replace(/[\s,{}()#%~"'=\\]/gu, '-');
}

/**
 * BibTeX `author` value. A corporate author goes in double braces so it is
 * never split into names; so does a personal name BibTeX would misread: one
 * with a comma or "and", or a Chinese name printed with a space (王　冰),
 * which has no given name to move after the family name.
 */
function bibtexAuthors(source: CitableSource): string | undefined {
  const protect = (name: string) =>
    /,|\band\b/iu.test(name) || (CJK.test(name) && /\s/u.test(name))
      ? `{${bibtexEscape(name)}}`
      : bibtexEscape(name);
  if (source.authors.length > 0) return source.authors.map(protect).join(' and ');
  return source.issuer ? `{${bibtexEscape(source.issuer)}}` : undefined;
}

function bibtex(source: CitableSource, request: CitationRequest): string {
  const [year, month] = source.date ? dateParts(source.date) : [];
  const newspaper = source.medium === 'newspaper';
  const text = (value: string | undefined) =>
    value === undefined ? undefined : bibtexEscape(value);
  const fields: [string, string | undefined][] = [
    ['author', bibtexAuthors(source)],
    ['title', text(request.translation?.title ?? source.title)],
    ['origtitle', request.translation && text(source.title)],
    ['subtitle', request.translation ? undefined : text(bareSubtitle(source.subtitle))],
    ['translator', request.translation && `{${bibtexEscape(sentenceCase(TRANSLATORS.en))}}`],
    [
      newspaper ? 'journaltitle' : 'institution',
      text(newspaper ? source.publisher : (source.issuer ?? source.publisher)),
    ],
    ['entrysubtype', newspaper ? 'newspaper' : undefined],
    ['type', newspaper ? undefined : '政府文件'],
    ['number', text(source.documentNumber)],
    ['date', source.date],
    ['year', year === undefined ? undefined : String(year)],
    ['month', month === undefined ? undefined : String(month)],
    ['url', bibtexUrl(address(source, request))],
    ['urldate', request.accessed],
    ['langid', request.translation ? 'english' : 'chinese'],
    ['origlanguage', request.translation && 'chinese'],
    [
      'note',
      request.paragraph
        ? text(paragraphNote(request, request.translation ? 'en' : 'zh'))
        : undefined,
    ],
  ];
  const body = fields
    .filter((field): field is [string, string] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}},`);
  return `@${newspaper ? 'article' : 'report'}{${bibtexKey(citationKey(source, request))},\n${body.join('\n')}\n}`;
}

/** RIS: one `TAG  - value` per line; values are already on one line (see `folded`), and unknown ones are left out. */
function ris(source: CitableSource, request: CitationRequest): string {
  const slash = (iso: string) => iso.replaceAll('-', '/');
  const newspaper = source.medium === 'newspaper';
  const lines: [string, string | undefined][] = [
    ['TY', newspaper ? 'NEWS' : 'GOVDOC'],
    ...responsible(source).map((name): [string, string] => ['AU', name]),
    ['TI', source.title],
    ['ST', bareSubtitle(source.subtitle)],
    ['TT', request.translation?.title],
    ['A4', request.translation && sentenceCase(TRANSLATORS.en)],
    ['T2', newspaper ? source.publisher : undefined],
    ['PB', newspaper ? undefined : source.publisher],
    ['M1', source.documentNumber],
    ['PY', source.date?.slice(0, 4)],
    ['DA', source.date && slash(source.date)],
    ['UR', address(source, request)],
    ['Y2', slash(request.accessed)],
    ['LA', request.translation ? 'en' : 'zh-CN'],
    [
      'N1',
      request.paragraph ? paragraphNote(request, request.translation ? 'en' : 'zh') : undefined,
    ],
    ['ER', ''],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`.trimEnd())
    .join('\n');
}

function csl(source: CitableSource, request: CitationRequest): string {
  const newspaper = source.medium === 'newspaper';
  const authors = responsible(source);
  const publisher = newspaper ? source.publisher : (source.publisher ?? source.issuer);
  const item: Record<string, unknown> = {
    id: citationKey(source, request),
    type: newspaper ? 'article-newspaper' : 'document',
    title: request.translation?.title ?? source.title,
    ...(request.translation
      ? {
          'original-title': source.title,
          translator: [{ literal: sentenceCase(TRANSLATORS.en) }],
        }
      : {}),
    ...(authors.length > 0 ? { author: authors.map((name) => ({ literal: name })) } : {}),
    ...(publisher ? { [newspaper ? 'container-title' : 'publisher']: publisher } : {}),
    ...(source.documentNumber ? { number: source.documentNumber } : {}),
    ...(source.date ? { issued: { 'date-parts': [dateParts(source.date)] } } : {}),
    URL: address(source, request),
    accessed: { 'date-parts': [dateParts(request.accessed)] },
    language: request.translation ? 'en' : 'zh-CN',
    ...(request.paragraph
      ? { note: paragraphNote(request, request.translation ? 'en' : 'zh') }
      : {}),
  };
  // Dates on one line ([2021, 1, 22]) keep the JSON readable. The pattern
  // requires the line breaks of the indentation, which never occur inside a
  // JSON string, so it cannot touch a title that looks like a date.
  return JSON.stringify([item], null, 2).replace(
    /\[\n\s*\[\n\s*(\d+(?:,\n\s*\d+)*)\n\s*\]\n\s*\]/gu,
    (_match, numbers: string) => `[[${numbers.split(/,\s*/u).join(', ')}]]`,
  );
}

const FORMATTERS: Record<
  CitationFormat,
  (source: CitableSource, request: CitationRequest) => string
> = { gbt7714, chicago, apa, bibtex, ris, csl };

/** One citation of a source (or of one of its paragraphs) in one format. */
export function cite(
  format: CitationFormat,
  source: CitableSource,
  request: CitationRequest,
): string {
  return FORMATTERS[format](folded(source), request);
}
