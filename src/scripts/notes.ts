/**
 * Notes and corrections on reading pages.
 *
 * Wide screens (from 75rem, where the margin holds them): notes and the
 * reasons for corrections stand in the margin; a note's number is a plain
 * link to it. Narrower screens: the number (or the 〔原作“…”〕 mark) is a
 * button that opens the note over the text below it, without moving the text
 * (Tufte CSS's margin toggle, made keyboard- and screen-reader-friendly); one
 * note is open at a time; Esc, or a click elsewhere, closes it. Without
 * JavaScript every note is shown in place.
 *
 * Also the reader's choice between the corrected text and the text as printed.
 */
const WIDE = window.matchMedia('(min-width: 75rem)');
const prose = document.querySelector<HTMLElement>('.prose');
const TOGGLES = '.note-toggle, .correction-mark';

function toggleOf(note: Element): HTMLElement | null {
  return note.querySelector<HTMLElement>(TOGGLES);
}

function setOpen(note: Element, open: boolean) {
  note.classList.toggle('is-open', open);
  toggleOf(note)?.setAttribute('aria-expanded', String(open));
}

function closeAll(except?: Element) {
  for (const open of prose?.querySelectorAll('.note.is-open') ?? [])
    if (open !== except) setOpen(open, false);
}

function setMode() {
  if (!prose) return;
  const collapsible = !WIDE.matches;
  prose.classList.toggle('notes-collapsible', collapsible);
  if (!collapsible) closeAll();
  for (const toggle of prose.querySelectorAll<HTMLElement>(TOGGLES)) {
    const note = toggle.closest('.note');
    const isLink = toggle instanceof HTMLAnchorElement;
    if (collapsible) {
      toggle.setAttribute('role', 'button');
      if (isLink) toggle.setAttribute('aria-controls', toggle.hash.slice(1));
      else toggle.tabIndex = 0;
      toggle.setAttribute('aria-expanded', String(note?.classList.contains('is-open') ?? false));
    } else {
      toggle.removeAttribute('role');
      toggle.removeAttribute('aria-controls');
      toggle.removeAttribute('aria-expanded');
      if (!isLink) toggle.removeAttribute('tabindex');
    }
  }
}

prose?.addEventListener('click', (event) => {
  if (WIDE.matches) return;
  const target = event.target as Element;
  const toggle = target.closest<HTMLElement>(TOGGLES);
  if (!toggle) {
    // A click inside an open note leaves it open (to select or follow a link); elsewhere closes it.
    if (!target.closest('.note.is-open .sidenote')) closeAll();
    return;
  }
  event.preventDefault();
  const note = toggle.closest('.note');
  if (!note) return;
  const open = !note.classList.contains('is-open');
  closeAll(note);
  setOpen(note, open);
});

prose?.addEventListener('keydown', (event) => {
  const toggle = (event.target as Element).closest<HTMLElement>(
    '.note-toggle[role="button"], .correction-mark[role="button"]',
  );
  // Space activates a button; Enter too, for the marks that are not links.
  if (
    toggle &&
    (event.key === ' ' || (event.key === 'Enter' && !(toggle instanceof HTMLAnchorElement)))
  ) {
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

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || WIDE.matches) return;
  const open = prose?.querySelector('.note.is-open');
  if (!open) return;
  setOpen(open, false);
  toggleOf(open)?.focus();
});

WIDE.addEventListener('change', setMode);
setMode();
openTargetNote();
window.addEventListener('hashchange', openTargetNote);

/**
 * The reader's choice between the corrected text and the text as printed:
 * corrections switch by CSS (`data-reading`); characters the typographic
 * normalisations changed (`.typo`, src/plugins/remark-typography.ts) take
 * back the printed character, so what is copied is what is seen.
 */
const readingToggle = document.querySelector<HTMLButtonElement>('.reading-toggle');
const article = document.querySelector<HTMLElement>('article.source');
if (readingToggle && article) {
  readingToggle.hidden = false;
  readingToggle.addEventListener('click', () => {
    const printed = article.dataset['reading'] !== 'printed';
    article.dataset['reading'] = printed ? 'printed' : 'corrected';
    readingToggle.setAttribute('aria-pressed', String(printed));
    for (const mark of article.querySelectorAll<HTMLElement>('.typo')) {
      mark.dataset['normal'] ??= mark.textContent ?? '';
      mark.textContent = (printed ? mark.dataset['printed'] : mark.dataset['normal']) ?? '';
    }
  });
}

export {};
