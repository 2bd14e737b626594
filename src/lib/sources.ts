/**
 * Facts about sources that pages and tools share: addresses and dates.
 */

/** The months' English names, January first. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2021-03-31` → `31 March 2021`, as the English pages write dates. */
export function britishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${ENGLISH_MONTHS[month! - 1]} ${year}`;
}

/** `2021-03-31` → `2021年3月31日`. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Address of a source's page on the site. */
export function sourcePath(slug: string): string {
  return `/sources/${slug}/`;
}

/** Address of a source's open-data file: its blocks with their addresses and texts. */
export function sourceDataPath(slug: string): string {
  return `/data/sources/${slug}.json`;
}

/** Address of an original text as published on the site, byte for byte. */
export function originalPath(file: string): string {
  return `/originals/${file}`;
}

/** What an edition changed, counted from its MDX: the changes of wording and of layout it records. */
export interface EditionChanges {
  corrections: number;
  omissions: number;
  editorNotes: number;
  /** Characters changed by the typographic normalisations (src/lib/typography.ts). */
  normalisations: number;
}

/** Count the recorded changes of an edition's MDX body. */
export function editionChanges(body: string, normalisations: number): EditionChanges {
  const count = (component: string) =>
    (body.match(new RegExp(`<${component}[\\s>]`, 'gu')) ?? []).length;
  return {
    corrections: count('Correction'),
    omissions: count('Omission'),
    editorNotes: count('EditorNote'),
    normalisations,
  };
}
