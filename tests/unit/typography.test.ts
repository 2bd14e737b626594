/**
 * The typographic normalisations: the pure rules (expected forms written by
 * hand), and the transform through the site's real Markdown pipeline, where
 * the reading text takes the normal forms and the printed text keeps the
 * original's characters.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import {
  normaliseTypography,
  unknownPrivateUse,
  PRIVATE_USE_SYMBOLS,
} from '../../src/lib/typography.ts';
import { compileEdition } from '../../src/plugins/compile-edition.ts';

describe('normaliseTypography', () => {
  test.each([
    ['系统,电机', '系统，电机'],
    ['增长12.5%;固定', '增长12.5%；固定'],
    ['迁新居,6.2万户', '迁新居，6.2万户'],
    ['“院士创新特区”,实现', '“院士创新特区”，实现'],
    ['中国(山东)自由贸易试验区', '中国（山东）自由贸易试验区'],
    ['特殊作业机器人(建造、消防、深海等)、服务', '特殊作业机器人（建造、消防、深海等）、服务'],
    ['协定(RCEP)等', '协定（RCEP）等'],
    ['何时?', '何时？'],
    ['\uF075氢能及其应用装备。', '◆氢能及其应用装备。'],
    // Numbers keep their separators; Latin text its punctuation.
    ['1,296个', '1,296个'],
    ['由34.8:65.2调整', '由34.8:65.2调整'],
    ['Dan Shechtman, 2011', 'Dan Shechtman, 2011'],
    ['(1)', '(1)'],
    ['http://example.org', 'http://example.org'],
  ])('%s → %s', (printed, normal) => {
    expect(normaliseTypography(printed)).toBe(normal);
  });

  test('a private-use character with no known symbol is reported with its code point', () => {
    expect(unknownPrivateUse('甲\uF0A7乙')).toEqual([{ index: 1, codePoint: 'U+F0A7' }]);
    expect(unknownPrivateUse(`甲${Object.keys(PRIVATE_USE_SYMBOLS)[0]!}乙`)).toEqual([]);
  });
});

/** A virtual edition in the editions folder (never written to disk). */
async function compiled(mdx: string) {
  return compileEdition(join(CONTENT_PATHS.sourcesDir, '__typography-test__.mdx'), mdx);
}

describe('the typography transform in the pipeline', () => {
  test('the reading text is normalised; the printed text keeps the original characters', async () => {
    const data = await compiled(
      '\uF075系统,电机(含配件);70MPa<Note kind="term" basis="well-known">注,不改。</Note>等。\n',
    );
    expect(data.edition!.blocks[0]).toMatchObject({
      text: '◆系统，电机（含配件）；70MPa等。',
      printed: '\uF075系统,电机(含配件);70MPa等。',
    });
    // The editors' own words are left as written.
    expect(data.edition!.notes[0]!.text).toBe('注,不改。');
    expect(data.normalisations).toBe(5);
  });

  test('a correction: its corrected words are normalised, its printed words are kept as printed', async () => {
    const data = await compiled(
      '甲<Correction printed="乙,丙" reason="测试">乙,丁</Correction>戊。\n',
    );
    expect(data.edition!.blocks[0]).toMatchObject({ text: '甲乙，丁戊。', printed: '甲乙,丙戊。' });
  });

  test('a private-use character with no known symbol stops the build with a hint', async () => {
    await expect(compiled('甲\uF0A7乙。\n')).rejects.toThrow(/U\+F0A7[\s\S]*PRIVATE_USE_SYMBOLS/u);
  });
});
