/**
 * Renders search hits: glossary entries first, then passages grouped by
 * source (in the order of each source's best hit), each hit a link to its
 * paragraph with the query marked in context. Built with DOM methods, so
 * text from the index is never parsed as HTML.
 */
import { href } from '../../data/links.ts';
import { matchRanges } from '../../lib/search-text.ts';
import type { Hit } from './engine.ts';

/** Characters of context on each side of the first match in an excerpt. */
const CONTEXT = 40;

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

/** The passage around its first match, with every match in <mark>. */
export function excerpt(text: string, query: string): DocumentFragment {
  const ranges = matchRanges(text, query);
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

/** The address of a hit, carrying the query so the paragraph can mark it on arrival. */
export function hitHref(hit: Hit, query: string): string {
  if (hit.kind === 'entity') return hit.url;
  const [path, fragment] = hit.url.split('#');
  return `${path}?hl=${encodeURIComponent(query)}${fragment ? `#${fragment}` : ''}`;
}

function hitItem(hit: Hit, query: string): HTMLLIElement {
  const where =
    hit.kind === 'title' ? '标题' : hit.kind === 'entity' ? hit.detail : `第 ${hit.label} 段`;
  const link = element(
    'a',
    { href: hitHref(hit, query), class: 'hit-link' },
    element('span', { class: 'hit-where' }, where),
    element(
      'span',
      { class: 'hit-text' },
      excerpt(hit.kind === 'entity' ? `${hit.title}：${hit.text}` : hit.text, query),
    ),
  );
  return element('li', { class: `hit hit-${hit.kind}` }, link);
}

/** Group hits as readers scan them: entities, then each source with its passages. */
export function renderHits(
  hits: readonly Hit[],
  query: string,
  headingLevel: 2 | 3 = 3,
): HTMLElement {
  const heading = `h${headingLevel}` as 'h2' | 'h3';
  const container = element('div', { class: 'hit-groups' });
  const entities = hits.filter((hit) => hit.kind === 'entity');
  if (entities.length > 0) {
    container.append(
      element(
        'section',
        { class: 'hit-group' },
        element(
          heading,
          {},
          `术语表 `,
          element('span', { class: 'hit-count' }, `${entities.length} 条`),
        ),
        element('ol', { class: 'hits' }, ...entities.map((hit) => hitItem(hit, query))),
      ),
    );
  }
  const bySource = new Map<string, Hit[]>();
  for (const hit of hits) {
    if (hit.kind === 'entity') continue;
    bySource.set(hit.source, [...(bySource.get(hit.source) ?? []), hit]);
  }
  for (const group of bySource.values()) {
    const first = group[0]!;
    const title = element(
      heading,
      {},
      element('a', { href: href(`/sources/${first.source}/`) }, first.title),
      ' ',
      element('span', { class: 'hit-count' }, `${first.date.slice(0, 4)} · ${group.length} 处`),
    );
    container.append(
      element(
        'section',
        { class: 'hit-group' },
        title,
        element('ol', { class: 'hits' }, ...group.map((hit) => hitItem(hit, query))),
      ),
    );
  }
  return container;
}
