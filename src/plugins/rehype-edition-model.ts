/**
 * Works out the edition model (`src/lib/edition-model.ts`) in one walk over
 * the numbered blocks: each block's reading and printed text, the notes with
 * the words they follow, the glossary mentions with their sentence, and the
 * edition's length. Runs right after `rehype-number-blocks`, before any
 * plugin adds chrome. Tools read it as `file.data.edition`; the site's pages
 * through the edition store (src/plugins/rehype-store-edition.ts).
 */
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';
import { noteBases, type NoteKind } from '../lib/edition-components.ts';
import {
  type EditorialMark,
  type ModelCell,
  type ModelTable,
  contextAround,
  foldSpace,
  quoteAt,
  type EditionModel,
  type Mention,
  type ModelBlock,
  type NoteRecord,
} from '../lib/edition-model.ts';
import { isNote, jsxAttribute, readingText, type TextNode } from '../lib/edition-text.ts';
import { characterCount } from '../lib/text.ts';
import { fail } from './fail.ts';

declare module 'vfile' {
  interface DataMap {
    edition: EditionModel;
  }
}

/** Components that may stand inside a note, and what they become in the note's own HTML. */
const INLINE_IN_NOTES: Readonly<Record<string, (printed: string | undefined) => string>> = {
  Correction: (printed) => `〔原作“${printed ?? ''}”〕`,
  Sic: () => '〔原文如此〕',
};

/** A note's content as plain hast (components resolved), for its HTML outside the page: print, exports. */
function plainContent(nodes: readonly TextNode[], file: VFile): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      const mark = INLINE_IN_NOTES[node.name ?? ''];
      if (!mark) {
        fail(
          file,
          node as { position?: never },
          `<${node.name ?? ''}> cannot stand inside a <Note>`,
          `Inside a note use Markdown (links, **bold**), <CrossRef>, <Term>, <NoTerm>, ${Object.keys(
            INLINE_IN_NOTES,
          )
            .map((name) => `<${name}>`)
            .join(' or ')}.`,
        );
      }
      return [
        ...plainContent(node.children ?? [], file),
        { type: 'text', value: mark(jsxAttribute(node, 'printed')) },
      ];
    }
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      fail(
        file,
        node as { position?: never },
        'an expression in {braces} cannot stand inside a <Note>',
        'Write literal braces as \\{ and \\}.',
      );
    }
    if (node.type === 'element')
      return [
        {
          ...(node as unknown as ElementContent & { children: ElementContent[] }),
          children: plainContent(node.children ?? [], file),
        } as ElementContent,
      ];
    return [node as unknown as ElementContent];
  });
}

/** Tag of an element written in hast or as JSX. */
function tagOf(node: TextNode): string {
  return node.type === 'element' ? (node.tagName ?? '') : (node.name ?? '');
}

/** A numeric attribute of an element written in hast (`rowSpan`) or as JSX (`rowspan`). */
function span(node: TextNode, name: 'rowspan' | 'colspan'): number {
  const value =
    node.type === 'element'
      ? node.properties?.[name === 'rowspan' ? 'rowSpan' : 'colSpan']
      : jsxAttribute(node, name);
  const number = Number(value ?? 1);
  return Number.isInteger(number) && number > 0 ? number : 1;
}

/** A table block's caption and cells, row by row. */
function tableOf(node: TextNode): ModelTable {
  let caption = '';
  const rows: ModelCell[][] = [];
  const walk = (current: TextNode) => {
    const tag = tagOf(current);
    if (tag === 'caption') caption = foldSpace(readingText(current, 'corrected'));
    else if (tag === 'tr')
      rows.push(
        (current.children ?? [])
          .filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th')
          .map((cell) => ({
            text: foldSpace(readingText(cell, 'corrected')),
            header: tagOf(cell) === 'th',
            rowspan: span(cell, 'rowspan'),
            colspan: span(cell, 'colspan'),
          })),
      );
    else for (const child of current.children ?? []) walk(child);
  };
  walk(node);
  return { caption, rows };
}

/** The editorial apparatus a reader sees beside the text, and the model lists as marks. */
const MARK_KINDS: Readonly<Record<string, EditorialMark['kind']>> = {
  Correction: 'correction',
  Omission: 'omission',
  Sic: 'sic',
  EditorNote: 'editor-note',
};

/** Every editorial mark of the tree, with the numbered block it stands in. */
function marksOf(tree: Root, blockOf: ReadonlyMap<unknown, string>): EditorialMark[] {
  const marks: EditorialMark[] = [];
  let lastBlock: string | undefined;
  const walk = (node: TextNode, paragraph: string | undefined) => {
    const here = blockOf.get(node) ?? paragraph;
    const kind = MARK_KINDS[node.name ?? ''];
    if (kind && (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement')) {
      const text =
        kind === 'editor-note'
          ? foldSpace(
              (node.children ?? []).map((child) => readingText(child, 'corrected')).join(''),
            )
          : (jsxAttribute(node, 'reason') ?? '');
      if (text !== '')
        marks.push(here ? { kind, text, paragraph: here } : { kind, text, after: lastBlock });
    }
    for (const child of node.children ?? []) walk(child, here);
    // Set once the block is walked: a mark after a box follows the box, not its last paragraph.
    if (blockOf.has(node)) lastBlock = blockOf.get(node);
  };
  walk(tree as TextNode, undefined);
  return marks;
}

export function rehypeEditionModel() {
  return (tree: Root, file: VFile) => {
    const numbered = file.data.numberedBlocks;
    if (!numbered) return;
    const blocks: ModelBlock[] = [];
    const notes: NoteRecord[] = [];
    const mentions: Mention[] = [];
    for (const block of numbered) {
      const found: { note: TextNode; offset: number }[] = [];
      const marks: { entity: string; start: number; end: number }[] = [];
      const raw = readingText(
        block.node as TextNode,
        'corrected',
        undefined,
        (node, start, end) => {
          if (block.container) return;
          if (isNote(node)) found.push({ note: node, offset: start });
          const entity = node.properties?.['dataEntity'];
          if (typeof entity === 'string') marks.push({ entity, start, end });
        },
      );
      const tag = block.node.type === 'element' ? block.node.tagName : '';
      blocks.push({
        id: block.id,
        label: block.label,
        kind: block.kind,
        level: /^h[1-6]$/u.test(tag) ? Number(tag.slice(1)) : undefined,
        table: block.kind === 'table' ? tableOf(block.node as TextNode) : undefined,
        text: foldSpace(raw),
        printed: foldSpace(block.printed),
        container: block.container,
        within: block.within,
        line: block.line,
      });
      for (const { entity, start, end } of marks)
        mentions.push({
          entity,
          paragraph: block.id,
          label: block.label,
          ...contextAround(raw, start, end),
        });
      for (const { note, offset } of found) {
        const content = plainContent(note.children ?? [], file);
        notes.push({
          number: Number(jsxAttribute(note, 'number')),
          kind: jsxAttribute(note, 'kind') as NoteKind,
          basis: noteBases(jsxAttribute(note, 'basis')),
          paragraph: block.id,
          label: block.label,
          html: toHtml(content),
          text: foldSpace(
            (note.children ?? []).map((child) => readingText(child, 'corrected')).join(''),
          ),
          quote: quoteAt(raw, offset),
        });
      }
    }
    notes.sort((a, b) => a.number - b.number);
    const leaves = blocks.filter((block) => !block.container);
    // A box's text is its blocks' text, each passage once.
    for (const box of blocks.filter((block) => block.container)) {
      box.text = leaves
        .filter((block) => block.within === box.id)
        .map((block) => block.text)
        .join(' ');
    }
    const blockOf = new Map<unknown, string>(
      numbered.filter((block) => !block.container).map((block) => [block.node, block.id]),
    );
    const edition: EditionModel = {
      blocks,
      notes,
      mentions,
      marks: marksOf(tree, blockOf),
      // Filled in by rehype-translations, which checks them against this model.
      translations: {},
      length: leaves.reduce((sum, block) => sum + characterCount(block.text), 0),
    };
    file.data.edition = edition;
  };
}
