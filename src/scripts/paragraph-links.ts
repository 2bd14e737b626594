/**
 * Paragraph links on reading pages:
 * - a click on a paragraph number opens its menu: copy the full URL of that
 *   paragraph, cite it, share it (without JavaScript the number is still a
 *   plain link to it);
 * - selecting text inside a paragraph offers "copy link to this passage":
 *   a text-fragment URL that also carries the paragraph id, so browsers
 *   without text fragments still land on the paragraph.
 */

import { matchRanges } from '../lib/search-text.ts';

const NUMBER = '.para-num';
const prose = document.querySelector<HTMLElement>('.prose');

function announce(message: string) {
  const status = document.querySelector<HTMLElement>('.copy-status');
  if (!status) return;
  status.textContent = message;
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 2500);
}

async function copy(url: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    announce(`已复制${what}的链接`);
    return true;
  } catch {
    announce('无法访问剪贴板，请从地址栏复制链接');
    return false;
  }
}

/** The numbered block an element belongs to. */
function blockOf(node: Node | null): HTMLElement | undefined {
  const element = node instanceof HTMLElement ? node : node?.parentElement;
  let block = element?.closest<HTMLElement>('[id]') ?? undefined;
  while (block && !block.querySelector(`:scope > ${NUMBER}`))
    block = block.parentElement?.closest<HTMLElement>('[id]') ?? undefined;
  return block;
}

/**
 * A text directive for the selection (WICG Scroll to Text Fragment): the
 * whole text when short, else its first and last words as a range.
 */
export function textDirective(selected: string): string {
  const text = selected.replace(/\s+/gu, ' ').trim();
  const characters = [...text];
  const encode = (part: string) => encodeURIComponent(part).replace(/-/gu, '%2D');
  if (characters.length <= 24) return `:~:text=${encode(text)}`;
  return `:~:text=${encode(characters.slice(0, 10).join(''))},${encode(characters.slice(-10).join(''))}`;
}

/*
 * The paragraph-number menu: a click or tap on a number (or Enter on it)
 * opens a small menu beside it — copy the paragraph's link, cite it, share
 * it — instead of following the link, so the page does not jump. Esc, or a
 * click elsewhere, closes it. Without JavaScript the number is a plain link.
 */

let menu: HTMLElement | undefined;
let menuFor: HTMLAnchorElement | undefined;

function closeParagraphMenu(returnFocus: boolean) {
  if (!menu || menu.hidden) return;
  menu.hidden = true;
  menuFor?.setAttribute('aria-expanded', 'false');
  if (returnFocus) menuFor?.focus();
  menuFor = undefined;
}

function menuButton(label: string, action: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', () => {
    action();
    closeParagraphMenu(true);
  });
  return button;
}

function paragraphMenu(): HTMLElement {
  if (menu) return menu;
  menu = document.createElement('div');
  menu.className = 'para-menu';
  menu.setAttribute('role', 'group');
  menu.dataset['pagefindIgnore'] = '';
  menu.hidden = true;
  const url = () => new URL(menuFor?.getAttribute('href') ?? '', location.href);
  const label = () => menuFor?.dataset['label'] ?? '';
  menu.append(
    menuButton('复制链接', () => {
      const address = url();
      // The address bar shows the paragraph's address; the page stays where it is.
      history.replaceState(null, '', address.hash);
      void copy(address.href, `第 ${label()} 段`);
    }),
    menuButton('引用此段', () => {
      document.dispatchEvent(new CustomEvent('qas:cite', { detail: { id: url().hash.slice(1) } }));
    }),
  );
  if (typeof navigator.share === 'function')
    menu.append(
      menuButton('分享', () => {
        void navigator
          .share({ title: `${document.title} 第 ${label()} 段`, url: url().href })
          .catch(() => undefined);
      }),
    );
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeParagraphMenu(true);
  });
  document.body.append(menu);
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (!target.closest('.para-menu') && !target.closest(NUMBER)) closeParagraphMenu(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeParagraphMenu(true);
  });
  return menu;
}

function openParagraphMenu(number: HTMLAnchorElement) {
  const opened = paragraphMenu();
  if (menuFor === number && !opened.hidden) {
    closeParagraphMenu(true);
    return;
  }
  closeParagraphMenu(false);
  menuFor = number;
  opened.setAttribute('aria-label', `第 ${number.dataset['label'] ?? ''} 段`);
  number.setAttribute('aria-expanded', 'true');
  const box = number.getBoundingClientRect();
  opened.hidden = false;
  const left = Math.min(
    box.left + window.scrollX,
    window.scrollX + document.documentElement.clientWidth - opened.offsetWidth - 8,
  );
  opened.style.left = `${Math.max(8, left)}px`;
  opened.style.top = `${box.bottom + window.scrollY + 4}px`;
  opened.querySelector('button')?.focus();
}

if (prose) {
  for (const number of prose.querySelectorAll<HTMLAnchorElement>(NUMBER)) {
    number.setAttribute('aria-haspopup', 'true');
    number.setAttribute('aria-expanded', 'false');
  }
  prose.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>(NUMBER);
    if (!link) return;
    event.preventDefault();
    openParagraphMenu(link);
  });

  const button = document.querySelector<HTMLButtonElement>('.passage-link');
  let passage: { url: string; label: string } | undefined;

  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const text = selection?.toString().trim() ?? '';
    const block =
      selection && selection.rangeCount > 0
        ? blockOf(selection.getRangeAt(0).commonAncestorContainer)
        : undefined;
    if (!button || !block || text.length === 0 || !prose.contains(block)) {
      if (button) button.hidden = true;
      passage = undefined;
      return;
    }
    const label = block.querySelector<HTMLElement>(`:scope > ${NUMBER}`)?.dataset['label'] ?? '';
    passage = { url: new URL(`#${block.id}${textDirective(text)}`, location.href).href, label };
    button.hidden = false;
  });

  // Keep the selection when the button is pressed with a pointer.
  button?.addEventListener('mousedown', (event) => event.preventDefault());
  button?.addEventListener('click', () => {
    if (passage) void copy(passage.url, `第 ${passage.label} 段中所选文字`);
  });
}

/**
 * Arriving from search (`?hl=院士港#p12`): mark the query in the target
 * paragraph, across any inline markup, ignoring spaces and punctuation width.
 */
export function markQuery(block: HTMLElement, query: string) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  const ranges = matchRanges(text, query);
  // Wrap from the last match backwards so earlier offsets stay valid.
  for (const [start, end] of ranges.reverse()) {
    let offset = 0;
    for (const node of [...nodes]) {
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, node.data.length);
      if (from < to) {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, to);
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        range.surroundContents(mark);
      }
      offset += node.data.length;
    }
  }
}

/** Mark the query from `?hl=` in the paragraph the address points at, once per paragraph. */
function highlightTarget() {
  const query = new URL(location.href).searchParams.get('hl');
  const target = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1).split(':~:')[0] ?? ''))
    : null;
  if (!query || !target || target.querySelector('mark.search-hit')) return;
  markQuery(target, query);
}

highlightTarget();
// Another hit on the same page is a same-document navigation: no reload, only a new hash.
window.addEventListener('hashchange', highlightTarget);
