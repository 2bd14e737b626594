/**
 * The glossary's list of names that are not entities: each name, written
 * once, keeps every entity whose form it holds from linking inside it; the
 * list is checked like the entities; and the suggestion finder proposes names
 * that start with an entity's name, for an editor to confirm.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { loadGlossary, NAMES_FILE } from '../../src/lib/glossary.ts';
import { suggestNamesNotEntities } from '../../src/lib/name-suggestions.ts';
import { FIXTURE_GLOSSARY } from '../helpers/build-fixture-site.ts';
import { runLinker } from '../helpers/glossary-linker.ts';
import { workDir } from '../helpers/work-dir.ts';

const RULES = 'suffixes: [大学, 公司, 中心]\nbreaks: [的, 建设]\n';

/** The fixture glossary (李沧区/李沧, 李沧区人民政府, 院士创新特区) with a names file. */
function glossaryWithNames(names: string, rules = RULES): string {
  const dir = workDir('glossary-names');
  cpSync(FIXTURE_GLOSSARY, dir, { recursive: true });
  writeFileSync(join(dir, NAMES_FILE), `${rules}names:\n${names}`);
  return dir;
}

/** Which entities the linker links or marks in a text: the linked or marked words, in order. */
function linkedWords(dir: string, text: string): string[] {
  const tree = runLinker(loadGlossary(dir).entities, text);
  const words: string[] = [];
  const walk = (node: Root | RootContent) => {
    if ((node.type === 'link' || node.type === 'emphasis') && node.children[0]?.type === 'text')
      words.push(node.children[0].value);
    else if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return words;
}

describe('names that are not entities', () => {
  test('a listed name is matched whole, so no entity is linked inside it, in any source', () => {
    const dir = glossaryWithNames('  - 李沧实验大学\n');
    expect(linkedWords(dir, '李沧实验大学位于李沧。')).toEqual(['李沧']);
    expect(linkedWords(dir, '他毕业于李沧实验大学。')).toEqual([]);
    // Without the list, the district's alias inside the university's name is a mention.
    const without = workDir('glossary-plain');
    cpSync(FIXTURE_GLOSSARY, without, { recursive: true });
    expect(linkedWords(without, '他毕业于李沧实验大学。')).toEqual(['李沧']);
  });

  test.each([
    // The names start on line 4, after the two rules and `names:`; a second listing is on line 5.
    ['listed twice', '  - 李沧实验大学\n  - 李沧实验大学\n', /"李沧实验大学" is listed twice/u, 5],
    [
      'an entity’s own name',
      '  - 李沧区人民政府\n',
      /"李沧区人民政府" is a name of the entity licang-government/u,
      4,
    ],
    ['holding no entity’s name', '  - 崂山大学\n', /"崂山大学" holds no entity's name/u, 4],
  ])('a name %s is an error with its line and a hint', (_, names, message, line) => {
    const { problems } = loadGlossary(glossaryWithNames(names));
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringContaining(NAMES_FILE),
        line,
        message: expect.stringMatching(message),
        hint: expect.any(String),
      }),
    ]);
  });

  test('a names file whose lists are not lists is an error', () => {
    const { problems } = loadGlossary(
      glossaryWithNames('  - 李沧实验大学\n', 'suffixes: 大学\nbreaks: [的]\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('`suffixes:`') }),
    ]);
  });
});

describe('suggested names', () => {
  const dir = glossaryWithNames('  - 李沧实验大学\n');
  const { entities, nameRules } = loadGlossary(dir);
  const suggested = (text: string) =>
    suggestNamesNotEntities(text, entities, nameRules).map(({ name, count }) => `${name} ${count}`);

  test('an entity’s name that starts a name ending in a suffix is suggested, with its count', () => {
    expect(suggested('李沧科技公司成立。李沧科技公司扩建。')).toEqual(['李沧科技公司 2']);
  });

  test('not across punctuation or a break, not a listed name, not an entity’s own name', () => {
    expect(
      suggested('李沧，公司。李沧的公司。李沧建设中心。李沧实验大学。李沧区人民政府。'),
    ).toEqual([]);
  });
});
