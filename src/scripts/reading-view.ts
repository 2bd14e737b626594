/**
 * The English reading view: "English" or "Side by side" (the Chinese beside
 * each translated paragraph, stacked on phones). The choice is kept for the
 * next page. Without JavaScript the page shows the English.
 */
const KEY = 'qas-reading-view';
const article = document.querySelector<HTMLElement>('[data-view]');
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-view-button]')];

function show(view: string) {
  if (!article) return;
  article.dataset['view'] = view;
  for (const button of buttons)
    button.setAttribute('aria-pressed', String(button.dataset['viewButton'] === view));
}

for (const button of buttons) {
  button.addEventListener('click', () => {
    const view = button.dataset['viewButton'] ?? 'en';
    show(view);
    try {
      localStorage.setItem(KEY, view);
    } catch {
      // Storage refused (private mode): the view still changes for this page.
    }
  });
}

try {
  const saved = localStorage.getItem(KEY);
  if (saved === 'both' || saved === 'en') show(saved);
} catch {
  // No storage: English.
}
