import { describe, expect, test } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { checkEditions } from '../../src/lib/edition-check.ts';
import { editionBlocks, parseEdition } from '../../src/lib/edition-text.ts';
import { characterCount } from '../../src/lib/text.ts';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Root, RootContent } from 'mdast';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface NoteFound {
  line: number;
  basis: string | undefined;
  linked: boolean;
}

/** Every <Note> of an edition, with its basis and whether it links anything. */
function notesOf(tree: Root): NoteFound[] {
  const notes: NoteFound[] = [];
  const hasLink = (node: Root | RootContent): boolean =>
    node.type === 'link' || (node.type === 'mdxJsxTextElement' && node.name === 'CrossRef') || ('children' in node && node.children.some((child) => hasLink(child as RootContent)));
  const visit = (node: Root | RootContent) => {
    if (node.type === 'mdxJsxTextElement' && node.name === 'Note') {
      const basis = (node as MdxJsxTextElement).attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'basis')?.value;
      notes.push({ line: node.position?.start.line ?? 0, basis: typeof basis === 'string' ? basis : undefined, linked: hasLink(node) });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as RootContent);
  };
  visit(tree);
  return notes;
}

describe('annotations: density and support', () => {
  const editions = checkEditions(CONTENT_PATHS).map(({ name }) => {
    const source = readFileSync(join(CONTENT_PATHS.sourcesDir, name), 'utf8');
    const { tree, frontmatter } = parseEdition(source);
    const characters = editionBlocks(tree, 'corrected').reduce((sum, block) => sum + characterCount(block.text), 0);
    return { name, tree, frontmatter, characters };
  });

  test.each(editions)('$name has at least one note per 1,000 characters', ({ name, tree, characters }) => {
    const notes = notesOf(tree).length;
    console.log(`${name}: ${notes} notes for ${characters} characters (${((notes * 1000) / characters).toFixed(2)} per 1,000)`);
    expect(notes).toBeGreaterThanOrEqual(Math.ceil(characters / 1000));
  });

  test.each(editions)('$name: every note says what it rests on, in the vocabulary content/README.md documents', ({ tree }) => {
    const documented = [...readFileSync(join(import.meta.dirname, '../../content/README.md'), 'utf8').matchAll(/^\| `([a-z-]+)` \|/gmu)].map((match) => match[1]);
    const unsupported = notesOf(tree).filter((note) => {
      const bases = (note.basis ?? '').split(/\s+/u).filter(Boolean);
      return bases.length === 0 || bases.some((basis) => !documented.includes(basis));
    });
    expect(unsupported.map((note) => `line ${note.line}: basis="${note.basis ?? ''}"`)).toEqual([]);
  });

  test.each(editions)('$name has an introduction in Chinese and English', ({ frontmatter }) => {
    const introduction = frontmatter['introduction'] as { zh?: string; en?: string } | undefined;
    expect(introduction?.zh?.length).toBeGreaterThan(40);
    expect(introduction?.en?.length).toBeGreaterThan(80);
  });
});
