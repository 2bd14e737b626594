/**
 * The cite panel: fills the citation templates with the chosen scope (the
 * source, or one paragraph), and copies a citation. Opened from its summary,
 * from the cite action beside the title (`[data-cite-open]`), or for one
 * paragraph by the `qas:cite` event (a paragraph number's menu sends it).
 */
import { CITATION_TOKENS } from '../lib/citation-tokens.ts';

const panel = document.querySelector<HTMLDetailsElement>('.cite-panel');
const scope = document.querySelector<HTMLSelectElement>('#cite-scope');

/** Replace the tokens in every text node of a fragment. */
function fill(fragment: DocumentFragment, values: Record<keyof typeof CITATION_TOKENS, string>) {
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let text = node.nodeValue ?? '';
    for (const [key, token] of Object.entries(CITATION_TOKENS) as [
      keyof typeof CITATION_TOKENS,
      string,
    ][])
      text = text.replaceAll(token, values[key]);
    node.nodeValue = text;
  }
}

function render() {
  const option = scope?.selectedOptions[0];
  const id = option?.value ?? '';
  for (const figure of document.querySelectorAll<HTMLElement>('.citation')) {
    const template = figure.querySelector<HTMLTemplateElement>(
      `template[data-scope="${id ? 'paragraph' : 'source'}"]`,
    );
    const body = figure.querySelector<HTMLElement>('.citation-body');
    if (!template || !body) continue;
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    fill(fragment, { id, label: option?.dataset['label'] ?? '' });
    body.replaceChildren(fragment);
  }
}

/** Cite the paragraph the reader is at (the address in the URL), if any. */
function followAddress() {
  const id = location.hash.slice(1).split(':~:')[0] ?? '';
  if (scope && [...scope.options].some((option) => option.value === id && id !== ''))
    scope.value = id;
}

/** Open the panel (for one paragraph, or the source) and bring it into view. */
let requested = false;
function openPanel(id: string | undefined) {
  if (!panel || !scope) return;
  // The toggle event follows; the scope asked for wins over the address in the URL.
  requested = !panel.open;
  panel.open = true;
  const wanted = id ?? '';
  if ([...scope.options].some((option) => option.value === wanted)) scope.value = wanted;
  render();
  panel.scrollIntoView({ block: 'start' });
  panel.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
}

/** What the `qas:cite` event carries: the paragraph to cite, or none for the source. */
export interface CiteRequest {
  id?: string;
}

if (panel && scope) {
  scope.disabled = false;
  document.addEventListener('click', (event) => {
    const opener = (event.target as Element).closest('[data-cite-open]');
    if (!opener) return;
    event.preventDefault();
    openPanel(undefined);
  });
  document.addEventListener('qas:cite', (event) => {
    openPanel((event as CustomEvent<CiteRequest>).detail.id);
  });
  panel.addEventListener('toggle', () => {
    if (!panel.open) return;
    if (requested) requested = false;
    else followAddress();
    render();
  });
  scope.addEventListener('change', render);
  for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-citation')) {
    button.hidden = false;
    // The button's words, in the page's language, are the page's (CitePanel.astro).
    const idle = (button.textContent ?? '').trim();
    button.addEventListener('click', async () => {
      const text =
        button.closest('.citation')?.querySelector('.citation-body')?.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = button.dataset['copied'] ?? idle;
      } catch {
        button.textContent = button.dataset['failed'] ?? idle;
      }
      window.setTimeout(() => (button.textContent = idle), 2000);
    });
  }
}
