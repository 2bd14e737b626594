/**
 * The search interface's language, read once from the page (`<html
 * data-locale>`, set by BaseLayout): its strings (src/lib/i18n.ts) and the
 * addresses its links lead to, `/…` on Chinese pages and `/en/…` on English.
 */
import { href } from '../../data/links.ts';
import { LOCALES, localePath, strings, type Locale } from '../../lib/i18n.ts';

export const locale: Locale = document.documentElement.dataset['locale'] === 'en' ? 'en' : 'zh';

/** The page language's string for a key. */
export const t = strings(locale);

/** The address of a page in the page's language. */
export const pagePath = (path: string): string => href(localePath(locale, path));

/** The page's language tag, for sorting and `lang` attributes. */
export const languageTag: string = LOCALES[locale].lang;

/** Words as a status line quotes them: “院士港”“张村河”, or “academician”, “renewal”. */
export function quoted(words: readonly string[]): string {
  return words.map((word) => t('searchQuoted', { word })).join(t('searchWordSeparator'));
}
