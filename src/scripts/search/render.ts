/**
 * Renders results as readers scan them: the glossary entries the query names
 * (a few, then "all N"), then each source holding the query with its best
 * hits and "N more in this source", each hit a link to its paragraph, note
 * or introduction with the query marked in context. Built with DOM methods,
 * so text from the index is never parsed as HTML.
 */
import { formatQuery, type ParsedQuery } from '../../lib/search-query.ts';
import { wordRanges } from '../../lib/search-text.ts';
import type { SearchRecordData } from './engine.ts';
import { languageTag, pagePath, quoted, t } from './locale.ts';
import { bestHits, checkedWord, type Hit, type Results, type SourceGroup } from './results.ts';

/** Characters of context on each side of the first match in an excerpt. */
const CONTEXT = 40;
const HAN = /\p{Script=Han}/u;

export interface RenderOptions {
  headingLevel: 2 | 3;
  /** Glossary cards shown before "all N entries". */
  entityLimit: number;
  /** Hits shown per source before "N more in this source". */
  hitLimit: number;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function moreButton(text: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const node = element('button', { type: 'button', class: 'search-more' }, text);
  node.addEventListener('click', () => onClick(node));
  return node;
}

/** The text around its first match, with every match in <mark>. */
export function excerpt(text: string, words: readonly string[]): DocumentFragment {
  const ranges = wordRanges(text, words);
  const first = ranges[0];
  const start = first ? Math.max(0, first[0] - CONTEXT) : 0;
  const end = first
    ? Math.min(text.length, first[1] + CONTEXT * 2)
    : Math.min(text.length, CONTEXT * 3);
  const fragment = document.createDocumentFragment();
  if (start > 0) fragment.append('…');
  let cursor = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    fragment.append(
      text.slice(cursor, Math.max(cursor, from)),
      element('mark', {}, text.slice(Math.max(from, start), Math.min(to, end))),
    );
    cursor = Math.min(to, end);
  }
  fragment.append(text.slice(cursor, end));
  if (end < text.length) fragment.append('…');
  return fragment;
}

/** The address of a hit, carrying the query so the landing can mark it. */
export function hitHref(record: SearchRecordData, query: ParsedQuery): string {
  if (record.kind === 'entity') return record.url;
  const [path, fragment] = record.url.split('#');
  return `${path}?hl=${encodeURIComponent(formatQuery(query))}${fragment ? `#${fragment}` : ''}`;
}

function where(record: SearchRecordData): string {
  switch (record.kind) {
    case 'title':
      return t('searchWhereTitle');
    case 'introduction':
      return t('searchWhereIntroduction');
    case 'note':
      return t('searchWhereNote', { label: record.label, paragraph: record.paragraph });
    case 'entity':
      return record.detail;
    default:
      return t('searchWherePassage', { label: record.label });
  }
}

/**
 * What a hit shows: an entity's name and description; a text's own words,
 * or, for an English record that holds the query only in the Chinese it
 * translates, that Chinese (with its language).
 */
function shownText(hit: Hit, words: readonly string[]): { text: string; lang?: string } {
  const { record } = hit;
  if (record.kind === 'entity') {
    const name = record.textZh ? `${record.title} ${record.textZh}` : record.title;
    const english = hit.words.some((word) => !HAN.test(word)) && record.textEn;
    return {
      text: `${t('searchEntityText', { name, text: record.text })}${english ? ` ${record.textEn}` : ''}`,
    };
  }
  if (record.textZh && wordRanges(record.text, words).length === 0)
    return { text: record.textZh, lang: 'zh-CN' };
  return { text: record.text };
}

function hitItem(hit: Hit, query: ParsedQuery): HTMLLIElement {
  const { record } = hit;
  const words = query.words.map((word) => checkedWord(record, word));
  const shown = shownText(hit, words);
  const item = element(
    'li',
    { class: `hit hit-${record.kind}` },
    element(
      'a',
      { href: hitHref(record, query), class: 'hit-link' },
      element('span', { class: 'hit-where' }, where(record)),
      element(
        'span',
        shown.lang && shown.lang !== languageTag
          ? { class: 'hit-text', lang: shown.lang }
          : { class: 'hit-text' },
        excerpt(shown.text, words),
      ),
    ),
  );
  // A name found by its pinyin or English: one click on to the texts that mention it.
  if (record.kind === 'entity' && !query.words.some((word) => HAN.test(word))) {
    const names: ParsedQuery = { words: record.names, mode: 'any' };
    item.append(
      element(
        'a',
        {
          class: 'hit-mentions',
          href: `${pagePath('/search/')}?q=${encodeURIComponent(formatQuery(names))}`,
        },
        t('searchMentions', { name: record.title }),
      ),
    );
  }
  return item;
}

function heading(level: 2 | 3, ...children: (Node | string)[]): HTMLHeadingElement {
  return element(`h${level}`, {}, ...children);
}

function entitySection(results: Results, options: RenderOptions): HTMLElement {
  const { entities, query } = results;
  const list = element(
    'ol',
    { class: 'hits' },
    ...entities.slice(0, options.entityLimit).map((hit) => hitItem(hit, query)),
  );
  const section = element(
    'section',
    { class: 'hit-group hit-group-entities' },
    heading(
      options.headingLevel,
      t('searchGlossaryHeading'),
      element('span', { class: 'hit-count' }, t('searchGlossaryCount', { n: entities.length })),
    ),
    list,
  );
  if (entities.length > options.entityLimit)
    section.append(
      moreButton(t('searchGlossaryAll', { n: entities.length }), (button) => {
        list.append(...entities.slice(options.entityLimit).map((hit) => hitItem(hit, query)));
        button.remove();
      }),
    );
  return section;
}

function sourceSection(
  group: SourceGroup,
  query: ParsedQuery,
  options: RenderOptions,
): HTMLElement {
  const shown = bestHits(group, options.hitLimit, query.words);
  const list = element('ol', { class: 'hits' }, ...shown.map((hit) => hitItem(hit, query)));
  const section = element(
    'section',
    { class: 'hit-group', 'data-source': group.source },
    heading(
      options.headingLevel,
      element('a', { href: pagePath(`/sources/${group.source}/`) }, group.title),
      ' ',
      element(
        'span',
        { class: 'hit-count' },
        t('searchSourceCount', { year: group.date.slice(0, 4), n: group.hits.length }),
      ),
    ),
    list,
  );
  const rest = group.hits.length - shown.length;
  if (rest > 0)
    section.append(
      moreButton(t('searchSourceMore', { n: rest }), (button) => {
        list.replaceChildren(...group.hits.map((hit) => hitItem(hit, query)));
        button.remove();
      }),
    );
  return section;
}

/** The results of one query; `scattered`, if given, offers the records holding the characters apart. */
export function renderResults(
  results: Results,
  options: RenderOptions,
  scattered?: () => Promise<HTMLElement>,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const container = element('div', { class: 'hit-groups' });
  fragment.append(container);
  if (results.entities.length > 0) container.append(entitySection(results, options));
  for (const group of results.groups)
    container.append(sourceSection(group, results.query, options));
  if (results.spread.length > 0) {
    container.append(
      element(
        'p',
        { class: 'search-note' },
        t('searchSpreadNote', { words: quoted(results.query.words) }),
      ),
    );
    for (const group of results.spread)
      container.append(sourceSection(group, results.query, options));
  }
  if (scattered) {
    const holder = element('section', { class: 'scattered' });
    holder.append(
      moreButton(t('searchScatteredButton'), (button) => {
        button.disabled = true;
        void scattered().then(
          (section) => holder.replaceChildren(...section.childNodes),
          () => {
            button.disabled = false;
          },
        );
      }),
    );
    fragment.append(holder);
  }
  return fragment;
}

/** Records that hold the words' characters apart, in a section of their own, never marked as hits. */
export function renderScattered(
  query: ParsedQuery,
  records: readonly SearchRecordData[],
  options: RenderOptions,
  capped: boolean,
): HTMLElement {
  const words = quoted(query.words);
  const section = element(
    'section',
    { class: 'scattered' },
    heading(
      options.headingLevel,
      records.length > 0
        ? t('searchScatteredFound', { n: `${records.length}${capped ? '+' : ''}`, words })
        : t('searchScatteredNone', { words }),
    ),
  );
  const list = element('ol', { class: 'hits' });
  for (const record of records)
    list.append(
      element(
        'li',
        { class: `hit hit-scattered` },
        element(
          'a',
          { href: record.url.replace(/^https?:\/\/[^/]+/u, ''), class: 'hit-link' },
          element('span', { class: 'hit-where' }, `${record.title} · ${where(record)}`),
          // An English record holds the characters apart in its Chinese: show that Chinese.
          record.textZh
            ? element('span', { class: 'hit-text', lang: 'zh-CN' }, excerpt(record.textZh, []))
            : element('span', { class: 'hit-text' }, excerpt(record.text, [])),
        ),
      ),
    );
  section.append(list);
  return section;
}
