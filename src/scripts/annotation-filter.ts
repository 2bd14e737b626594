/** The annotations page's filters: by source and by kind. */
const form = document.querySelector<HTMLElement>('.annotation-filters');

if (form) {
  form.hidden = false;
  const status = form.querySelector<HTMLElement>('.filter-status')!;
  const apply = () => {
    const source = document.querySelector<HTMLSelectElement>('#annotation-source')!.value;
    const kind = document.querySelector<HTMLSelectElement>('#annotation-kind')!.value;
    let shown = 0;
    for (const section of document.querySelectorAll<HTMLElement>('.annotation-source')) {
      let inSection = 0;
      for (const item of section.querySelectorAll<HTMLElement>('li[data-kind]')) {
        const match =
          (source === '' || section.dataset['source'] === source) &&
          (kind === '' || item.dataset['kind'] === kind);
        item.hidden = !match;
        if (match) inSection += 1;
      }
      section.hidden = inSection === 0;
      shown += inSection;
    }
    status.textContent = `显示 ${shown} 条`;
  };
  form.addEventListener('change', apply);
}

export {};
