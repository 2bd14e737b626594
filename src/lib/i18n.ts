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

  contents: { zh: '目录', en: 'Contents' },

  // Paragraph links on reading pages (src/components/ParagraphLinks.astro, src/scripts/paragraph-links.ts).
  paragraphName: { zh: '第 {label} 段', en: 'Paragraph {label}' },
  paragraphLinkLabel: { zh: '第 {label} 段的链接', en: 'Link to paragraph {label}' },
  paragraphCopyLink: { zh: '复制链接', en: 'Copy link' },
  paragraphCite: { zh: '引用此段', en: 'Cite this paragraph' },
  paragraphShare: { zh: '分享', en: 'Share' },
  paragraphShareTitle: { zh: '{title} 第 {label} 段', en: '{title}, paragraph {label}' },
  paragraphCopied: { zh: '已复制第 {label} 段的链接', en: 'Link to paragraph {label} copied' },
  selectionCopied: {
    zh: '已复制第 {label} 段中所选文字的链接',
    en: 'Link to the selected text in paragraph {label} copied',
  },
  clipboardFailed: {
    zh: '无法访问剪贴板，请从地址栏复制链接',
    en: 'The clipboard is not available: copy the link from the address bar',
  },
  passageLinkButton: { zh: '复制此段文字的链接', en: 'Copy a link to this text' },

  // The cite panel (src/components/CitePanel.astro, src/scripts/cite-panel.ts).
  citeSource: { zh: '引用本文', en: 'Cite this source' },
  citeTranslation: { zh: '引用本译文', en: 'Cite this translation' },
  citeAccessed: {
    zh: '访问日期按本页生成之日（{date}）填写；引用时请按实际访问日期修改。',
    en: 'The access date is the day this page was built ({date}); change it to the day you read it.',
  },
  citeTranslationNote: {
    zh: '所引为原文，编者为译者。',
    en: 'The original is the work cited; the editors are its translators.',
  },
  citeScope: { zh: '引用范围', en: 'Cite' },
  citeWhole: { zh: '全文', en: 'The whole source' },
  citeParagraphOption: { zh: '第 {label} 段：{preview}', en: 'Paragraph {label}: {preview}' },
  citeCopy: { zh: '复制', en: 'Copy' },
  citeCopyLabel: { zh: '复制 {format} 格式的引文', en: 'Copy the {format} citation' },
  citeCopied: { zh: '已复制', en: 'Copied' },
  citeCopyFailed: { zh: '复制失败', en: 'Copy failed' },

  // The page of a retired source (src/components/RetiredSource.astro).
  retiredTitle: { zh: '此文献已撤下', en: 'This source has been retired' },
  retiredOn: { zh: '', en: 'Retired on ' },
  retiredBecause: { zh: '撤下。原因：', en: '. Why: ' },
  retiredReadOn: { zh: '请参阅：', en: 'Read on: ' },
  retiredOriginal: {
    zh: '原文仍存档（{original}）。',
    en: 'Its original stays in the archive ({original}).',
  },
  retiredAddresses: { zh: '原有段落地址', en: 'The paragraph addresses it published' },

  // Browsing (src/pages/browse/, src/components/browse/) and the home page.
  facetYear: { zh: '年份', en: 'Year' },
  facetType: { zh: '类型', en: 'Type' },
  facetRegion: { zh: '地区', en: 'Region' },
  facetPublisher: { zh: '发布者', en: 'Publisher' },
  browseTitle: { zh: '分类浏览', en: 'Browse the sources' },
  browseDescription: {
    zh: '按年份、类型、地区和发布者浏览全部文献。',
    en: 'Browse every source by year, type, region and publisher.',
  },
  browseFacetTitle: { zh: '按{facet}浏览', en: 'Sources by {facet}' },
  browseFacetDescription: {
    zh: '全部文献按{facet}分列，附各项篇数。',
    en: 'Every source by {facet}, with the number of sources under each.',
  },
  browseListTitle: { zh: '{facet}：{value}', en: '{facet}: {value}' },
  browseListDescription: {
    zh: '{facet}为“{value}”的文献，共 {n} 篇，按日期排列。',
    en: 'The {n} {n:source|sources} with {facet} “{value}”, oldest first.',
  },
  browseListPage: { zh: '（第 {page} 页）', en: ' (page {page})' },
  browseListRange: {
    zh: '共 {n} 篇，按日期排列；本页第 {from}–{to} 篇。',
    en: '{n} {n:source|sources}, oldest first; on this page {from}–{to}.',
  },
  browseListAll: { zh: '共 {n} 篇，按日期排列。', en: '{n} {n:source|sources}, oldest first.' },
  browseTotal: { zh: '全部文献共 {n} 篇。', en: '{n} {n:source|sources} in all.' },
  browseCount: { zh: '{n} 篇', en: '{n}' },
  /** Said to screen readers after a bare count (visible in the Chinese count already). */
  browseCountUnit: { zh: '', en: ' {n:source|sources}' },
  browseAllValues: { zh: '全部 {n} 项', en: 'all {n}' },
  browseAllFacets: { zh: '全部分类', en: 'All ways to browse' },
  pagerLabel: { zh: '分页', en: 'Pages' },
  pagerPrevious: { zh: '上一页', en: 'Previous' },
  pagerNext: { zh: '下一页', en: 'Next' },
  pagerPage: { zh: '第 {n} 页', en: 'Page {n}' },
  homeSources: { zh: '文献', en: 'Sources' },
  homeNewest: { zh: '最新 {shown} 篇，共 {n} 篇', en: 'the newest {shown} of {n}' },
  homeBrowse: { zh: '分类浏览', en: 'Browse' },
  homeBrowseAll: { zh: '浏览全部 {n} 篇文献', en: 'Browse all {n} sources' },

  // The search page and dialog (src/components/SearchPage.astro, SearchDialog.astro, src/scripts/search/).
  searchTitle: { zh: '检索', en: 'Search' },
  searchTitleQuery: { zh: '“{query}”的检索结果', en: 'Results for “{query}”' },
  searchDescription: {
    zh: '在全部文献与术语表中检索中文全文：结果按文献分组，直达所在段落。',
    en: "Search the editors' English translations, notes and glossary, and the Chinese text: results grouped by source, each leading to its paragraph.",
  },
  searchLabel: { zh: '检索词', en: 'Search for' },
  searchPlaceholder: {
    zh: '如：院士港、张村河、1296个、zhangcunhe',
    en: 'e.g. academician, Zhangcun River, urban renewal',
  },
  searchSubmit: { zh: '检索', en: 'Search' },
  searchHelp: {
    zh: '含检索词原文的段落排在前面；繁体字、全角字母数字和拼音也可检索。',
    en: "Searches the editors' translation (word endings ignored: renewal finds renewals) and the Chinese it translates; Chinese characters, pinyin and glossary names also work.",
  },
  searchOrder: { zh: '排序', en: 'Order' },
  searchOrderRelevance: { zh: '相关度', en: 'Relevance' },
  searchOrderNewest: { zh: '日期（新→旧）', en: 'Date (newest first)' },
  searchOrderOldest: { zh: '日期（旧→新）', en: 'Date (oldest first)' },
  searchFilters: { zh: '筛选', en: 'Filters' },
  searchFilterSource: { zh: '来源', en: 'Source' },
  searchFilterPublisher: { zh: '发布者', en: 'Publisher' },
  searchFilterYear: { zh: '年份', en: 'Year' },
  searchFilterType: { zh: '类型', en: 'Type' },
  searchNoScript: { zh: '检索需要启用 JavaScript。', en: 'Search needs JavaScript.' },
  searchDialogTitle: { zh: '检索全部文献', en: 'Search all sources' },
  searchDialogPlaceholder: {
    zh: '检索全部文献与术语，如：院士港',
    en: 'Search all sources and the glossary, e.g. academician',
  },
  searchDialogOpenPage: { zh: '在检索页打开', en: 'Open on the search page' },
  searchDialogClose: { zh: '关闭检索', en: 'Close search' },
  searchDialogHint: {
    zh: '↑↓ 在结果间移动 · Enter 打开完整检索页 · Esc 关闭',
    en: '↑↓ move through results · Enter opens the full search page · Esc closes',
  },
  searchSearching: { zh: '正在检索…', en: 'Searching…' },
  searchLoadFailed: {
    zh: '检索索引未能加载，请检查网络连接后重试。',
    en: 'The search index could not be loaded. Check your connection and try again.',
  },
  searchQuoted: { zh: '“{word}”', en: '“{word}”' },
  searchWordSeparator: { zh: '', en: ', ' },
  searchCountSources: { zh: '{n} 篇文献', en: '{n} {n:source|sources}' },
  searchCountPassages: { zh: '{n} 段', en: '{n} {n:paragraph|paragraphs}' },
  searchCountNotes: { zh: '{n} 条注释', en: '{n} {n:note|notes}' },
  searchCountIntroductions: { zh: '{n} 篇导言', en: '{n} {n:introduction|introductions}' },
  searchCountEntities: { zh: '术语表 {n} 条', en: '{n} glossary {n:entry|entries}' },
  searchCountSeparator: { zh: '，', en: ', ' },
  searchStatusFound: { zh: '{query}：{parts}', en: '{query}: {parts}' },
  searchStatusFiltered: { zh: '（已筛选，共 {n} 处）', en: ' (filtered; {n} in all)' },
  searchStatusCapped: {
    zh: '（候选过多，只核对了前 {n} 条，请加词缩小范围）',
    en: ' (too many candidates: only the first {n} were checked; add a word to narrow the search)',
  },
  searchStatusConverted: {
    zh: '（已将繁体“{from}”转为简体“{to}”）',
    en: ' (traditional “{from}” converted to simplified “{to}”)',
  },
  searchStatusFilteredOut: {
    zh: '{query}：所选筛选条件下没有结果（不筛选时有 {n} 处），请取消部分筛选。',
    en: '{query}: nothing under the chosen filters ({n} without them); clear some filters.',
  },
  searchStatusSpread: {
    zh: '没有段落同时含{words}；{n} 篇文献在不同段落中含有全部这些词。',
    en: 'No paragraph holds {words} together; {n} {n:source holds|sources hold} all of them in different paragraphs.',
  },
  searchStatusNoSpread: {
    zh: '没有段落同时含{words}，也没有文献在不同段落中含有全部这些词。',
    en: 'No paragraph holds {words} together, and no source holds all of them in different paragraphs.',
  },
  searchStatusNone: { zh: '没有找到含{words}的内容。', en: 'Nothing found for {words}.' },
  searchWhereTitle: { zh: '标题', en: 'Title' },
  searchWhereIntroduction: { zh: '导言', en: 'Introduction' },
  searchWhereNote: {
    zh: '注 {label}（第 {paragraph} 段）',
    en: 'Note {label} (paragraph {paragraph})',
  },
  searchWherePassage: { zh: '第 {label} 段', en: 'Paragraph {label}' },
  searchEntityText: { zh: '{name}：{text}', en: '{name}: {text}' },
  searchMentions: { zh: '检索提及“{name}”的文献', en: 'Search the sources for “{name}”' },
  searchGlossaryHeading: { zh: '术语表 ', en: 'Glossary ' },
  searchGlossaryCount: { zh: '{n} 条', en: '{n} {n:entry|entries}' },
  searchGlossaryAll: { zh: '显示全部 {n} 条术语', en: 'Show all {n} glossary entries' },
  searchSourceCount: { zh: '{year} · {n} 处', en: '{year} · {n} {n:hit|hits}' },
  searchSourceMore: { zh: '本文献另有 {n} 处', en: '{n} more in this source' },
  searchSpreadNote: {
    zh: '以下文献在不同段落中含有{words}：',
    en: 'These sources hold {words} in different paragraphs:',
  },
  searchScatteredButton: {
    zh: '查找各字分开出现的段落',
    en: 'Find paragraphs holding the characters apart',
  },
  searchScatteredFound: {
    zh: '各字分开出现：{n} 处含{words}的各个字，但未按原序相连',
    en: 'Characters apart: {n} {n:place holds|places hold} the characters of {words}, but not together in order',
  },
  searchScatteredNone: {
    zh: '没有其他段落含{words}的各个字',
    en: 'No other paragraph holds the characters of {words}',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringKey = keyof typeof STRINGS;

/** Values put into a string's placeholders. */
export type StringValues = Record<string, string | number>;

/**
 * The interface strings of a locale: `t('navSources')`, or with values for
 * its placeholders, `t('searchCountNotes', { n: 3 })`. `{name}` is the value;
 * `{n:one|other}` is `one` when `n` is 1, else `other` (English plurals).
 */
export function strings(locale: Locale): (key: StringKey, values?: StringValues) => string {
  return (key, values = {}) =>
    STRINGS[key][locale]
      .replace(/\{(\w+):([^|}]*)\|([^}]*)\}/gu, (_, name: string, one: string, other: string) =>
        Number(values[name]) === 1 ? one : other,
      )
      .replace(/\{(\w+)\}/gu, (whole, name: string) => String(values[name] ?? whole));
}
