/**
 * Names each 专栏 box (an <aside>, a landmark) after its own heading, so that
 * screen-reader users can tell the boxes apart in the landmark list. Runs
 * after the paragraph addresses, which give the heading its id.
 */
import type { Element, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

const HEADING = /^h[2-6]$/u;

export function rehypeLabelAsides() {
  return (tree: Root) => {
    const visit = (node: Root | RootContent) => {
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Column') {
        const heading = node.children.find(
          (child): child is Element => child.type === 'element' && HEADING.test(child.tagName),
        );
        const id = heading?.properties['id'];
        if (typeof id === 'string')
          (node as MdxJsxFlowElementHast).attributes.push({
            type: 'mdxJsxAttribute',
            name: 'aria-labelledby',
            value: id,
          });
      }
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
