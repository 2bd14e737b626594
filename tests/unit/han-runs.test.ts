/** Chinese runs inside English text, each to be marked lang="zh-CN" (src/lib/text.ts hanRuns). */
import { describe, expect, test } from 'vitest';
import { hanRuns } from '../../src/lib/text.ts';

const marked = (text: string) =>
  hanRuns(text)
    .map((run) => (run.han ? `[${run.text}]` : run.text))
    .join('');

describe('Chinese runs in English text', () => {
  test.each([
    ['the “Two New” (两新) drive', 'the “Two New” ([两新]) drive'],
    ['the Fifteen Offensives (15个攻势)', 'the Fifteen Offensives ([15个攻势])'],
    ['Qingdao Daily (青岛日报), page 3', 'Qingdao Daily ([青岛日报]), page 3'],
    ['the 《青岛市违法建设治理条例》 in force', 'the [《青岛市违法建设治理条例》] in force'],
    ['no Chinese at all, 2035', 'no Chinese at all, 2035'],
  ])('%s', (text, expected) => {
    expect(marked(text)).toBe(expected);
    // Nothing is lost or added.
    expect(
      hanRuns(text)
        .map((run) => run.text)
        .join(''),
    ).toBe(text);
  });
});
