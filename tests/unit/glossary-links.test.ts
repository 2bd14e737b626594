import type { Root, RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { runLinker } from '../helpers/glossary-linker.ts';

const ENTITIES = [
  { id: 'licang', name: '李沧区', aliases: ['李沧'], exclude: ['李沧路'] },
  { id: 'licang-government', name: '李沧区人民政府', aliases: [], exclude: [] },
  { id: 'laoshan', name: '崂山区', aliases: ['崂山'], exclude: ['崂山风景区'] },
  { id: 'yuanshigang', name: '青岛国际院士港', aliases: ['院士港', '国际院士港'], exclude: [] },
];

/** Run the linker over MDX and show its result compactly: [text](id) for links, {text|id} for marked mentions. */
function link(mdx: string): string {
  const tree = runLinker(ENTITIES, mdx);
  const show = (node: Root | RootContent): string => {
    if (node.type === 'text') return node.value;
    if (node.type === 'link')
      return `[${node.children.map(show).join('')}](${String(node.data?.hProperties?.['dataEntity'] ?? node.url)})`;
    if (node.type === 'emphasis' && node.data?.hName === 'span')
      return `{${node.children.map(show).join('')}|${String(node.data.hProperties?.['dataEntity'])}}`;
    if (node.type === 'heading')
      return `${'#'.repeat(node.depth)} ${node.children.map(show).join('')}`;
    if (node.type === 'inlineCode') return `\`${node.value}\``;
    if ('children' in node) return node.children.map(show).join(node.type === 'root' ? '\n' : '');
    return '';
  };
  return show(tree);
}

describe('linking glossary mentions', () => {
  test.each([
    [
      'the longest form wins: 李沧区人民政府 before 李沧区 before 李沧',
      '李沧区人民政府位于李沧区，简称李沧。',
      '[李沧区人民政府](licang-government)位于[李沧区](licang)，简称{李沧|licang}。',
    ],
    [
      'nested forms: 国际院士港 inside 青岛国际院士港 is one mention',
      '青岛国际院士港与国际院士港、院士港。',
      '[青岛国际院士港](yuanshigang)与{国际院士港|yuanshigang}、{院士港|yuanshigang}。',
    ],
    [
      'overlapping forms at adjacent positions are both found',
      '李沧崂山',
      '[李沧](licang)[崂山](laoshan)',
    ],
    [
      'an exclusion context is not a mention',
      '游览崂山风景区，再到崂山区。',
      '游览崂山风景区，再到[崂山区](laoshan)。',
    ],
    [
      'exclusion applies only where the context occurs',
      '沿李沧路进入李沧。',
      '沿李沧路进入[李沧](licang)。',
    ],
    [
      'one link per entity per paragraph, later mentions only marked',
      '李沧区、李沧区。\n\n李沧区。',
      '[李沧区](licang)、{李沧区|licang}。\n[李沧区](licang)。',
    ],
  ])('%s', (_, input, expected) => {
    expect(link(input)).toBe(expected);
  });

  test('headings are never linked, but their mentions are marked', () => {
    expect(link('## 李沧区概况\n\n李沧区。')).toBe('## {李沧区|licang}概况\n[李沧区](licang)。');
  });

  test('links, code and editorial apparatus are left alone', () => {
    // The note's and the correction's text stay plain text: no link, no mark.
    expect(
      link(
        '[李沧区](https://example.org) `李沧区` <EditorNote>李沧区</EditorNote> <Correction printed="李沧" reason="r">李沧区</Correction>',
      ),
    ).toBe('[李沧区](https://example.org) `李沧区` 李沧区 李沧区');
  });

  test('an author can link one occurrence explicitly, or keep one unlinked', () => {
    expect(link('<Term id="laoshan">崂山风景区</Term>，<NoTerm>李沧</NoTerm>，李沧。')).toBe(
      '[崂山风景区](laoshan)，李沧，[李沧](licang)。',
    );
  });

  test("an explicit link counts as the paragraph's link", () => {
    expect(link('<Term id="licang">本区</Term>即李沧区。')).toBe(
      '[本区](licang)即{李沧区|licang}。',
    );
  });

  test('an unknown id in <Term> stops with its line and a hint', () => {
    try {
      link('第一段。\n\n<Term id="nowhere">某地</Term>');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ line: 3, column: 1, file: '/editions/demo.mdx' });
      expect((error as Error).message).toMatch(
        /unknown glossary id "nowhere"\n {2}hint: Use the file name of an entity/u,
      );
    }
  });

  test('files outside the editions folder are not touched', () => {
    const tree = runLinker(ENTITIES, '李沧区', '/glossary/x.md');
    expect(JSON.stringify(tree)).toContain('李沧区');
    expect(JSON.stringify(tree)).not.toContain('licang');
  });
});
