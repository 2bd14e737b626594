/**
 * The site's two interfaces: Chinese at `/`, English under `/en/` with the
 * same paths after it. Every interface string is said here once, in both
 * languages; pages ask for them by key.
 */

export const LOCALES = {
  zh: { lang: 'zh-CN', prefix: '', name: '中文' },
  en: { lang: 'en', prefix: '/en', name: 'English' },
} as const;

export type Locale = keyof typeof LOCALES;

/** The address of a page in a locale: `/sources/x/` → `/en/sources/x/`. */
export function localePath(locale: Locale, path: string): string {
  return `${LOCALES[locale].prefix}${path}`;
}

/** The locale of an address, and the address without its locale prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/en' || pathname.startsWith('/en/'))
    return { locale: 'en', path: pathname.slice(3) || '/' };
  return { locale: 'zh', path: pathname };
}

const STRINGS = {
  skipLink: { zh: '跳到正文', en: 'Skip to content' },
  siteNav: { zh: '网站导航', en: 'Site' },
  navSources: { zh: '文献', en: 'Sources' },
  navGlossary: { zh: '术语表', en: 'Glossary' },
  navAnnotations: { zh: '注释', en: 'Notes' },
  navSearch: { zh: '检索', en: 'Search' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: '切换到英文版', en: 'Switch to the Chinese edition' },
  footerAbout: {
    zh: '青岛地方政府文献与报道的校注本。原文照录，改动皆有记录。',
    en: 'Annotated editions of Qingdao local-government sources. Every change to the originals is recorded.',
  },
  openData: { zh: '开放数据', en: 'Open data' },
  authoringGuide: { zh: '校注体例', en: 'Authoring guide' },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof STRINGS;

/** The interface strings of a locale: `t('navSources')`. */
export function strings(locale: Locale): (key: StringKey) => string {
  return (key) => STRINGS[key][locale];
}
