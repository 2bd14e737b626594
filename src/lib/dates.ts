/**
 * Calendar dates as editions write them (`YYYY-MM-DD`).
 */

/** Is `iso` a day of the proleptic Gregorian calendar (no 2026-13-40, no 2025-02-29)? */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
