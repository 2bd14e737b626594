/**
 * The language switch keeps the reader on the same paragraph: a switch to
 * the same page in the other language carries the address's #fragment.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-language-switch="same-page"]');
link?.addEventListener('click', () => {
  if (location.hash) link.hash = location.hash;
});
