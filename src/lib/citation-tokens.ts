/**
 * Placeholders for the paragraph in the citation templates, which the cite
 * panel fills in the browser: characters no citation contains otherwise.
 */
export const CITATION_TOKENS = {
  id: '⟦id⟧',
  label: '⟦label⟧',
} as const;
