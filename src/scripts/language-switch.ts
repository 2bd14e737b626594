/**
 * The language switch keeps the reader where they are: a switch to the same
 * page in the other language carries the paragraph on screen (or, before the
 * reader has scrolled, the address's #fragment) and a search's query
 * (`?q=`), so a search page switches to the same search. Paragraph addresses
 * are the same in both languages.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-language-switch="same-page"]');

/**
 * The numbered paragraph (not a box holding others) at the reading line, a
 * tenth of the way down the window: the one the reader is at, even when the
 * end of the one before still shows above it.
 */
function paragraphOnScreen(): string | undefined {
  const readingLine = window.innerHeight / 10;
  const blocks = document.querySelectorAll<HTMLElement>(
    '[data-numbered-text] [id]:has(> .para-num)',
  );
  for (const block of blocks) {
    if (block.querySelector(':scope [id] > .para-num')) continue;
    const box = block.getBoundingClientRect();
    if (box.bottom > readingLine) return box.top < window.innerHeight ? block.id : undefined;
  }
  return undefined;
}

link?.addEventListener('click', () => {
  const query = new URLSearchParams(location.search).get('q');
  if (query) link.search = new URLSearchParams({ q: query }).toString();
  const reading = window.scrollY > 0 ? paragraphOnScreen() : undefined;
  if (reading) link.hash = `#${reading}`;
  else if (location.hash) link.hash = location.hash;
});
