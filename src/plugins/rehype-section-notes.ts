/**
 * Notes for print: after each chapter (a top-level `##` section) of an
 * edition, the list of that chapter's notes, so that a printed note never
 * falls after the end of its section. Hidden on screen, where notes stand in
 * the margin or open in place; never indexed. Reads the notes' HTML from the
 * edition model, so runs after `rehype-edition-model`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { NOTE_KINDS } from '../lib/edition-components.ts';
import type { NoteRecord } from '../lib/edition-model.ts';
import { jsxAttribute, isNote, type TextNode } from '../lib/edition-text.ts';

export const SECTION_NOTES_CLASS = 'section-notes';

/** Numbers of the notes inside a node, in document order. */
function noteNumbers(node: RootContent): number[] {
  const numbers: number[] = [];
  visit(node as unknown as Root, (child) => {
    if (isNote(child as TextNode)) numbers.push(Number(jsxAttribute(child as TextNode, 'number')));
  });
  return numbers;
}

function list(notes: readonly NoteRecord[]): Element {
  return {
    type: 'element',
    // Not a landmark: one list per chapter, shown only in print.
    tagName: 'div',
    properties: { className: [SECTION_NOTES_CLASS], dataPagefindIgnore: '' },
    children: [
      {
        type: 'element',
        tagName: 'ol',
        properties: {},
        children: notes.map((note): ElementContent => ({
          type: 'element',
          tagName: 'li',
          properties: { value: String(note.number) },
          children: [
            {
              type: 'element',
              tagName: 'span',
              properties: { className: ['note-kind'] },
              children: [{ type: 'text', value: NOTE_KINDS[note.kind].zh }],
            },
            { type: 'text', value: ' ' },
            ...(fromHtml(note.html, { fragment: true }).children as ElementContent[]),
          ],
        })),
      },
    ],
  };
}

export function rehypeSectionNotes() {
  return (tree: Root, file: VFile) => {
    const notes = file.data.edition?.notes;
    if (!notes || notes.length === 0) return;
    const byNumber = new Map(notes.map((note) => [note.number, note]));
    const children: RootContent[] = [];
    let pending: NoteRecord[] = [];
    const flush = () => {
      if (pending.length > 0) children.push(list(pending));
      pending = [];
    };
    for (const child of tree.children) {
      if (child.type === 'element' && child.tagName === 'h2') flush();
      children.push(child);
      for (const number of noteNumbers(child)) {
        const note = byNumber.get(number);
        if (note) pending.push(note);
      }
    }
    flush();
    tree.children = children;
  };
}
