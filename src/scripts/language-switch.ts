/**
 * The language switch keeps the reader where they are: a switch to the same
 * page in the other language carries the address's #fragment (the paragraph)
 * and a search's query (`?q=`), so a search page switches to the same search.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-language-switch="same-page"]');
link?.addEventListener('click', () => {
  const query = new URLSearchParams(location.search).get('q');
  if (query) link.search = new URLSearchParams({ q: query }).toString();
  if (location.hash) link.hash = location.hash;
});
