/**
 * Wraps every table in a focusable, labelled region (a named <section>) that scrolls sideways on
 * its own, so a wide table never makes a phone page scroll horizontally and
 * keyboard users can still scroll it. An outer block holds the region, so
 * that the table's paragraph number can sit in the margin, outside the
 * scrolling box.
 *
 * Tables come either from Markdown (hast `element`) or, for rebuilt tables
 * in MDX, from JSX (`mdxJsxFlowElement`); both are wrapped the same way.
 *
 * Cells that hold a figure (10.6, 25左右, 20.6*, a dash for none) get the
 * class `numeric`, so they are set right-aligned and line up down a column.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';

export const TABLE_WRAP_CLASS = 'table-wrap';
export const TABLE_BLOCK_CLASS = 'table-block';
export const NUMERIC_CELL_CLASS = 'numeric';

/** A figure as plan tables print them: a number with its qualifier or footnote mark, or a dash for none. */
const FIGURE = /^(?:[<>≥≤约]?[-+−]?\d[\d,.]*%?(?:左右|以上|以下)?\*?|[-—－])$/u;

type TableNode = Element | MdxJsxFlowElementHast;

function isTable(node: Root | RootContent): node is TableNode {
  return (
    (node.type === 'element' && node.tagName === 'table') ||
    (node.type === 'mdxJsxFlowElement' && node.name === 'table')
  );
}

/** Text of the table's caption, to name the scrolling region. */
function captionOf(table: TableNode): string | undefined {
  const caption = (table.children as (ElementContent | RootContent)[]).find(
    (child) =>
      (child.type === 'element' && child.tagName === 'caption') ||
      (child.type === 'mdxJsxFlowElement' && child.name === 'caption'),
  );
  if (!caption) return undefined;
  let text = '';
  visit(caption as Root | RootContent, 'text', (node) => {
    text += node.value;
  });
  return text.trim() || undefined;
}

/** The block and region wrappers, of the same kind as the table: elements in Markdown, JSX in MDX. */
function wrapperFor(table: TableNode, label: string): Element | MdxJsxFlowElementHast {
  if (table.type === 'element') {
    const region: Element = {
      type: 'element',
      tagName: 'section',
      properties: { className: [TABLE_WRAP_CLASS], tabIndex: 0, ariaLabel: label },
      children: [table],
    };
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: [TABLE_BLOCK_CLASS] },
      children: [region],
    };
  }
  const region: MdxJsxFlowElementHast = {
    type: 'mdxJsxFlowElement',
    name: 'section',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'class', value: TABLE_WRAP_CLASS },
      { type: 'mdxJsxAttribute', name: 'tabindex', value: '0' },
      { type: 'mdxJsxAttribute', name: 'aria-label', value: label },
    ],
    children: [table],
  };
  return {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: TABLE_BLOCK_CLASS }],
    children: [region],
  };
}

/** Text of a node, as written. */
function textOf(node: Root | RootContent): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

/** Mark the cells of a table that hold a figure. */
function markFigures(table: TableNode) {
  visit(table as Root | RootContent, (node) => {
    const cell =
      (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th')) ||
      ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        (node.name === 'td' || node.name === 'th'));
    if (!cell || !FIGURE.test(textOf(node).trim())) return;
    if (node.type === 'element') {
      const classes = node.properties['className'];
      node.properties['className'] = [
        ...(Array.isArray(classes) ? classes : []),
        NUMERIC_CELL_CLASS,
      ] as string[];
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const existing = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'class',
      );
      if (existing && typeof existing.value === 'string')
        existing.value = `${existing.value} ${NUMERIC_CELL_CLASS}`;
      else
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'class', value: NUMERIC_CELL_CLASS });
    }
  });
}

export function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!isTable(node) || parent === undefined || index === undefined) return;
      markFigures(node);
      parent.children.splice(
        index,
        1,
        wrapperFor(node, captionOf(node) ?? '表格') as RootContent & ElementContent,
      );
      return [SKIP, index + 1];
    });
  };
}
