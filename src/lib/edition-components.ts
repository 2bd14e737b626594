/**
 * Names of the components an edition may use (see src/components/editorial/),
 * and the HTML elements allowed as JSX in an edition (rebuilt tables).
 * Said once here so the checker and the renderer agree.
 */
export const EDITION_COMPONENTS = [
  'Byline',
  'Column',
  'Correction',
  'CrossRef',
  'EditorNote',
  'Kicker',
  'NoTerm',
  'Note',
  'Omission',
  'PhotoCaption',
  'Sic',
  'Term',
] as const;

export type EditionComponentName = (typeof EDITION_COMPONENTS)[number];

export const EDITION_HTML_ELEMENTS = [
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'br',
  'sup',
  'sub',
] as const;

/** Attributes each component requires, with a hint for authors. */
export const REQUIRED_ATTRIBUTES: Partial<Record<EditionComponentName, readonly string[]>> = {
  Correction: ['printed', 'reason'],
  Omission: ['reason'],
  Term: ['id'],
  Note: ['kind'],
  CrossRef: ['to'],
  Sic: ['reason'],
};

/** Kinds of annotation note, with the labels readers see. */
export const NOTE_KINDS = {
  speaker: { zh: '人物', en: 'Who is speaking' },
  programme: { zh: '行动与计划', en: 'Campaign or programme' },
  term: { zh: '术语', en: 'Term' },
  figure: { zh: '数据', en: 'Figures compared' },
  followup: { zh: '后续', en: 'What happened next' },
  context: { zh: '背景', en: 'Context' },
} as const;

export type NoteKind = keyof typeof NOTE_KINDS;

/**
 * What a note rests on; a note names one or more (space-separated), and
 * readers see them with the note.
 */
export const NOTE_BASES = {
  text: { zh: '据本文', en: 'This source' },
  corpus: { zh: '据他篇', en: 'Other sources here' },
  'well-known': { zh: '通识', en: 'General knowledge' },
  inference: { zh: '编者推断', en: "Editors' inference" },
} as const;

export type NoteBasis = keyof typeof NOTE_BASES;

/** The words of a basis attribute (`"text well-known"`) that name a basis, in the vocabulary's order. */
export function noteBases(attribute: string | undefined): NoteBasis[] {
  const words = new Set((attribute ?? '').split(/\s+/u));
  return (Object.keys(NOTE_BASES) as NoteBasis[]).filter((basis) => words.has(basis));
}

/** What readers see of a note's basis: `依据：据本文、通识`. */
export function basisLabel(bases: readonly NoteBasis[], language: 'zh' | 'en' = 'zh'): string {
  const names = bases.map((basis) => NOTE_BASES[basis][language]);
  return language === 'zh' ? `依据：${names.join('、')}` : `Basis: ${names.join(', ')}`;
}
