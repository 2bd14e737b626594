import { describe, expect, test } from 'vitest';
import { cite, type CitableSource } from '../../src/lib/citation.ts';

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
  title: '李沧区人民政府关于印发《青岛市李沧区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知',
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
    expect(cite('apa', NEWSPAPER_ARTICLE, ACCESSED)).toBe('王丽平. (2021, January 22). 将攻势任务全面项目化. 半岛都市报. https://example.org/sources/2021-offensives-hearings-report/');
  });

  test('BibTeX', () => {
    expect(cite('bibtex', NEWSPAPER_ARTICLE, PARAGRAPH)).toBe(`@article{2021-offensives-hearings-report-p3,
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
    expect(cite('apa', DISTRICT_PLAN, { accessed: '2026-11-23', paragraph: { id: 'p12', label: '12' } })).toBe(
      '李沧区人民政府. (2021). 李沧区人民政府关于印发《青岛市李沧区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》的通知 (青李沧政发〔2021〕12号) (para. 12). https://example.org/sources/2021-licang-14th-five-year-plan/#p12',
    );
  });

  test('BibTeX keeps the corporate author whole', () => {
    const bibtex = cite('bibtex', DISTRICT_PLAN, ACCESSED);
    expect(bibtex).toMatch(/^@report\{2021-licang-14th-five-year-plan,\n {2}author = \{\{李沧区人民政府\}\},/u);
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
    const anonymous = { ...NEWSPAPER_ARTICLE, authors: [], subtitle: '——科技引领城建设攻势推进情况质询会议现场实录（摘登）' };
    expect(cite('gbt7714', anonymous, ACCESSED)).toMatch(/^将攻势任务全面项目化: 科技引领城建设攻势推进情况质询会议现场实录（摘登）\[N\/OL\]\. /u);
    expect(cite('apa', anonymous, ACCESSED)).toMatch(/^将攻势任务全面项目化\. \(2021, January 22\)\. 半岛都市报\./u);
  });
});
