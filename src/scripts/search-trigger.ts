/**
 * Opens the search dialog from the header button, `/` or Ctrl/⌘-K. This is
 * all that loads with a page; the search code itself loads on first use.
 */
const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

async function open() {
  const { openDialog } = await import('./search/search-dialog.ts');
  openDialog();
}

if (dialog) {
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-trigger]')) {
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      void open();
    });
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
      void open();
    }
  });
  dialog.addEventListener('click', (event) => {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (event.target === dialog) dialog.close();
  });
}

// A module, not a global script: its names stay its own.
export {};
