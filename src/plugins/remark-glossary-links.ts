/**
 * Links mentions of glossary entities in an edition.
 *
 * - Longest form first: 李沧区人民政府 before 李沧区 before 李沧 (one regular
 *   expression of all forms, longest first, finds the leftmost-longest form).
 * - Never inside links, code, or editorial apparatus (notes, corrections,
 *   omissions, bylines). In headings, mentions are marked (so entity pages
 *   list them) but never linked.
 * - An entity's `exclude` contexts are not mentions: its own, and the names of
 *   the glossary's list of names that are not entities that hold one of its
 *   forms (崂山风景区 for 崂山; see NAMES_FILE in src/lib/glossary.ts).
 * - One link per entity per paragraph; later mentions in the same paragraph
 *   are marked (for the entity's mention list) but not linked again.
 * - Authors override one occurrence: `<Term id="laoshan-district">崂山</Term>`
 *   links it, `<NoTerm>崂山</NoTerm>` leaves it alone. An unknown id stops the
 *   build with the file and line.
 *
 * Algorithm after syntax-tree/mdast-util-find-and-replace, specialised for
 * CJK text, which has no word boundaries to anchor matches.
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { formsOf, withinContext, type Entity } from '../lib/glossary.ts';
import { fail } from './fail.ts';

type LinkedEntity = Pick<Entity, 'id' | 'name' | 'aliases' | 'exclude'>;

export interface GlossaryLinksOptions {
  /**
   * The entities to link (id, name, aliases, exclude), asked for each file:
   * the glossary may change while the dev server runs.
   */
  entities: () => readonly LinkedEntity[];
  /** Folder of the editions; other Markdown is left alone. */
  sourcesDir: string;
}

export const ENTITY_LINK_CLASS = 'entity-link';
export const ENTITY_MENTION_CLASS = 'entity-mention';
/** The explicit overrides an author may write in an edition. */
export const TERM_COMPONENT = 'Term';
export const NO_TERM_COMPONENT = 'NoTerm';

export function glossaryHref(id: string): string {
  return `/glossary/${id}/`;
}

/** Nodes whose text is never searched for mentions. */
const IGNORED_TYPES = new Set([
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'html',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);
const IGNORED_COMPONENTS = new Set([
  'EditorNote',
  'Note',
  'Omission',
  'Correction',
  'Byline',
  'CrossRef',
  NO_TERM_COMPONENT,
]);
/** Blocks within which an entity is linked once. */
const BLOCK_TYPES = new Set(['paragraph', 'listItem', 'tableCell', 'heading']);

interface Form {
  text: string;
  entity: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The matcher over all forms of a glossary. */
function compile(entities: readonly LinkedEntity[]) {
  const forms: Form[] = entities.flatMap((entity) =>
    formsOf(entity).map((text) => ({ text, entity: entity.id })),
  );
  forms.sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
  const byText = new Map(forms.map((form) => [form.text, form.entity]));
  const excludes = new Map(entities.map((entity) => [entity.id, entity.exclude]));
  const pattern =
    forms.length > 0
      ? new RegExp(forms.map((form) => escapeRegExp(form.text)).join('|'), 'gu')
      : undefined;
  return { byText, excludes, pattern, ids: new Set(entities.map((entity) => entity.id)) };
}

function jsxAttribute(node: MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

function entityLink(id: string, children: PhrasingContent[]): Link {
  return {
    type: 'link',
    url: glossaryHref(id),
    children,
    data: { hProperties: { className: [ENTITY_LINK_CLASS], dataEntity: id } },
  };
}

/** A later mention in the same block: marked, not linked (a phrasing node renamed to <span> in HTML). */
function entityMention(id: string, value: string): PhrasingContent {
  return {
    type: 'emphasis',
    children: [{ type: 'text', value }],
    data: { hName: 'span', hProperties: { className: [ENTITY_MENTION_CLASS], dataEntity: id } },
  };
}

export function remarkGlossaryLinks(options: GlossaryLinksOptions) {
  // One matcher per glossary, not per file: the loader returns the same array until the glossary changes.
  const matchers = new WeakMap<readonly LinkedEntity[], ReturnType<typeof compile>>();
  return (tree: Root, file: VFile) => {
    if (!file.path?.startsWith(options.sourcesDir)) return;
    const entities = options.entities();
    let matcher = matchers.get(entities);
    if (!matcher) matchers.set(entities, (matcher = compile(entities)));
    // Per document: the entities already linked in the current block.
    let linkedInBlock = new Set<string>();

    // Inside a heading, mentions are marked but not linked.
    let markOnly = false;

    const splitText = (node: Text, text: string): PhrasingContent[] => {
      if (!matcher.pattern) return [node];
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of text.matchAll(matcher.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        const id = matcher.byText.get(match[0])!;
        if (withinContext(text, start, end, matcher.excludes.get(id) ?? [])) continue;
        if (start > last) parts.push({ type: 'text', value: text.slice(last, start) });
        if (markOnly || linkedInBlock.has(id)) parts.push(entityMention(id, match[0]));
        else {
          linkedInBlock.add(id);
          parts.push(entityLink(id, [{ type: 'text', value: match[0] }]));
        }
        last = end;
      }
      if (last === 0) return [node];
      if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
      return parts;
    };

    /** `linking`: find mentions in text; off inside notes and other apparatus, where only <Term>/<NoTerm> count. */
    const walk = (parent: Parent, linking: boolean) => {
      const children: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        const isBlock = BLOCK_TYPES.has(child.type);
        if (isBlock) linkedInBlock = new Set();
        if (child.type === 'mdxJsxTextElement' && child.name === TERM_COMPONENT) {
          const id = jsxAttribute(child, 'id');
          if (!id || !matcher.ids.has(id)) {
            fail(
              file,
              child,
              `<Term id="${id ?? ''}">: unknown glossary id "${id ?? ''}"`,
              'Use the file name of an entity in content/glossary/, e.g. <Term id="laoshan-district">崂山</Term>.',
            );
          }
          linkedInBlock.add(id);
          children.push(entityLink(id, child.children as PhrasingContent[]));
          continue;
        }
        if (child.type === 'mdxJsxTextElement' && child.name === NO_TERM_COMPONENT) {
          children.push(...(child.children as RootContent[]));
          continue;
        }
        if (IGNORED_TYPES.has(child.type)) {
          children.push(child);
          continue;
        }
        if (child.type === 'text') {
          children.push(...((linking ? splitText(child, child.value) : [child]) as RootContent[]));
          continue;
        }
        if ('children' in child) {
          const apparatus =
            (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') &&
            IGNORED_COMPONENTS.has(child.name ?? '');
          const wasMarkOnly = markOnly;
          markOnly ||= child.type === 'heading';
          walk(child as Parent, linking && !apparatus);
          markOnly = wasMarkOnly;
        }
        children.push(child);
      }
      parent.children = children as Parent['children'];
    };
    walk(tree, true);
  };
}
