/**
 * Names of the components an edition may use (see src/components/editorial/),
 * and the HTML elements allowed as JSX in an edition (rebuilt tables).
 * Said once here so the checker and the renderer agree.
 */
export const EDITION_COMPONENTS = ['Byline', 'Column', 'Correction', 'EditorNote', 'Kicker', 'NoTerm', 'Omission', 'PhotoCaption', 'Term'] as const;

export type EditionComponentName = (typeof EDITION_COMPONENTS)[number];

export const EDITION_HTML_ELEMENTS = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'br', 'sup', 'sub'] as const;

/** Attributes each component requires, with a hint for authors. */
export const REQUIRED_ATTRIBUTES: Partial<Record<EditionComponentName, readonly string[]>> = {
  Correction: ['printed', 'reason'],
  Omission: ['reason'],
  Term: ['id'],
};
