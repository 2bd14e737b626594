/**
 * Facts about sources that pages and tools share: addresses and dates.
 */

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
