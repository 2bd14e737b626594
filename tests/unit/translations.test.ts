/**
 * The translation checks against an edition model made by the real pipeline,
 * with translations written by hand in each case.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import type { EditionModel } from '../../src/lib/edition-model.ts';
import { formsOf, loadGlossary } from '../../src/lib/glossary.ts';
import { terminologyGaps, translationProblems } from '../../src/lib/translations.ts';
import { compileEdition } from '../../src/plugins/compile-edition.ts';
import type { Translation } from '../../src/schemas/translation.ts';

const MDX = [
  '## 城市更新',
  '',
  '今年计划改造老旧小区473个，惠及居民13.77万户。<Note kind="figure" basis="text">比去年多。</Note>',
  '',
  '<table><tr><th>指标</th><th>2015</th></tr><tr><td>增长率</td><td>10.6</td></tr></table>',
  '',
  '市<Correction printed="城市管理局长" reason="据文意">城市管理局</Correction>牵头。',
  '',
].join('\n');

async function model(): Promise<EditionModel> {
  const data = await compileEdition(
    join(CONTENT_PATHS.sourcesDir, '__translations-test__.mdx'),
    MDX,
  );
  return data.edition!;
}

const TRANSLATION: Translation = {
  translated: '2026-11-29',
  title: 'Test',
  blocks: {
    p1: 'Urban renewal',
    p2: 'This year 473 old residential compounds are to be renovated, benefiting 137,700 households.',
    p3: {
      caption: '',
      rows: [
        ['Indicator', '2015'],
        ['Growth rate', '10.6'],
      ],
    },
    p4: 'The Municipal Urban Management Bureau takes the lead.',
  },
  notes: [{ zh: '比去年多。', en: 'More than last year.' }],
  marks: [{ zh: '据文意', en: 'From the sense of the passage' }],
  terminology: [],
};

const check = async (translation: Translation) =>
  translationProblems(
    { file: 't.yaml', source: 'blocks:\n  p2: …\n', translation },
    await model(),
    [],
  ).map((problem) => problem.message);

describe('a translation is whole and keeps every figure', () => {
  test('a complete, faithful translation has no problems', async () => {
    expect(await check(TRANSLATION)).toEqual([]);
  });

  test('an altered figure is reported with its block', async () => {
    const altered = {
      ...TRANSLATION,
      blocks: {
        ...TRANSLATION.blocks,
        p2: TRANSLATION.blocks['p2']!.toString().replace('137,700', '13,770'),
      },
    };
    expect(await check(altered)).toEqual([
      'p2: the figure 13.77万 of the Chinese is not in the translation',
    ]);
  });

  test('a figure altered in a table cell is reported', async () => {
    const altered = {
      ...TRANSLATION,
      blocks: {
        ...TRANSLATION.blocks,
        p3: {
          caption: '',
          rows: [
            ['Indicator', '2015'],
            ['Growth rate', '10.5'],
          ],
        },
      },
    };
    expect(await check(altered)).toEqual([
      'p3: the figure 10.6 of the Chinese is not in the translation',
    ]);
  });

  test('a block, a note or a mark without translation, and a stale block, are reported', async () => {
    const { p4: _dropped, ...blocks } = TRANSLATION.blocks;
    const incomplete = {
      ...TRANSLATION,
      blocks: { ...blocks, p9: 'Nothing.' },
      notes: [],
      marks: [],
    };
    const messages = await check(incomplete);
    expect(messages).toContainEqual(
      expect.stringMatching(/^p4 has no translation: 「市城市管理局牵头。/u),
    );
    expect(messages).toContain('p9 is not a block of the edition with text');
    expect(messages).toContainEqual(expect.stringMatching(/^note 1 \(p2\) has no translation/u));
    expect(messages).toContainEqual(
      expect.stringMatching(/^the correction mark in p4 has no translation/u),
    );
  });
});

describe('the terminology check', () => {
  const [entity] = loadGlossary(CONTENT_PATHS.glossaryDir).entities;
  const form = formsOf(entity!)[0]!;
  const mdx = `这里说到${form}。\n`;
  const gaps = async (english: string, terminology: Translation['terminology'] = []) => {
    const data = await compileEdition(
      join(CONTENT_PATHS.sourcesDir, '__terminology-test__.mdx'),
      mdx,
    );
    return terminologyGaps(
      { ...TRANSLATION, blocks: { p1: english }, terminology },
      data.edition!,
      [entity!],
    ).map((gap) => `${gap.block} ${gap.entity.id}`);
  };

  test(`an entity named in the Chinese (${form}) must be named by its English name (${entity!.nameEn})`, async () => {
    expect(await gaps('Here it is mentioned.')).toEqual([`p1 ${entity!.id}`]);
    expect(await gaps(`Here the ${entity!.nameEn} is mentioned.`)).toEqual([]);
  });

  test('case, quotation marks, hyphens and a plural ending do not count', async () => {
    const variant = `“${entity!.nameEn.toUpperCase().replace(/ /gu, '-')}S”`;
    expect(await gaps(`Here ${variant} are mentioned.`)).toEqual([]);
  });

  test('a recorded reason lets a different wording stand', async () => {
    expect(
      await gaps('Here it is mentioned.', [
        { block: 'p1', entity: entity!.id, reason: 'a pronoun' },
      ]),
    ).toEqual([]);
  });
});
