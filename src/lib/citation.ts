/**
 * Citations of a source, or of one paragraph of it, in the formats readers
 * ask for: GB/T 7714—2015 (the Chinese national standard), Chicago (17th ed.,
 * bibliography entry), APA (7th ed.), BibTeX (biblatex fields), RIS and
 * CSL-JSON. Everything comes from the edition's frontmatter.
 *
 * Record types: a newspaper article read in our online edition is a
 * newspaper article online, GB/T 7714 [N/OL]; a document published on a
 * government website is an electronic resource, [EB/OL].
 */

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
  /** YYYY-MM-DD. */
  date: string;
  medium: 'newspaper' | 'website';
  /** Address of the edition (without fragment). */
  url: string;
}

export interface CitationRequest {
  /** The day the reader consults the source, YYYY-MM-DD. */
  accessed: string;
  /** Cite one paragraph: its id (`p12`) and label (`12`). */
  paragraph?: { id: string; label: string } | undefined;
}

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dateParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number);
  return [year!, month!, day!];
}

function englishDate(iso: string): string {
  const [year, month, day] = dateParts(iso);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** A subtitle as it follows a title: printed leading dashes (——访…) dropped. */
function bareSubtitle(subtitle: string | undefined): string | undefined {
  return subtitle?.replace(/^[—–-]+/u, '').trim() || undefined;
}

function address(source: CitableSource, request: CitationRequest): string {
  return request.paragraph ? `${source.url}#${request.paragraph.id}` : source.url;
}

/** Who is responsible: the personal authors, else the issuing body of a document. */
function responsible(source: CitableSource): string[] {
  if (source.authors.length > 0) return [...source.authors];
  return source.issuer ? [source.issuer] : [];
}

function paragraphNote(request: CitationRequest, style: 'zh' | 'en'): string {
  if (!request.paragraph) return '';
  return style === 'zh' ? `第 ${request.paragraph.label} 段` : `para. ${request.paragraph.label}`;
}

/** GB/T 7714—2015: more than three authors are cut to three and "等". */
function gbtAuthors(names: readonly string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
}

function gbt7714(source: CitableSource, request: CitationRequest): string {
  const people = responsible(source);
  const lead = people.length > 0 ? `${gbtAuthors(people)}. ` : '';
  const otherTitle = source.medium === 'website' ? source.documentNumber : bareSubtitle(source.subtitle);
  const title = otherTitle ? `${source.title}: ${otherTitle}` : source.title;
  const locator = request.paragraph ? `(${paragraphNote(request, 'zh')})` : '';
  if (source.medium === 'newspaper') {
    return `${lead}${title}[N/OL]. ${source.publisher ?? ''}, ${source.date}${locator}[${request.accessed}]. ${address(source, request)}.`;
  }
  const publisher = source.publisher && !people.includes(source.publisher) ? `${source.publisher}, ` : '';
  return `${lead}${title}[EB/OL]. ${publisher}(${source.date})${locator}[${request.accessed}]. ${address(source, request)}.`;
}

function chicago(source: CitableSource, request: CitationRequest): string {
  const people = responsible(source);
  const names = people.length > 1 ? `${people.slice(0, -1).join(', ')} and ${people.at(-1)}` : people[0];
  const subtitle = bareSubtitle(source.subtitle);
  const title = subtitle ? `${source.title}: ${subtitle}` : source.title;
  const locator = request.paragraph ? ` ${paragraphNote(request, 'en')}.` : '';
  if (source.medium === 'newspaper') {
    const head = names ? `${names}. “${title}.” ` : `“${title}.” `;
    return `${head}${source.publisher ?? ''}, ${englishDate(source.date)}.${locator} ${address(source, request)}.`;
  }
  const number = source.documentNumber ? ` ${source.documentNumber}.` : '';
  return `${names ? `${names}. ` : ''}${title}.${number} ${englishDate(source.date)}.${locator} ${address(source, request)}.`;
}

function apa(source: CitableSource, request: CitationRequest): string {
  const people = responsible(source);
  const names = people.length > 1 ? `${people.slice(0, -1).join(', ')}, & ${people.at(-1)}` : people[0];
  const [year, month, day] = dateParts(source.date);
  const locator = request.paragraph ? ` (${paragraphNote(request, 'en')})` : '';
  if (source.medium === 'newspaper') {
    const when = `(${year}, ${MONTHS[month - 1]} ${day})`;
    const head = names ? `${names}. ${when}. ${source.title}` : `${source.title}. ${when}`;
    return `${head}. ${source.publisher ?? ''}${locator}. ${address(source, request)}`;
  }
  const number = source.documentNumber ? ` (${source.documentNumber})` : '';
  return `${names ? `${names}. ` : ''}(${year}). ${source.title}${number}${locator}. ${address(source, request)}`;
}

function citationKey(source: CitableSource, request: CitationRequest): string {
  return request.paragraph ? `${source.slug}-${request.paragraph.id}` : source.slug;
}

/** BibTeX value: braces balanced; a corporate author in double braces so it is never split into names. */
function bibtexAuthors(source: CitableSource): string | undefined {
  if (source.authors.length > 0) return source.authors.join(' and ');
  return source.issuer ? `{${source.issuer}}` : undefined;
}

function bibtex(source: CitableSource, request: CitationRequest): string {
  const [year, month] = dateParts(source.date);
  const newspaper = source.medium === 'newspaper';
  const fields: [string, string | undefined][] = [
    ['author', bibtexAuthors(source)],
    ['title', source.title],
    ['subtitle', bareSubtitle(source.subtitle)],
    [newspaper ? 'journaltitle' : 'institution', newspaper ? source.publisher : (source.issuer ?? source.publisher)],
    ['entrysubtype', newspaper ? 'newspaper' : undefined],
    ['type', newspaper ? undefined : '政府文件'],
    ['number', source.documentNumber],
    ['date', source.date],
    ['year', String(year)],
    ['month', String(month)],
    ['url', address(source, request)],
    ['urldate', request.accessed],
    ['langid', 'chinese'],
    ['note', request.paragraph ? paragraphNote(request, 'zh') : undefined],
  ];
  const body = fields.filter((field): field is [string, string] => field[1] !== undefined).map(([name, value]) => `  ${name} = {${value}},`);
  return `@${newspaper ? 'article' : 'report'}{${citationKey(source, request)},\n${body.join('\n')}\n}`;
}

function ris(source: CitableSource, request: CitationRequest): string {
  const slash = (iso: string) => iso.replaceAll('-', '/');
  const newspaper = source.medium === 'newspaper';
  const lines: [string, string | undefined][] = [
    ['TY', newspaper ? 'NEWS' : 'GOVDOC'],
    ...responsible(source).map((name): [string, string] => ['AU', name]),
    ['TI', source.title],
    ['ST', bareSubtitle(source.subtitle)],
    ['T2', newspaper ? source.publisher : undefined],
    ['PB', newspaper ? undefined : source.publisher],
    ['M1', source.documentNumber],
    ['PY', source.date.slice(0, 4)],
    ['DA', slash(source.date)],
    ['UR', address(source, request)],
    ['Y2', slash(request.accessed)],
    ['LA', 'zh-CN'],
    ['N1', request.paragraph ? paragraphNote(request, 'zh') : undefined],
    ['ER', ''],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`.trimEnd())
    .join('\n');
}

function csl(source: CitableSource, request: CitationRequest): string {
  const newspaper = source.medium === 'newspaper';
  const item: Record<string, unknown> = {
    id: citationKey(source, request),
    type: newspaper ? 'article-newspaper' : 'document',
    title: source.title,
    author: responsible(source).map((name) => ({ literal: name })),
    ...(newspaper ? { 'container-title': source.publisher } : { publisher: source.publisher ?? source.issuer }),
    ...(source.documentNumber ? { number: source.documentNumber } : {}),
    issued: { 'date-parts': [dateParts(source.date)] },
    URL: address(source, request),
    accessed: { 'date-parts': [dateParts(request.accessed)] },
    language: 'zh-CN',
    ...(request.paragraph ? { note: paragraphNote(request, 'zh') } : {}),
  };
  // Dates on one line ([2021, 1, 22]) keep the JSON readable.
  return JSON.stringify([item], null, 2).replace(/\[\s*\[\s*(\d+),\s*(\d+),\s*(\d+)\s*\]\s*\]/gu, '[[$1, $2, $3]]');
}

const FORMATTERS: Record<CitationFormat, (source: CitableSource, request: CitationRequest) => string> = { gbt7714, chicago, apa, bibtex, ris, csl };

/** One citation of a source (or of one of its paragraphs) in one format. */
export function cite(format: CitationFormat, source: CitableSource, request: CitationRequest): string {
  return FORMATTERS[format](source, request);
}
