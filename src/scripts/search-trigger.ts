/**
 * Opens the search dialog from the header button, `/` or Ctrl/⌘-K. This is
 * all that loads with a page. The dialog opens at once, with the box focused,
 * so every keystroke lands in it while the search code loads; that code
 * starts loading when a search control is hovered or focused, or the dialog
 * opens, and picks up whatever has been typed by then.
 */
const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
const input = dialog?.querySelector<HTMLInputElement>('input[type="search"]');

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

let code: Promise<unknown> | undefined;

/** Load the dialog's search code once. */
function load() {
  code ??= import('./search/search-dialog.ts').catch(() => (code = undefined));
  return code;
}

function open() {
  if (!dialog || !input) return;
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
  void load();
}

if (dialog && input) {
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-trigger]')) {
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
    for (const intent of ['pointerenter', 'focus', 'touchstart'])
      trigger.addEventListener(intent, () => void load(), { once: true, passive: true });
  }
  document.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
    if (
      shortcut ||
      (event.key === '/' &&
        !typingInField(event.target) &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey)
    ) {
      event.preventDefault();
      open();
    }
  });
  // Esc closes the dialog at once, even from a search box that holds text (which would clear it first).
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    event.preventDefault();
    dialog.close();
  });
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (event.target === dialog) dialog.close();
  });
}

// A module, not a global script: its names stay its own.
export {};
