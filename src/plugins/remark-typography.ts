/**
 * The edition-wide typographic normalisations (src/lib/typography.ts): each
 * changed character of an edition's text becomes
 * `<span class="typo" data-printed=",">，</span>`, so the reading text (the
 * page, open data, search, citations) shows the normal form while the
 * "as printed" reading (`readingText(…, 'printed')`, the anchor fingerprints,
 * the page's as-printed toggle) reads the character the original prints.
 *
 * Runs after the glossary linker, so names are matched on the text as it
 * stands in the MDX; editors' own words (notes) are left as written. A
 * private-use character with no known symbol stops the build.
 */
import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import {
  isPrivateUse,
  normalisations,
  unknownPrivateUse,
  type Normalisation,
} from '../lib/typography.ts';
import { fail } from './fail.ts';

export interface TypographyOptions {
  /** Folder of the editions; other Markdown is left alone. */
  sourcesDir: string;
}

/** The class and attribute of a normalised character; readingText reads `data-printed`. */
export const NORMALISED_CLASS = 'typo';

declare module 'vfile' {
  interface DataMap {
    /** How many characters the typographic normalisations changed. */
    normalisations: number;
  }
}

/** Text of these components is the editors' own, not the original's: never normalised. */
const EDITORS_WORDS = new Set(['Note', 'EditorNote']);
/** Nodes that end a run of text: neighbours are looked for inside one block only. */
const BLOCKS = new Set([
  'root',
  'paragraph',
  'heading',
  'table',
  'tableRow',
  'tableCell',
  'list',
  'listItem',
  'blockquote',
  'mdxJsxFlowElement',
]);

interface Placed {
  node: Text;
  parent: Parent;
}

type AnyNode = { type: string; name?: string | null; children?: AnyNode[] };

/**
 * The mark for one character: a span in HTML, read by readingText through
 * `data-printed`. A private-use character is named by its code point
 * (`data-private-use="F075"`) instead: it has no glyph of its own, so no page
 * holds it, and the as-printed reading on the page shows the symbol too.
 */
function mark({ printed, normal }: Normalisation) {
  const printedAs = isPrivateUse(printed)
    ? { dataPrivateUse: printed.codePointAt(0)!.toString(16).toUpperCase() }
    : { dataPrinted: printed };
  return {
    type: 'typographicNormalisation',
    data: { hName: 'span', hProperties: { className: [NORMALISED_CLASS], ...printedAs } },
    children: [{ type: 'text', value: normal }],
  };
}

export function remarkTypography(options: TypographyOptions) {
  return (tree: Root, file: VFile) => {
    if (!file.path?.startsWith(options.sourcesDir)) return;
    let changed = 0;
    let run: Placed[] = [];

    const flush = () => {
      const placed = run;
      run = [];
      if (placed.length === 0) return;
      const text = placed.map(({ node }) => node.value).join('');
      const unknown = unknownPrivateUse(text);
      if (unknown.length > 0) {
        const at = placed.find(({ node }) => /[\uE000-\uF8FF]/u.test(node.value))?.node;
        fail(
          file,
          at,
          `private-use character ${unknown[0]!.codePoint} (a symbol-font glyph with no meaning in Unicode)`,
          'Look at the original to see what it stands for, and add it to PRIVATE_USE_SYMBOLS in src/lib/typography.ts with a comment saying how you know.',
        );
      }
      const found = normalisations(text);
      if (found.length === 0) return;
      changed += found.length;
      let offset = 0;
      let next = 0;
      for (const { node, parent } of placed) {
        const start = offset;
        offset += node.value.length;
        const own: Normalisation[] = [];
        while (next < found.length && found[next]!.index < offset) {
          own.push({ ...found[next]!, index: found[next]!.index - start });
          next += 1;
        }
        if (own.length === 0) continue;
        const pieces: unknown[] = [];
        let from = 0;
        for (const hit of own) {
          if (hit.index > from)
            pieces.push({ type: 'text', value: node.value.slice(from, hit.index) });
          pieces.push(mark(hit));
          from = hit.index + 1;
        }
        if (from < node.value.length) pieces.push({ type: 'text', value: node.value.slice(from) });
        const children = parent.children as unknown[];
        children.splice(children.indexOf(node), 1, ...pieces);
      }
    };

    const walk = (node: AnyNode, parent: Parent | undefined) => {
      if (node.type === 'text' && parent) {
        run.push({ node: node as unknown as Text, parent });
        return;
      }
      if (EDITORS_WORDS.has(node.name ?? '')) return;
      const block = BLOCKS.has(node.type);
      if (block) flush();
      for (const child of [...(node.children ?? [])]) walk(child, node as unknown as Parent);
      if (block) flush();
    };
    walk(tree as unknown as AnyNode, undefined);

    file.data.normalisations = changed;
    file.data.astro = {
      ...file.data.astro,
      frontmatter: { ...file.data.astro?.frontmatter, normalisations: changed },
    };
  };
}
