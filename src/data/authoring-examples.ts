/**
 * The MDX examples of the authoring guide, shown in both languages' guides
 * (src/pages/authoring.astro, src/pages/en/authoring.astro): editions are
 * written in Chinese, so the examples are the same on both.
 */
export const AUTHORING_EXAMPLES = {
  note: '**耿涛**<Note kind="speaker" basis="corpus">时任青岛市副市长（据<CrossRef to="2021-offensives-hearings-report#p12">同日报道</CrossRef>）。</Note>：“十四五”期间……',
  correction:
    '市<Correction printed="城市管理局长" reason="据文意，主语为市城市管理局">城市管理局</Correction>牵头……',
  omission: '<Omission reason="网页页脚">顶部</Omission>',
  crossRef:
    '同一批会议的另一篇报道见<CrossRef to="2021-offensives-hearings-report#p3">《将攻势任务全面项目化》第 3 段</CrossRef>。',
  editorNote: '以供需对接平台为例……<EditorNote>此段原被拆印两处，今合为一段。</EditorNote>',
  term: '<Term id="laoshan-district">崂山</Term>、<NoTerm>崂山</NoTerm>风景区',
  translation: `translated: "2026-11-29"
title: "Turn the Offensives’ Tasks Fully into Projects"
blocks:
  p1: "Turn the Offensives’ Tasks Fully into Projects"
  p57:
    caption: "…"
    rows:
      - ["…", "…"]
notes:
  - zh: "<the note exactly as the edition has it>"
    en: "…"
marks:
  - zh: "网页页脚"
    en: "Footer of the web page"
terminology: []`,
} as const;

/** The code themes of the guide's examples. */
export const AUTHORING_THEMES = { light: 'github-light', dark: 'github-dark' } as const;
