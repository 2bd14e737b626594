import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editionBlocks, parseEdition } from '../../src/lib/edition-text.ts';
import {
  detectDate,
  escapeMdxText,
  ImportError,
  importOriginal,
  segmentBlocks,
} from '../../src/lib/importer/index.ts';
import { normalizeForComparison } from '../../src/lib/text.ts';
import { workDir } from '../helpers/work-dir.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/import');
const ROOT = join(import.meta.dirname, '../..');

function importFixture(name: string, options: { date?: string } = {}) {
  const bytes = readFileSync(join(FIXTURES, `${name}.txt`));
  return importOriginal(bytes, { fileName: `${name}.txt`, date: options.date ?? '2021-01-22' });
}

function paragraphs(name: string, options: { date?: string } = {}) {
  return importFixture(name, options)
    .blocks.filter((block) => block.kind === 'paragraph')
    .map((block) => block.text);
}

function headings(name: string, options: { date?: string } = {}) {
  return importFixture(name, options).blocks.flatMap((block) =>
    block.kind === 'heading' ? [`${'#'.repeat(block.depth)} ${block.text}`] : [],
  );
}

describe('importer layouts (fixtures cut from each original)', () => {
  test.each([
    'wrapped-newspaper',
    'unwrapped-report',
    'interview-with-captions',
    'government-page',
    'markdown-newspaper',
    'government-work-report',
    'newspaper-article',
  ])('%s imports to the reviewed draft', async (name) => {
    await expect(importFixture(name).mdx).toMatchFileSnapshot(
      join(FIXTURES, '__snapshots__', `${name}.mdx`),
    );
  });

  test('a wrapped newspaper column is rejoined into paragraphs, blank lines between lines ignored', () => {
    const texts = paragraphs('wrapped-newspaper');
    expect(texts[0]).toBe(
      '昨日上午，科技引领城建设攻势推进情况质询会议在市级机关会议中心举行。市副市长耿涛，市委组织部副部长、市人力资源局局长胡义瑛，市科技局局长吕鹏，蓝谷管理局局长肖焰恒代表攻势承办单位应询。包括市人大代表、市政协委员、企业家代表及市民代表在内的 9 位质询人依次提问，4 位应询人分别进行了回答。',
    );
    expect(texts).toContain(
      '市政协委员、青岛容大高科软件股份有限公司董事长李海燕：当前，科技创新的重要性被提升到前所未有的高度。在新的发展节点，青岛科技创新发展有什么规划？有哪些具体的措施保证规划有效落地？',
    );
  });

  test('blank lines between hard-wrapped paragraphs are the paragraph breaks; a wrapped line ending in 。 does not end one', () => {
    const file = readFileSync(join(FIXTURES, 'government-work-report.txt'), 'utf8');
    // The oracle: the fixture's own blank-line-separated runs, lines joined.
    const expected = file
      .split(/\n\s*\n/u)
      .map((run) => run.split('\n').join('').trim())
      .filter((run) => run.length > 20);
    const texts = paragraphs('government-work-report');
    for (const paragraph of expected) expect(texts).toContain(paragraph);
    expect(headings('government-work-report')).toEqual([
      '### 政府工作报告',
      '#### 一、过去一年工作回顾',
      '#### 二、今年工作安排',
    ]);
  });

  test('a wrapped newspaper keeps real paragraph breaks', () => {
    const texts = paragraphs('wrapped-newspaper');
    expect(
      texts.some(
        (text) => text.startsWith('耿涛：“十四五”期间') && text.endsWith('打造“五个创新高地”。'),
      ),
    ).toBe(true);
    expect(texts.some((text) => text.startsWith('打造国家战略的创新高地。'))).toBe(true);
  });

  test('short title lines in a wrapped column become headings', () => {
    expect(headings('wrapped-newspaper')).toEqual([
      '### 打造“五个创新高地”',
      '### 继续推出产才融合新政',
    ]);
  });

  test('an unwrapped paragraph broken across a blank line is rejoined', () => {
    expect(
      paragraphs('unwrapped-report').some((text) => text.includes('要拿出更加有力有效的举措')),
    ).toBe(true);
  });

  test('a deck right after a headline stands alone', () => {
    expect(paragraphs('unwrapped-report')[0]).toBe(
      '岛城昨起进入15个攻势质询答辩时间,检验攻势成效,督促任务落实',
    );
  });

  test('one paragraph per line stays one paragraph per line', () => {
    const texts = paragraphs('unwrapped-report');
    expect(texts.filter((text) => text.startsWith('根据市委工作安排'))).toHaveLength(1);
    expect(texts.filter((text) => text.startsWith('质询答辩会议上'))).toHaveLength(1);
  });

  test('chapters, sections, numbered items and 专栏 become headings; contents lines do not', () => {
    expect(headings('government-page', { date: undefined as unknown as string })).toEqual(
      expect.arrayContaining([
        '## 第一章 落实新时代新要求,开启李沧建设新征程',
        '### 第一节 决胜全面建成小康社会取得决定性成就',
        '#### 一、智慧新能源交通',
        '#### 专栏1 智慧新能源交通产业集群',
      ]),
    );
    const draft = importFixture('government-page').blocks;
    expect(draft).toContainEqual({
      kind: 'list-item',
      text: '第一章 落实新时代新要求,开启李沧建设新征程 - 5 -',
    });
    expect(headings('government-page').filter((heading) => heading.includes('- 5 -'))).toEqual([]);
  });

  test('a government page gives its title, issuer, date and document number to the frontmatter', () => {
    const bytes = readFileSync(join(FIXTURES, 'government-page.txt'));
    const { frontmatter } = importOriginal(bytes, { fileName: 'government-page.txt' });
    expect(frontmatter.documentNumber).toBe('青李沧政发〔2021〕12号');
    expect(frontmatter.issuer).toBe('李沧区人民政府');
    expect(frontmatter.date).toBe('2021-03-31');
    expect(frontmatter.title).toBe(
      '李沧区人民政府关于印发《青岛市李沧区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知',
    );
  });

  test('Markdown headings in an original move one level down under the page title', () => {
    const found = headings('markdown-newspaper');
    expect(found).toContain('## 攻坚突破1296个城市更新建设项目');
    expect(found.indexOf('### 更大力度推进城市更新')).toBeGreaterThan(
      found.indexOf('## 攻坚突破1296个城市更新建设项目'),
    );
  });

  test('a Markdown original keeps its bold and rejoins a paragraph split by a blank line', () => {
    const { mdx } = importFixture('markdown-newspaper');
    expect(mdx).toContain('**本报2月23日讯** 23日上午');
    expect(mdx).toContain('在最大限度让利于民、让利于企的同时');
  });

  test('bylines become <Byline>, photo captions stand alone', () => {
    const { blocks } = importFixture('interview-with-captions');
    expect(blocks).toContainEqual({ kind: 'byline', text: '□青岛日报/观海新闻记者 锡复春 衣涛' });
    expect(paragraphs('interview-with-captions')).toContain('■山海城相融共生的崂山区。');
  });

  test('an article cut from a page: its kicker, headline at ##, byline, and a sentence cut by a column break rejoined', () => {
    const lines = readFileSync(join(FIXTURES, 'newspaper-article.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const { blocks } = importFixture('newspaper-article');
    // The file's own lines, read here without the importer: a kicker ending in a dash, a Markdown headline, a box byline.
    const kicker = lines.find((line) => /——$/u.test(line))!;
    const headline = lines.find((line) => line.startsWith('#'))!;
    expect(blocks.slice(0, 3)).toEqual([
      { kind: 'kicker', text: kicker },
      expect.objectContaining({ kind: 'heading', depth: 2, text: headline.replace(/^#+\s*/u, '') }),
      { kind: 'byline', text: lines.find((line) => line.startsWith('□'))! },
    ]);
    // A line ending mid-sentence, the next opening with the sentence's last word and a full stop.
    const cut = lines.findIndex(
      (line, index) => !/[。！？”]$/u.test(line) && /^[^。]{1,2}。/u.test(lines[index + 1] ?? ''),
    );
    expect(cut).toBeGreaterThan(-1);
    expect(paragraphs('newspaper-article')).toContain(lines[cut]! + lines[cut + 1]!);
    expect(headings('newspaper-article')).toHaveLength(1);
  });

  test('the same input always gives the same draft', () => {
    expect(importFixture('government-page').mdx).toBe(importFixture('government-page').mdx);
  });
});

describe('escaping MDX syntax', () => {
  test.each([
    ['{ } < >', '\\{ \\} \\< \\>'],
    ['> 引用', '\\> 引用'],
    ['# 不是标题', '\\# 不是标题'],
    ['- 不是列表', '\\- 不是列表'],
    ['1. 不是列表', '1\\. 不是列表'],
    ['[>15.5] 20.6*', '\\[\\>15.5\\] 20.6\\*'],
    ['a_b_c & d | e ~~f~~ `g` \\h', 'a\\_b\\_c \\& d \\| e \\~\\~f\\~\\~ \\`g\\` \\\\h'],
    ['增长84.5%，其中', '增长84.5%，其中'],
  ])('%s → %s', (input, escaped) => {
    expect(escapeMdxText(input)).toBe(escaped);
  });

  test('escaped text parses back through MDX to exactly the original characters', () => {
    const tricky = [
      '{x} <b>粗</b> 1 > 0',
      '> 开头的尖括号',
      '# 井号',
      '- 减号',
      '2. 数字点',
      '*星* _下划线_ [链接](u) `代码` &amp; | ~~删~~ \\',
    ];
    const mdx = tricky.map(escapeMdxText).join('\n\n');
    const texts = editionBlocks(parseEdition(mdx).tree, 'printed').map((block) => block.text);
    expect(texts).toEqual(tricky);
  });
});

describe('importer errors', () => {
  test('non-UTF-8 input is refused with the offset of the first bad byte', () => {
    // "青岛" in GB18030 is C7 E0 B5 BA: not UTF-8.
    const bytes = new Uint8Array([0x41, 0x42, 0xc7, 0xe0, 0xb5, 0xba]);
    expect(() => importOriginal(bytes, { fileName: 'gbk.txt', date: '2021-01-01' })).toThrow(
      /gbk\.txt:1:1: not valid UTF-8 \(first invalid byte at offset 2\)/u,
    );
  });

  test('binary input is refused', () => {
    const bytes = new TextEncoder().encode('青岛\u0000\u0001');
    expect(() => importOriginal(bytes, { fileName: 'x.bin', date: '2021-01-01' })).toThrow(
      /x\.bin:1:\d+: control character U\+0000/u,
    );
  });

  test('an empty file is refused', () => {
    expect(() =>
      importOriginal(new TextEncoder().encode(' \n\n '), {
        fileName: 'empty.txt',
        date: '2021-01-01',
      }),
    ).toThrow(ImportError);
  });

  test('a text without a date asks for --date', () => {
    try {
      importOriginal(new TextEncoder().encode('昨日上午，会议举行。'), { fileName: 'nodate.txt' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).hint).toContain('--date');
    }
  });

  test('a malformed --date is refused', () => {
    expect(() =>
      importOriginal(new TextEncoder().encode('会议举行。'), {
        fileName: 'd.txt',
        date: '2021/1/1',
      }),
    ).toThrow(/not YYYY-MM-DD/u);
  });

  test('the first printed date is detected, Chinese or ISO', () => {
    expect(detectDate('2025年3月27日 星期四，2021-03-31')).toBe('2025-03-27');
    expect(detectDate('成文日期2021-03-31，2025年3月27日')).toBe('2021-03-31');
    expect(detectDate('昨日')).toBeUndefined();
  });

  test('segmenting ignores carriage returns and surrounding ideographic spaces', () => {
    expect(segmentBlocks('\u3000\u3000第一章 总则\r\n\r\n内容。\r\n')).toEqual([
      { kind: 'heading', depth: 2, text: '第一章 总则' },
      { kind: 'paragraph', text: '内容。' },
    ]);
  });
});

describe('npm run import', () => {
  const script = join(ROOT, 'scripts/import.ts');

  test('writes a draft edition that keeps every character of the original', () => {
    const out = join(workDir('import'), 'draft.mdx');
    const input = join(FIXTURES, 'unwrapped-report.txt');
    execFileSync(process.execPath, [script, input, '--out', out, '--date', '2021-01-22'], {
      cwd: ROOT,
    });
    const draft = parseEdition(readFileSync(out, 'utf8'));
    const text = normalizeForComparison(
      editionBlocks(draft.tree, 'printed')
        .map((block) => block.text)
        .join(''),
    );
    expect(text).toBe(normalizeForComparison(readFileSync(input, 'utf8')));
    expect(draft.frontmatter['original']).toEqual({
      file: 'unwrapped-report.txt',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/u),
    });
  });

  test('reports a missing file with a hint and exit code 1', () => {
    const result = spawnSync(process.execPath, [script, 'nope.txt', '--stdout'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error: nope.txt: no such file');
  });

  test('reports non-UTF-8 input with a hint and exit code 1', () => {
    const input = join(workDir('import'), 'gbk.txt');
    writeFileSync(input, new Uint8Array([0xc7, 0xe0, 0xb5, 0xba]));
    const result = spawnSync(
      process.execPath,
      [script, input, '--stdout', '--date', '2021-01-01'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not valid UTF-8[\s\S]*hint: Convert the file to UTF-8/u);
  });
});
