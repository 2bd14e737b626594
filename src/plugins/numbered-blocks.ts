/**
 * The numbered blocks of an edition's HTML tree: elements whose own first
 * children include the paragraph-number link. Works on the hast inside the MDX
 * compiler (components are still JSX nodes there) and on hast parsed from a
 * built page alike, so the plugins that collect mentions and notes and the
 * search index all see the same blocks.
 */
import type { Element, ElementContent, Root } from 'hast';
import { PARAGRAPH_NUMBER_CLASS } from './rehype-paragraph-anchors.ts';

/** A node of either tree: plain hast, or hast with MDX components. */
export type BlockNode = Root | ElementContent;

export interface NumberedBlock {
  node: ElementContent;
  /** The block's address (p12), read from its number link. */
  id: string;
  /** The label readers see (12). */
  label: string;
}

export function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

/** Children of an element, of the root, or of an MDX component. */
export function childrenOf(node: BlockNode): ElementContent[] {
  return 'children' in node ? (node.children as ElementContent[]) : [];
}

/** Generated chrome and editorial marks carry data-pagefind-ignore: never text, never blocks. */
export function isIgnored(node: BlockNode): boolean {
  return node.type === 'element' && node.properties['dataPagefindIgnore'] !== undefined;
}

/**
 * Numbered blocks that hold no other numbered block (a 专栏 box's text belongs
 * to its own paragraphs), in document order.
 */
export function leafNumberedBlocks(tree: BlockNode): NumberedBlock[] {
  const blocks: NumberedBlock[] = [];
  // Post-order: a block is known to be a leaf once its subtree is walked. Leaves
  // never nest, so post-order emits them in document order.
  const walk = (node: BlockNode): boolean => {
    if (node.type === 'text' || isIgnored(node)) return false;
    let nested = false;
    for (const child of childrenOf(node)) if (walk(child)) nested = true;
    if (node.type === 'root') return nested;
    const number = childrenOf(node).find((child): child is Element => child.type === 'element' && hasClass(child, PARAGRAPH_NUMBER_CLASS));
    if (!number) return nested;
    if (!nested) blocks.push({ node, id: String(number.properties['href']).replace(/^#/u, ''), label: String(number.properties['dataLabel']) });
    return true;
  };
  walk(tree);
  return blocks;
}
