/**
 * The edition model through the site's real Markdown pipeline (the plugins of
 * src/plugins/index.ts, compiled by MDX), judged against texts written by
 * hand in each case.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import type { EditionModel } from '../../src/lib/edition-model.ts';
import { formsOf, loadGlossary } from '../../src/lib/glossary.ts';
import { compileEdition } from '../../src/plugins/compile-edition.ts';

/** A virtual edition in the editions folder (never written to disk; no ledger, so addresses are p1, p2, …). */
async function model(mdx: string): Promise<EditionModel> {
  const data = await compileEdition(
    join(CONTENT_PATHS.sourcesDir, '__edition-model-test__.mdx'),
    mdx,
  );
  expect(data.edition).toBeDefined();
  return data.edition!;
}

/** An entity of the real glossary and one of its forms, so the test follows the content. */
const [entity] = loadGlossary(CONTENT_PATHS.glossaryDir).entities;
const form = formsOf(entity!)[0]!;

describe('the edition model', () => {
  test('a correction: the reading text is corrected, the printed text is as printed; neither holds both', async () => {
    const { blocks } = await model(
      '市城市管理<Correction printed="局长" reason="测试">局</Correction>牵头。\n',
    );
    expect(blocks).toEqual([
      expect.objectContaining({
        id: 'p1',
        label: '1',
        kind: 'paragraph',
        text: '市城市管理局牵头。',
        printed: '市城市管理局长牵头。',
        container: false,
      }),
    ]);
  });

  test('notes, editor’s notes and omissions are not reading text; a probable misprint reads as printed', async () => {
    const { blocks, notes } = await model(
      '甲乙<Note kind="context" basis="well-known">注释文字。</Note>丙<EditorNote>编者按。</EditorNote>丁<Omission reason="测试" inline>略去</Omission>戊<Sic reason="测试" suggest="己">已</Sic>。\n',
    );
    expect(blocks[0]).toMatchObject({ text: '甲乙丙丁戊已。', printed: '甲乙丙丁略去戊已。' });
    expect(notes).toEqual([
      expect.objectContaining({
        number: 1,
        kind: 'context',
        basis: ['well-known'],
        paragraph: 'p1',
        text: '注释文字。',
        quote: { exact: '甲乙', prefix: '', suffix: '丙丁戊已。' },
      }),
    ]);
  });

  test('a 专栏 box is one block whose text is its own blocks’ text; they say which box they stand in', async () => {
    const { blocks, length } = await model(
      '<Column>\n\n#### 专栏1 标题\n\n专栏正文。\n\n</Column>\n\n栏外。\n',
    );
    expect(
      blocks.map(({ id, kind, container, within, text }) => ({
        id,
        kind,
        container,
        within,
        text,
      })),
    ).toEqual([
      {
        id: 'p1',
        kind: 'aside',
        container: true,
        within: undefined,
        text: '专栏1 标题 专栏正文。',
      },
      { id: 'p2', kind: 'heading', container: false, within: 'p1', text: '专栏1 标题' },
      { id: 'p3', kind: 'paragraph', container: false, within: 'p1', text: '专栏正文。' },
      { id: 'p4', kind: 'paragraph', container: false, within: undefined, text: '栏外。' },
    ]);
    expect(length).toBe([...'专栏1标题专栏正文。栏外。'].length);
  });

  test('table cells do not run into each other', async () => {
    const { blocks } = await model(
      '<table><tr><th>指标</th><th>2015</th></tr><tr><td>增长率</td><td>10.6</td></tr></table>\n',
    );
    expect(blocks).toEqual([
      expect.objectContaining({ kind: 'table', text: '指标 2015 增长率 10.6' }),
    ]);
  });

  test(`a glossary mention (${form}) is recorded with its block and sentence`, async () => {
    const { mentions } = await model(`前句。这里说到${form}的事。后句。\n`);
    expect(mentions).toEqual([
      {
        entity: entity!.id,
        paragraph: 'p1',
        label: '1',
        before: '这里说到',
        match: form,
        after: '的事。',
      },
    ]);
  });

  test('<Term> and <Correction> inside a note work: the note links the entity and shows the printed wording', async () => {
    const { notes, mentions } = await model(
      `正文<Note kind="term" basis="text">见<Term id="${entity!.id}">此词</Term>，<Correction printed="误字" reason="测试">正字</Correction>。</Note>。\n`,
    );
    expect(notes[0]?.html).toBe(
      `见<a href="/glossary/${entity!.id}/" class="entity-link" data-entity="${entity!.id}">此词</a>，正字〔原作“误字”〕。`,
    );
    expect(notes[0]?.text).toBe('见此词，正字。');
    // A note is not the text: a link inside it is no mention of the entity in the text.
    expect(mentions).toEqual([]);
  });

  test.each([
    [
      'says nothing of its basis',
      '<Note kind="context">',
      /<Note> without a basis: readers cannot tell what it rests on\n {2}hint: Add basis="…"/u,
    ],
    [
      'names an unknown basis',
      '<Note kind="context" basis="hearsay">',
      /<Note basis="hearsay">: unknown basis hearsay\n {2}hint: Use one or more of text, corpus, well-known, inference/u,
    ],
    [
      'rests on another source but links none',
      '<Note kind="context" basis="corpus">',
      /<Note basis="corpus"> rests on another source but links none\n {2}hint: Link the paragraph it rests on with <CrossRef/u,
    ],
  ])('a note that %s stops the build with file, line and hint', async (_, opening, message) => {
    await expect(model(`正文${opening}注释。</Note>。\n`)).rejects.toThrow(
      new RegExp(`__edition-model-test__\\.mdx:1:3: ${message.source}`, 'u'),
    );
  });

  test('any other component inside a note stops the build with file, line and hint', async () => {
    await expect(
      model('第一段。\n\n正文<Note kind="term" basis="text">见<Kicker>引题</Kicker>。</Note>。\n'),
    ).rejects.toThrow(
      /__edition-model-test__\.mdx:3:\d+: <Kicker> cannot stand inside a <Note>\n {2}hint: Inside a note use Markdown/u,
    );
  });
});
