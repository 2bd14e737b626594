/** The glossary index's instant filter: Chinese, pinyin (full or initials) or English. */
const box = document.querySelector<HTMLElement>('.glossary-filter');
const input = document.querySelector<HTMLInputElement>('#glossary-filter-input');
const status = document.querySelector<HTMLElement>('.filter-status');

if (box && input && status) {
  box.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>('.entity-group li[data-filter]')];
  input.addEventListener('input', () => {
    const query = input.value.trim().toLowerCase().replace(/\s+/gu, '');
    let shown = 0;
    for (const item of items) {
      // Spaces are dropped on both sides, so "zhang cun he", "zhangcunhe" and "Zhangcun River" all match.
      const match =
        query === '' || (item.dataset['filter'] ?? '').replace(/\s+/gu, '').includes(query);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('.entity-group'))
      group.hidden = !group.querySelector('li:not([hidden])');
    document.querySelector<HTMLElement>('.alphabetical')!.hidden = query !== '';
    document.querySelector<HTMLElement>('.letter-bar')!.hidden = query !== '';
    status.textContent = query === '' ? '' : `${shown} 条符合`;
  });
}

// A module, not a global script: its names stay its own.
export {};
