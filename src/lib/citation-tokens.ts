/**
 * Placeholders for the paragraph in the citation templates, which the cite
 * panel fills in the browser: characters no citation contains otherwise,
 * and that no format escapes (BibTeX and RIS leave them as they are), so the
 * script finds them in every format.
 */
export const CITATION_TOKENS = {
  id: '⟦id⟧',
  label: '⟦label⟧',
} as const;
