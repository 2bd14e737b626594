/**
 * The language switch keeps the reader where they are: a switch to the same
 * page in the other language carries the paragraph being read (or, before
 * any reading, the address's #fragment) and a search's query (`?q=`), so a
 * search page switches to the same search. Paragraph addresses are the same
 * in both languages.
 *
 * The paragraph being read is the one at the reading line when the reader
 * stops scrolling for a moment: the header holding the switch is at the top
 * of the page, and scrolling up to it passes every paragraph above without
 * stopping. It is kept on the link (`data-paragraph`).
 */
const link = document.querySelector<HTMLAnchorElement>('[data-language-switch="same-page"]');

/** How long the reader stays before a paragraph counts as being read. */
const DWELL_MS = 1000;

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

if (link && document.querySelector('[data-numbered-text]')) {
  let settling: number | undefined;
  const settle = () => {
    window.clearTimeout(settling);
    settling = window.setTimeout(() => {
      const here = paragraphOnScreen();
      if (here) link.dataset['paragraph'] = here;
    }, DWELL_MS);
  };
  window.addEventListener('scroll', settle, { passive: true });
  settle();
}

link?.addEventListener('click', () => {
  const query = new URLSearchParams(location.search).get('q');
  if (query) link.search = new URLSearchParams({ q: query }).toString();
  const reading = link.dataset['paragraph'];
  if (reading) link.hash = `#${reading}`;
  else if (location.hash) link.hash = location.hash;
});
