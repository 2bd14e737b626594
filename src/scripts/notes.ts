/**
 * Notes on narrow screens: the note number becomes a button that opens the
 * note in place (Tufte CSS's margin toggle, made keyboard- and
 * screen-reader-friendly). On wide screens the notes stand in the margin and
 * the number is a plain link to its note. Without JavaScript every note is
 * shown in place.
 */
const WIDE = window.matchMedia('(min-width: 84rem)');
const prose = document.querySelector<HTMLElement>('.prose');

function setMode() {
  if (!prose) return;
  const collapsible = !WIDE.matches;
  prose.classList.toggle('notes-collapsible', collapsible);
  for (const toggle of prose.querySelectorAll<HTMLAnchorElement>('.note-toggle')) {
    const note = toggle.closest('.note');
    if (collapsible) {
      toggle.setAttribute('role', 'button');
      toggle.setAttribute('aria-controls', toggle.hash.slice(1));
      toggle.setAttribute('aria-expanded', String(note?.classList.contains('is-open') ?? false));
    } else {
      toggle.removeAttribute('role');
      toggle.removeAttribute('aria-controls');
      toggle.removeAttribute('aria-expanded');
    }
  }
}

prose?.addEventListener('click', (event) => {
  const toggle = (event.target as Element).closest<HTMLAnchorElement>('.note-toggle');
  if (!toggle || WIDE.matches) return;
  event.preventDefault();
  const note = toggle.closest('.note');
  const open = !note?.classList.contains('is-open');
  note?.classList.toggle('is-open', open);
  toggle.setAttribute('aria-expanded', String(open));
});
// Space activates a button; the number is a link made into one.
prose?.addEventListener('keydown', (event) => {
  const toggle = (event.target as Element).closest<HTMLAnchorElement>(
    '.note-toggle[role="button"]',
  );
  if (toggle && event.key === ' ') {
    event.preventDefault();
    toggle.click();
  }
});

/** A note the address points at (`#note-3`, as search links land) is opened, so it is seen. */
function openTargetNote() {
  const id = decodeURIComponent(location.hash.slice(1).split(':~:')[0] ?? '');
  const note = id ? document.getElementById(id)?.closest('.note') : null;
  if (!note) return;
  note.classList.add('is-open');
  note.querySelector('.note-toggle')?.setAttribute('aria-expanded', 'true');
}

WIDE.addEventListener('change', setMode);
setMode();
openTargetNote();
window.addEventListener('hashchange', openTargetNote);

/** The reader's choice between the corrected text and the text as printed. */
const readingToggle = document.querySelector<HTMLButtonElement>('.reading-toggle');
const article = document.querySelector<HTMLElement>('article.source');
if (readingToggle && article) {
  readingToggle.hidden = false;
  readingToggle.addEventListener('click', () => {
    const printed = article.dataset['reading'] !== 'printed';
    article.dataset['reading'] = printed ? 'printed' : 'corrected';
    readingToggle.setAttribute('aria-pressed', String(printed));
  });
}

export {};
