import { describe, expect, test } from 'vitest';
import {
  bibtexEscape,
  cite,
  CITATION_FORMATS,
  foldWhitespace,
  type CitableSource,
  type CitationFormat,
} from '../../src/lib/citation.ts';
import { CITATION_TOKENS } from '../../src/lib/citation-tokens.ts';

// Hand-checked against GB/T 7714—2015 (examples 8.6 [N/OL], 8.8 [EB/OL]),
// the Chicago Manual of Style 17th ed. (14.89, 14.194) and the APA 7th ed. (10.1, 10.4).

const NEWSPAPER_ARTICLE: CitableSource = {
  slug: '2021-offensives-hearings-report',
  title: '将攻势任务全面项目化',
  subtitle: '岛城昨起进入15个攻势质询答辩时间，检验攻势成效，督促任务落实',
  authors: ['王丽平'],
  publisher: '半岛都市报',
  date: '2021-01-22',
  medium: 'newspaper',
  url: 'https://example.org/sources/2021-offensives-hearings-report/',
};

const DISTRICT_PLAN: CitableSource = {
  slug: '2021-licang-14th-five-year-plan',
  title:
    '李沧区人民政府关于印发《青岛市李沧区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知',
  authors: [],
  publisher: '李沧区人民政府',
  issuer: '李沧区人民政府',
  documentNumber: '青李沧政发〔2021〕12号',
  date: '2021-03-31',
  medium: 'website',
  url: 'https://example.org/sources/2021-licang-14th-five-year-plan/',
};

const ACCESSED = { accessed: '2026-11-23' };
const PARAGRAPH = { accessed: '2026-11-23', paragraph: { id: 'p3', label: '3' } };

describe('citing a newspaper article', () => {
  test('GB/T 7714—2015, newspaper article online [N/OL]', () => {
    expect(cite('gbt7714', NEWSPAPER_ARTICLE, ACCESSED)).toBe(
      '王丽平. 将攻势任务全面项目化: 岛城昨起进入15个攻势质询答辩时间，检验攻势成效，督促任务落实[N/OL]. 半岛都市报, 2021-01-22[2026-11-23]. https://example.org/sources/2021-offensives-hearings-report/.',
    );
  });

  test('GB/T 7714—2015 for one paragraph: locator and paragraph address', () => {
    expect(cite('gbt7714', NEWSPAPER_ARTICLE, PARAGRAPH)).toBe(
      '王丽平. 将攻势任务全面项目化: 岛城昨起进入15个攻势质询答辩时间，检验攻势成效，督促任务落实[N/OL]. 半岛都市报, 2021-01-22(第 3 段)[2026-11-23]. https://example.org/sources/2021-offensives-hearings-report/#p3.',
    );
  });

  test('Chicago bibliography entry', () => {
    expect(cite('chicago', NEWSPAPER_ARTICLE, ACCESSED)).toBe(
      '王丽平. “将攻势任务全面项目化: 岛城昨起进入15个攻势质询答辩时间，检验攻势成效，督促任务落实.” 半岛都市报, January 22, 2021. https://example.org/sources/2021-offensives-hearings-report/.',
    );
  });

  test('APA reference', () => {
    expect(cite('apa', NEWSPAPER_ARTICLE, ACCESSED)).toBe(
      '王丽平. (2021, January 22). 将攻势任务全面项目化. 半岛都市报. https://example.org/sources/2021-offensives-hearings-report/',
    );
  });

  test('BibTeX', () => {
    expect(cite('bibtex', NEWSPAPER_ARTICLE, PARAGRAPH))
      .toBe(`@article{2021-offensives-hearings-report-p3,
  author = {王丽平},
  title = {将攻势任务全面项目化},
  subtitle = {岛城昨起进入15个攻势质询答辩时间，检验攻势成效，督促任务落实},
  journaltitle = {半岛都市报},
  entrysubtype = {newspaper},
  date = {2021-01-22},
  year = {2021},
  month = {1},
  url = {https://example.org/sources/2021-offensives-hearings-report/#p3},
  urldate = {2026-11-23},
  langid = {chinese},
  note = {第 3 段},
}`);
  });

  test('RIS', () => {
    expect(cite('ris', NEWSPAPER_ARTICLE, ACCESSED)).toBe(`TY  - NEWS
AU  - 王丽平
TI  - 将攻势任务全面项目化
ST  - 岛城昨起进入15个攻势质询答辩时间，检验攻势成效，督促任务落实
T2  - 半岛都市报
PY  - 2021
DA  - 2021/01/22
UR  - https://example.org/sources/2021-offensives-hearings-report/
Y2  - 2026/11/23
LA  - zh-CN
ER  -`);
  });

  test('CSL-JSON', () => {
    expect(JSON.parse(cite('csl', NEWSPAPER_ARTICLE, ACCESSED))).toEqual([
      {
        id: '2021-offensives-hearings-report',
        type: 'article-newspaper',
        title: '将攻势任务全面项目化',
        author: [{ literal: '王丽平' }],
        'container-title': '半岛都市报',
        issued: { 'date-parts': [[2021, 1, 22]] },
        URL: 'https://example.org/sources/2021-offensives-hearings-report/',
        accessed: { 'date-parts': [[2026, 11, 23]] },
        language: 'zh-CN',
      },
    ]);
  });
});

describe('citing the district plan (an official document on a government website)', () => {
  test('GB/T 7714—2015, electronic resource [EB/OL], the issuing body as author and the document number as other title information', () => {
    expect(cite('gbt7714', DISTRICT_PLAN, ACCESSED)).toBe(
      '李沧区人民政府. 李沧区人民政府关于印发《青岛市李沧区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知: 青李沧政发〔2021〕12号[EB/OL]. (2021-03-31)[2026-11-23]. https://example.org/sources/2021-licang-14th-five-year-plan/.',
    );
  });

  test('Chicago bibliography entry', () => {
    expect(cite('chicago', DISTRICT_PLAN, ACCESSED)).toBe(
      '李沧区人民政府. 李沧区人民政府关于印发《青岛市李沧区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知. 青李沧政发〔2021〕12号. March 31, 2021. https://example.org/sources/2021-licang-14th-five-year-plan/.',
    );
  });

  test('APA reference, for one paragraph', () => {
    expect(
      cite('apa', DISTRICT_PLAN, { accessed: '2026-11-23', paragraph: { id: 'p12', label: '12' } }),
    ).toBe(
      '李沧区人民政府. (2021). 李沧区人民政府关于印发《青岛市李沧区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知 (青李沧政发〔2021〕12号) (para. 12). https://example.org/sources/2021-licang-14th-five-year-plan/#p12',
    );
  });

  test('BibTeX keeps the corporate author whole', () => {
    const bibtex = cite('bibtex', DISTRICT_PLAN, ACCESSED);
    expect(bibtex).toMatch(
      /^@report\{2021-licang-14th-five-year-plan,\n {2}author = \{\{李沧区人民政府\}\},/u,
    );
    expect(bibtex).toContain('  number = {青李沧政发〔2021〕12号},');
    expect(bibtex).toContain('  institution = {李沧区人民政府},');
  });

  test('RIS as a government document', () => {
    expect(cite('ris', DISTRICT_PLAN, ACCESSED).split('\n')).toEqual([
      'TY  - GOVDOC',
      'AU  - 李沧区人民政府',
      `TI  - ${DISTRICT_PLAN.title}`,
      'PB  - 李沧区人民政府',
      'M1  - 青李沧政发〔2021〕12号',
      'PY  - 2021',
      'DA  - 2021/03/31',
      'UR  - https://example.org/sources/2021-licang-14th-five-year-plan/',
      'Y2  - 2026/11/23',
      'LA  - zh-CN',
      'ER  -',
    ]);
  });

  test('an article with two reporters and no author at all', () => {
    const interview = { ...NEWSPAPER_ARTICLE, authors: ['锡复春', '衣涛'] };
    expect(cite('apa', interview, ACCESSED)).toMatch(/^锡复春, & 衣涛\. \(2021, January 22\)\./u);
    expect(cite('chicago', interview, ACCESSED)).toMatch(/^锡复春 and 衣涛\. “/u);
    expect(cite('bibtex', interview, ACCESSED)).toContain('author = {锡复春 and 衣涛},');
    const anonymous = {
      ...NEWSPAPER_ARTICLE,
      authors: [],
      subtitle: '——科技引领城建设攻势推进情况质询会议现场实录（摘登）',
    };
    expect(cite('gbt7714', anonymous, ACCESSED)).toMatch(
      /^将攻势任务全面项目化: 科技引领城建设攻势推进情况质询会议现场实录（摘登）\[N\/OL\]\. /u,
    );
    expect(cite('apa', anonymous, ACCESSED)).toMatch(
      /^将攻势任务全面项目化\. \(2021, January 22\)\. 半岛都市报\./u,
    );
  });
});

// Sources with unknown elements. The expected strings are written out by hand
// from each style's rule for a missing element (see src/lib/citation.ts):
// GB/T 7714 starts an anonymous work with its title, writes "[出版者不详]" for
// an unknown newspaper and drops an unknown date with its punctuation;
// Chicago drops what is unknown and gives the access date when the date is
// unknown; APA moves the title to the author position and writes "(n.d.)".

const REPORT: CitableSource = {
  slug: '2026-work-report',
  title: '政府工作报告',
  authors: ['张三'],
  publisher: '青岛日报',
  date: '2026-01-20',
  medium: 'newspaper',
  url: 'https://example.org/sources/2026-work-report/',
};

const NOTICE: CitableSource = {
  slug: '2024-notice',
  title: '关于做好城市更新工作的通知',
  authors: [],
  publisher: '青岛市人民政府',
  issuer: '青岛市人民政府',
  documentNumber: '青政发〔2024〕1号',
  date: '2024-05-06',
  medium: 'website',
  url: 'https://example.org/sources/2024-notice/',
};

const R = 'https://example.org/sources/2026-work-report/';
const N = 'https://example.org/sources/2024-notice/';

describe('citing a source with an unknown publisher, author or date', () => {
  const cases: {
    name: string;
    source: CitableSource;
    request?: typeof PARAGRAPH;
    gbt7714: string;
    chicago: string;
    apa: string;
  }[] = [
    {
      name: 'newspaper article, newspaper unknown',
      source: { ...REPORT, publisher: undefined },
      gbt7714: `张三. 政府工作报告[N/OL]. [出版者不详], 2026-01-20[2026-11-23]. ${R}.`,
      chicago: `张三. “政府工作报告.” January 20, 2026. ${R}.`,
      apa: `张三. (2026, January 20). 政府工作报告. ${R}`,
    },
    {
      name: 'newspaper article, no author',
      source: { ...REPORT, authors: [] },
      gbt7714: `政府工作报告[N/OL]. 青岛日报, 2026-01-20[2026-11-23]. ${R}.`,
      chicago: `“政府工作报告.” 青岛日报, January 20, 2026. ${R}.`,
      apa: `政府工作报告. (2026, January 20). 青岛日报. ${R}`,
    },
    {
      name: 'newspaper article, neither author nor newspaper known',
      source: { ...REPORT, authors: [], publisher: undefined },
      gbt7714: `政府工作报告[N/OL]. [出版者不详], 2026-01-20[2026-11-23]. ${R}.`,
      chicago: `“政府工作报告.” January 20, 2026. ${R}.`,
      apa: `政府工作报告. (2026, January 20). ${R}`,
    },
    {
      name: 'newspaper article, date unknown',
      source: { ...REPORT, date: undefined },
      gbt7714: `张三. 政府工作报告[N/OL]. 青岛日报[2026-11-23]. ${R}.`,
      chicago: `张三. “政府工作报告.” 青岛日报. Accessed November 23, 2026. ${R}.`,
      apa: `张三. (n.d.). 政府工作报告. 青岛日报. ${R}`,
    },
    {
      name: 'newspaper article, only the title known',
      source: { ...REPORT, authors: [], publisher: undefined, date: undefined },
      gbt7714: `政府工作报告[N/OL]. [出版者不详][2026-11-23]. ${R}.`,
      chicago: `“政府工作报告.” Accessed November 23, 2026. ${R}.`,
      apa: `政府工作报告. (n.d.). ${R}`,
    },
    {
      name: 'one paragraph of a newspaper article of which only the title is known',
      source: { ...REPORT, authors: [], publisher: undefined, date: undefined },
      request: PARAGRAPH,
      gbt7714: `政府工作报告[N/OL]. [出版者不详](第 3 段)[2026-11-23]. ${R}#p3.`,
      chicago: `“政府工作报告.” para. 3. Accessed November 23, 2026. ${R}#p3.`,
      apa: `政府工作报告. (n.d.) (para. 3). ${R}#p3`,
    },
    {
      name: 'document, neither issuer nor publisher known',
      source: { ...NOTICE, issuer: undefined, publisher: undefined },
      gbt7714: `关于做好城市更新工作的通知: 青政发〔2024〕1号[EB/OL]. (2024-05-06)[2026-11-23]. ${N}.`,
      chicago: `关于做好城市更新工作的通知. 青政发〔2024〕1号. May 6, 2024. ${N}.`,
      apa: `关于做好城市更新工作的通知 (青政发〔2024〕1号). (2024). ${N}`,
    },
    {
      name: 'document, date unknown',
      source: { ...NOTICE, date: undefined },
      gbt7714: `青岛市人民政府. 关于做好城市更新工作的通知: 青政发〔2024〕1号[EB/OL]. [2026-11-23]. ${N}.`,
      chicago: `青岛市人民政府. 关于做好城市更新工作的通知. 青政发〔2024〕1号. Accessed November 23, 2026. ${N}.`,
      apa: `青岛市人民政府. (n.d.). 关于做好城市更新工作的通知 (青政发〔2024〕1号). ${N}`,
    },
    {
      name: 'document, issuer unknown, published on a website',
      source: { ...NOTICE, issuer: undefined, publisher: '青岛政务网' },
      gbt7714: `关于做好城市更新工作的通知: 青政发〔2024〕1号[EB/OL]. 青岛政务网, (2024-05-06)[2026-11-23]. ${N}.`,
      chicago: `关于做好城市更新工作的通知. 青政发〔2024〕1号. 青岛政务网, May 6, 2024. ${N}.`,
      apa: `关于做好城市更新工作的通知 (青政发〔2024〕1号). (2024). 青岛政务网. ${N}`,
    },
    {
      name: 'document, only the title known',
      source: {
        ...NOTICE,
        issuer: undefined,
        publisher: undefined,
        documentNumber: undefined,
        date: undefined,
      },
      gbt7714: `关于做好城市更新工作的通知[EB/OL]. [2026-11-23]. ${N}.`,
      chicago: `关于做好城市更新工作的通知. Accessed November 23, 2026. ${N}.`,
      apa: `关于做好城市更新工作的通知. (n.d.). ${N}`,
    },
  ];

  for (const { name, source, request, ...expected } of cases) {
    for (const format of ['gbt7714', 'chicago', 'apa'] as const) {
      test(`${CITATION_NAMES[format]}: ${name}`, () => {
        expect(cite(format, source, request ?? ACCESSED)).toBe(expected[format]);
      });
    }
  }

  test('BibTeX, RIS and CSL-JSON leave out the fields of a newspaper article of which only the title is known', () => {
    const source = { ...REPORT, authors: [], publisher: undefined, date: undefined };
    expect(cite('bibtex', source, ACCESSED)).toBe(`@article{2026-work-report,
  title = {政府工作报告},
  entrysubtype = {newspaper},
  url = {${R}},
  urldate = {2026-11-23},
  langid = {chinese},
}`);
    expect(cite('ris', source, ACCESSED)).toBe(`TY  - NEWS
TI  - 政府工作报告
UR  - ${R}
Y2  - 2026/11/23
LA  - zh-CN
ER  -`);
    expect(JSON.parse(cite('csl', source, ACCESSED))).toEqual([
      {
        id: '2026-work-report',
        type: 'article-newspaper',
        title: '政府工作报告',
        URL: R,
        accessed: { 'date-parts': [[2026, 11, 23]] },
        language: 'zh-CN',
      },
    ]);
  });

  test('BibTeX, RIS and CSL-JSON leave out the fields of a document of which only the title is known', () => {
    const source = {
      ...NOTICE,
      issuer: undefined,
      publisher: undefined,
      documentNumber: undefined,
      date: undefined,
    };
    expect(cite('bibtex', source, ACCESSED)).toBe(`@report{2024-notice,
  title = {关于做好城市更新工作的通知},
  type = {政府文件},
  url = {${N}},
  urldate = {2026-11-23},
  langid = {chinese},
}`);
    expect(cite('ris', source, ACCESSED)).toBe(`TY  - GOVDOC
TI  - 关于做好城市更新工作的通知
UR  - ${N}
Y2  - 2026/11/23
LA  - zh-CN
ER  -`);
    expect(JSON.parse(cite('csl', source, ACCESSED))).toEqual([
      {
        id: '2024-notice',
        type: 'document',
        title: '关于做好城市更新工作的通知',
        URL: N,
        accessed: { 'date-parts': [[2026, 11, 23]] },
        language: 'zh-CN',
      },
    ]);
  });

  test('BibTeX and RIS without a date keep the other fields', () => {
    const bibtex = cite('bibtex', { ...REPORT, date: undefined }, ACCESSED);
    expect(bibtex).toContain(
      '  author = {张三},\n  title = {政府工作报告},\n  journaltitle = {青岛日报},\n  entrysubtype = {newspaper},\n  url = ',
    );
    expect(bibtex).not.toMatch(/^ {2}(date|year|month) = /mu);
    expect(
      cite('ris', { ...REPORT, date: undefined }, ACCESSED)
        .split('\n')
        .map((line) => line.slice(0, 2)),
    ).toEqual(['TY', 'AU', 'TI', 'T2', 'UR', 'Y2', 'LA', 'ER']);
  });
});

const CITATION_NAMES: Record<CitationFormat, string> = {
  gbt7714: 'GB/T 7714—2015',
  chicago: 'Chicago',
  apa: 'APA',
  bibtex: 'BibTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
};

describe('BibTeX escapes LaTeX special characters and keeps Chinese as it is', () => {
  test.each([
    ['100% 完成', '100\\% 完成'],
    ['R&D 投入', 'R\\&D 投入'],
    ['第#1号', '第\\#1号'],
    ['snake_case', 'snake\\_case'],
    ['$5亿', '\\$5亿'],
    ['{括号}', '\\textbraceleft{}括号\\textbraceright{}'],
    ['C:\\路径', 'C:\\textbackslash{}路径'],
    ['约~100', '约\\textasciitilde{}100'],
    ['x^2', 'x\\textasciicircum{}2'],
    ['% & # _ { }', '\\% \\& \\# \\_ \\textbraceleft{} \\textbraceright{}'],
    ['青岛市“十四五”规划（2021—2025年）', '青岛市“十四五”规划（2021—2025年）'],
  ])('%s', (title, escaped) => {
    expect(bibtexEscape(title)).toBe(escaped);
    expect(cite('bibtex', { ...REPORT, title }, ACCESSED)).toContain(`\n  title = {${escaped}},\n`);
  });

  // Undo the escapes with a table of our own, refusing any special character
  // left bare: the value must come back exactly as it went in.
  const UNESCAPE: [string, string][] = [
    ['\\textbackslash{}', '\\'],
    ['\\textbraceleft{}', '{'],
    ['\\textbraceright{}', '}'],
    ['\\textasciitilde{}', '~'],
    ['\\textasciicircum{}', '^'],
    ['\\%', '%'],
    ['\\&', '&'],
    ['\\#', '#'],
    ['\\_', '_'],
    ['\\$', '$'],
  ];
  function unescape(value: string): string {
    let text = '';
    for (let index = 0; index < value.length;) {
      const escape = UNESCAPE.find(([escaped]) => value.startsWith(escaped, index));
      if (escape) {
        text += escape[1];
        index += escape[0].length;
        continue;
      }
      const character = value[index]!;
      if ('\\{}%&#_$~^'.includes(character))
        throw new Error(`bare ${character} at ${index} in ${value}`);
      text += character;
      index += 1;
    }
    return text;
  }

  test('round trip: braces balanced, no bare special character, every value comes back', () => {
    const source: CitableSource = {
      ...REPORT,
      title: '青岛 100% R&D #1 a_b {c} \\d ~e ^f $g',
      subtitle: '{未闭合的括号',
      authors: ['O_Brien', '李_四'],
      publisher: '青岛日报 & 晚报}%',
    };
    const entry = cite('bibtex', source, PARAGRAPH);
    let depth = 0;
    for (const character of entry) {
      depth += character === '{' ? 1 : character === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    const fields = Object.fromEntries(
      [...entry.matchAll(/^ {2}(\w+) = \{(.*)\},$/gmu)].map((match) => [match[1]!, match[2]!]),
    );
    expect(unescape(fields['title']!)).toBe(source.title);
    expect(unescape(fields['subtitle']!)).toBe('{未闭合的括号');
    expect(unescape(fields['journaltitle']!)).toBe('青岛日报 & 晚报}%');
    expect(unescape(fields['author']!)).toBe('O_Brien and 李_四');
    // biblatex reads the URL verbatim: its # is not escaped.
    expect(fields['url']).toBe(`${R}#p3`);
  });

  test('a corporate author is escaped inside its protecting braces', () => {
    expect(cite('bibtex', { ...NOTICE, issuer: 'A&B 委员会' }, ACCESSED)).toContain(
      '  author = {{A\\&B 委员会}},',
    );
  });

  test('a Chinese name printed with a space is kept whole; one without is left to BibTeX', () => {
    expect(cite('bibtex', { ...REPORT, authors: ['王　冰', '张三'] }, ACCESSED)).toContain(
      '  author = {{王　冰} and 张三},',
    );
  });

  test('the citation key has no character that ends a BibTeX key', () => {
    expect(cite('bibtex', { ...REPORT, slug: 'a b,c{d}' }, ACCESSED)).toMatch(
      /^@article\{a-b-c-d-,\n/u,
    );
  });
});

describe('values on one line', () => {
  test.each([
    ['第一行\n第二行', '第一行第二行'],
    ['青岛市\r\n人民政府', '青岛市人民政府'],
    ['Qingdao\nport', 'Qingdao port'],
    ['a\r\n\r\nb', 'a b'],
    ['a\u2028b', 'a b'],
    ['  两端 有空格\t', '两端 有空格'],
    ['王　冰', '王　冰'],
  ])('%j', (text, oneLine) => {
    expect(foldWhitespace(text)).toBe(oneLine);
  });

  test('RIS: a title with line breaks stays one tag', () => {
    const ris = cite(
      'ris',
      { ...REPORT, title: '政府工作报告\nER  - \n第二行', authors: ['张\n三'] },
      ACCESSED,
    );
    for (const line of ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/u);
    expect(ris).toContain('\nTI  - 政府工作报告 ER - 第二行\n');
    expect(ris).toContain('\nAU  - 张三\n');
    expect(ris.match(/^ER {2}-/gmu)).toHaveLength(1);
  });

  test('CSL-JSON stays valid JSON with quotes, backslashes, line breaks and a title that looks like a date', () => {
    const title = '“引号” "quote" \\ 反斜杠 [[2021,1,22]]\n第二行';
    const json = cite('csl', { ...REPORT, title }, ACCESSED);
    const [item] = JSON.parse(json) as [{ title: string }];
    expect(item.title).toBe('“引号” "quote" \\ 反斜杠 [[2021,1,22]] 第二行');
    expect(json).toContain('"date-parts": [[2026, 1, 20]]');
  });
});

describe('paragraph templates', () => {
  // The cite panel fills these tokens in the browser; no format may escape them.
  test.each(CITATION_FORMATS)('%s keeps the placeholder tokens', (format) => {
    const template = cite(format, REPORT, {
      accessed: '2026-11-23',
      paragraph: { id: CITATION_TOKENS.id, label: CITATION_TOKENS.label },
    });
    expect(template).toContain(CITATION_TOKENS.id);
    expect(template).toContain(CITATION_TOKENS.label);
  });
});

describe('citing the editors’ English translation', () => {
  // The original stays the work cited; the editors are its translators; the address is the English page's.
  const TRANSLATED = {
    accessed: '2026-11-29',
    paragraph: { id: 'p3', label: '3' },
    translation: {
      language: 'en' as const,
      title: 'Turn the Offensives’ Tasks Fully into Projects',
      url: 'https://example.org/en/sources/2021-offensives-hearings-report/',
    },
  };
  const ARTICLE = { ...NEWSPAPER_ARTICLE, subtitle: undefined };

  test.each([
    [
      'gbt7714',
      '王丽平. 将攻势任务全面项目化[N/OL]. 青岛文献注本编者, 译. 半岛都市报, 2021-01-22(第 3 段)[2026-11-29]. https://example.org/en/sources/2021-offensives-hearings-report/#p3.',
    ],
    [
      'chicago',
      '王丽平. “将攻势任务全面项目化 [Turn the Offensives’ Tasks Fully into Projects].” Translated by the editors of Qingdao Annotated Sources. 半岛都市报, January 22, 2021. para. 3. https://example.org/en/sources/2021-offensives-hearings-report/#p3.',
    ],
    [
      'apa',
      '王丽平. (2021, January 22). Turn the Offensives’ Tasks Fully into Projects [将攻势任务全面项目化] (The editors of Qingdao Annotated Sources, Trans.). 半岛都市报 (para. 3). https://example.org/en/sources/2021-offensives-hearings-report/#p3',
    ],
  ] as const)('%s names the translators and both titles', (format, expected) => {
    expect(cite(format, ARTICLE, TRANSLATED)).toBe(expected);
  });

  test('BibTeX, RIS and CSL-JSON carry the translators, the original title and the language', () => {
    expect(cite('bibtex', ARTICLE, TRANSLATED)).toContain(
      '  title = {Turn the Offensives’ Tasks Fully into Projects},\n  origtitle = {将攻势任务全面项目化},\n  translator = {{The editors of Qingdao Annotated Sources}},',
    );
    expect(cite('bibtex', ARTICLE, TRANSLATED)).toContain(
      '  langid = {english},\n  origlanguage = {chinese},',
    );
    // The paragraph note is in the translation's language.
    expect(cite('bibtex', ARTICLE, TRANSLATED)).toContain('  note = {para. 3},');
    const ris = cite('ris', ARTICLE, TRANSLATED).split('\n');
    expect(ris).toEqual(
      expect.arrayContaining([
        'TI  - 将攻势任务全面项目化',
        'TT  - Turn the Offensives’ Tasks Fully into Projects',
        'A4  - The editors of Qingdao Annotated Sources',
        'LA  - en',
        'N1  - para. 3',
      ]),
    );
    const [item] = JSON.parse(cite('csl', ARTICLE, TRANSLATED)) as Record<string, unknown>[];
    expect(item).toMatchObject({
      title: 'Turn the Offensives’ Tasks Fully into Projects',
      'original-title': '将攻势任务全面项目化',
      translator: [{ literal: 'The editors of Qingdao Annotated Sources' }],
      language: 'en',
      note: 'para. 3',
    });
  });
});

test('a quoted title keeps its own quotations as single marks (Chicago 6.11)', () => {
  const quoting = { ...NEWSPAPER_ARTICLE, subtitle: undefined, title: '山海之间筑造“创新穹顶”' };
  expect(cite('chicago', quoting, ACCESSED)).toContain('“山海之间筑造‘创新穹顶’.”');
});
