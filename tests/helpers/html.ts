/**
 * A built page as a tree (hast), so tests assert on elements and attributes
 * rather than on how the HTML happens to be serialised.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export type { Element };

export function parsePage(html: string): Root {
  return fromHtml(html);
}

/** Every element under `tree` (in document order) for which `test` holds. */
export function findAll(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node !== tree && test(node)) found.push(node);
  });
  return found;
}

/** Elements by tag name and, optionally, a class they carry. */
export function select(tree: Root | Element, tagName: string, className?: string): Element[] {
  return findAll(
    tree,
    (element) =>
      element.tagName === tagName && (className === undefined || hasClass(element, className)),
  );
}

export function hasClass(element: Element, className: string): boolean {
  const classes = element.properties['className'];
  return Array.isArray(classes) && classes.includes(className);
}

/** An attribute as a string (hast names: `href`, `ariaLabel`, `dataLabel`, `tabIndex`…); '' for a boolean attribute that is present. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The text of an element, as a reader sees it (all descendant text). */
export function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Child elements, without the text between them. */
export function childElements(element: Element): Element[] {
  return element.children.filter((child): child is Element => child.type === 'element');
}
