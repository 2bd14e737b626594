/**
 * The glossary index's instant filter: Chinese, pinyin (full or initials) or
 * English. Traditional characters are accepted: a query in Han characters
 * that finds nothing is converted to simplified with OpenCC (loaded only
 * then) and tried again.
 */
import { toSimplified } from './simplified.ts';

const box = document.querySelector<HTMLElement>('.glossary-filter');
const input = document.querySelector<HTMLInputElement>('#glossary-filter-input');
const status = document.querySelector<HTMLElement>('.filter-status');
const HAN = /\p{Script=Han}/u;

if (box && input && status) {
  box.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>('.entity-group li[data-filter]')];

  /** Show the entries matching the query; how many. */
  const show = (query: string): number => {
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
    return shown;
  };

  input.addEventListener('input', async () => {
    const typed = input.value;
    const query = typed.trim().toLowerCase().replace(/\s+/gu, '');
    let shown = show(query);
    let note = '';
    if (shown === 0 && HAN.test(query)) {
      const simplified = await toSimplified(query);
      // The reader may have typed on while the converter loaded.
      if (input.value !== typed) return;
      if (simplified !== query) {
        shown = show(simplified);
        note = `（按简体“${simplified}”）`;
      }
    }
    status.textContent = query === '' ? '' : `${shown} 条符合${note}`;
  });
}

// A module, not a global script: its names stay its own.
export {};
