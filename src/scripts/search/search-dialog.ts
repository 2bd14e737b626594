/**
 * The search dialog, opened from any page: results as you type, arrow keys
 * move through them, Enter on the box opens the full search page, Esc closes.
 */
import { href } from '../../data/links.ts';
import { runSearch } from './session.ts';

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog')!;
const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
const view = {
  status: dialog.querySelector<HTMLElement>('.search-status')!,
  results: dialog.querySelector<HTMLElement>('.search-results')!,
};

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void runSearch(view, input.value), 200);
});

dialog.querySelector('form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (input.value.trim())
    location.href = href(`/search/?q=${encodeURIComponent(input.value.trim())}`);
});

/** Arrow keys move between the box and the result links. */
dialog.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...dialog.querySelectorAll<HTMLAnchorElement>('.hit-link')];
  if (links.length === 0) return;
  event.preventDefault();
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown') (links[at + 1] ?? links[0])!.focus();
  else if (at <= 0) input.focus();
  else links[at - 1]!.focus();
});

export function openDialog() {
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}
