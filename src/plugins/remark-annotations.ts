/**
 * The annotation layer in an edition's syntax tree:
 * - numbers every `<Note kind="…">` in document order (the number readers see
 *   and the note's address, `#note-3`), and checks its kind;
 * - turns every `<CrossRef to="slug#p3">` into a link to that paragraph of
 *   another source, after checking that the source exists and that the
 *   paragraph address is in its anchor ledger. A broken reference stops the
 *   build with the file, the line and a hint;
 * - checks every plain Markdown link to a source or a paragraph the same way.
 */
import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Link, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { NOTE_BASES, NOTE_KINDS } from '../lib/edition-components.ts';
import { referenceChecker, sourceLinkTarget } from '../lib/cross-references.ts';
import { fail } from './fail.ts';

export interface AnnotationsOptions {
  /** Folder of the editions; other Markdown is left alone. */
  sourcesDir: string;
  /** Folder of the address ledgers that references are checked against. */
  ledgerDir: string;
  /** The record of retired sources, whose addresses still answer. */
  retiredFile: string;
}

export const CROSS_REF_CLASS = 'cross-ref';

function attribute(node: MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name,
  );
  return typeof found?.value === 'string' ? found.value : undefined;
}

export function remarkAnnotations(options: AnnotationsOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path?.startsWith(options.sourcesDir)) return;
    let notes = 0;

    // Per file: each target's ledger is read once.
    const check = referenceChecker(options);
    const slugOfFile = basename(file.path, '.mdx');

    const checkTarget = (node: MdxJsxTextElement): string => {
      const to = attribute(node, 'to') ?? '';
      const [slug, id] = to.split('#');
      if (!slug || !id)
        fail(
          file,
          node,
          `<CrossRef to="${to}">: not a paragraph address`,
          'Write to="<slug>#<paragraph id>", e.g. to="2021-offensives-hearings-report#p3".',
        );
      const result = check(slug, id, `<CrossRef to="${to}">`);
      if (!result.ok) fail(file, node, result.message, result.hint);
      return `/sources/${slug}/#${id}`;
    };

    /** A plain Markdown link to a source or paragraph (`/sources/slug/#p3`, or `#p3` on this page) must land. */
    const checkLink = (node: Link) => {
      const target = node.url.startsWith('#p')
        ? { slug: slugOfFile, id: node.url.slice(1) }
        : sourceLinkTarget(node.url);
      if (!target) return;
      const result = check(target.slug, target.id, `link (${node.url})`);
      if (!result.ok) fail(file, node, result.message, result.hint);
    };
    visit(tree, 'link', checkLink);

    /** Every note says what it rests on; a note resting on another source links it. */
    const checkBasis = (note: MdxJsxTextElement) => {
      // The note's own references first: a broken one is the problem to report.
      const targets: string[] = [];
      visit(note, 'mdxJsxTextElement', (node) => {
        if (node.name !== 'CrossRef') return;
        checkTarget(node);
        targets.push((attribute(node, 'to') ?? '').split('#')[0]!);
      });
      const basis = attribute(note, 'basis');
      const values = (basis ?? '').split(/\s+/u).filter((value) => value !== '');
      const vocabulary = `one or more of ${Object.keys(NOTE_BASES).join(', ')}, separated by spaces (content/README.md, "Annotations")`;
      if (values.length === 0)
        fail(
          file,
          note,
          '<Note> without a basis: readers cannot tell what it rests on',
          `Add basis="…": ${vocabulary}.`,
        );
      const unknown = values.filter((value) => !(value in NOTE_BASES));
      if (unknown.length > 0)
        fail(
          file,
          note,
          `<Note basis="${basis}">: unknown basis ${unknown.join(', ')}`,
          `Use ${vocabulary}.`,
        );
      const linksSource = targets.some((slug) => slug !== basename(file.path, '.mdx'));
      if (values.includes('corpus') && !linksSource)
        fail(
          file,
          note,
          `<Note basis="${basis}"> rests on another source but links none`,
          'Link the paragraph it rests on with <CrossRef to="slug#p12">…</CrossRef>, or change the basis.',
        );
      if (!values.includes('corpus') && linksSource)
        fail(
          file,
          note,
          `<Note basis="${basis}"> links another source but does not say it rests on one`,
          'Add corpus to its basis.',
        );
    };

    const walk = (parent: Parent) => {
      parent.children = (parent.children as RootContent[]).map((child) => {
        if (child.type === 'mdxJsxTextElement' && child.name === 'CrossRef') {
          const link: Link = {
            type: 'link',
            url: checkTarget(child),
            children: child.children as PhrasingContent[],
            data: { hProperties: { className: [CROSS_REF_CLASS] } },
          };
          if ('children' in link) walk(link);
          return link;
        }
        if (
          (child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') &&
          child.name === 'Note'
        ) {
          const kind = attribute(child as MdxJsxTextElement, 'kind') ?? '';
          if (!(kind in NOTE_KINDS))
            fail(
              file,
              child,
              `<Note kind="${kind}">: unknown kind`,
              `Use one of ${Object.keys(NOTE_KINDS).join(', ')}.`,
            );
          checkBasis(child as MdxJsxTextElement);
          notes += 1;
          child.attributes.push({ type: 'mdxJsxAttribute', name: 'number', value: String(notes) });
        }
        if ('children' in child) walk(child as Parent);
        return child;
      }) as Parent['children'];
    };
    walk(tree);
  };
}
