/**
 * The annotation layer in an edition's syntax tree:
 * - numbers every `<Note kind="…">` in document order (the number readers see
 *   and the note's address, `#note-3`), and checks its kind;
 * - turns every `<CrossRef to="slug#p3">` into a link to that paragraph of
 *   another source, after checking that the source exists and that the
 *   paragraph address is in its anchor ledger. A broken reference stops the
 *   build with the file, the line and a hint.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Link, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { NOTE_BASES, NOTE_KINDS } from '../lib/edition-components.ts';
import { readLedger } from './rehype-paragraph-anchors.ts';

export interface AnnotationsOptions {
  sourcesDir: string;
  ledgerDir: string;
}

export const CROSS_REF_CLASS = 'cross-ref';

function attribute(node: MdxJsxTextElement, name: string): string | undefined {
  const found = node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

export function remarkAnnotations(options: AnnotationsOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path?.startsWith(options.sourcesDir)) return;
    let notes = 0;

    const checkTarget = (node: MdxJsxTextElement): string => {
      const to = attribute(node, 'to') ?? '';
      const [slug, id] = to.split('#');
      const hint = 'write to="<slug>#<paragraph id>", e.g. to="2021-offensives-hearings-report#p3"; `npm run find -- <text>` lists paragraphs with their addresses';
      if (!slug || !id) file.fail(`<CrossRef to="${to}">: not a paragraph address (hint: ${hint})`, node);
      if (!existsSync(join(options.sourcesDir, `${slug}.mdx`))) file.fail(`<CrossRef to="${to}">: no source "${slug}" (hint: ${hint})`, node);
      const ledger = readLedger(options.ledgerDir, slug!);
      const known = ledger?.anchors.some((entry) => entry.id === id) ?? false;
      if (!known) file.fail(`<CrossRef to="${to}">: ${slug} has no paragraph ${id} (hint: ${hint})`, node);
      const moved = ledger?.redirects[id!];
      if (moved) file.fail(`<CrossRef to="${to}">: ${id} of ${slug} has moved to ${moved} (hint: refer to ${slug}#${moved})`, node);
      return `/sources/${slug}/#${id}`;
    };

    const walk = (parent: Parent) => {
      parent.children = (parent.children as RootContent[]).map((child) => {
        if (child.type === 'mdxJsxTextElement' && child.name === 'CrossRef') {
          const link: Link = { type: 'link', url: checkTarget(child), children: child.children as PhrasingContent[], data: { hProperties: { className: [CROSS_REF_CLASS] } } };
          if ('children' in link) walk(link);
          return link;
        }
        if ((child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement') && child.name === 'Note') {
          const kind = attribute(child as MdxJsxTextElement, 'kind') ?? '';
          if (!(kind in NOTE_KINDS)) file.fail(`<Note kind="${kind}">: unknown kind (hint: use one of ${Object.keys(NOTE_KINDS).join(', ')})`, child);
          const basis = attribute(child as MdxJsxTextElement, 'basis');
          const unknown = (basis ?? '').split(/\s+/u).filter((value) => value !== '' && !(value in NOTE_BASES));
          if (unknown.length > 0) file.fail(`<Note basis="${basis}">: unknown basis ${unknown.join(', ')} (hint: use one or more of ${Object.keys(NOTE_BASES).join(', ')}, separated by spaces)`, child);
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
