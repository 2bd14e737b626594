/**
 * Paragraph links on reading pages:
 * - a click on a paragraph number opens its menu: copy the full URL of that
 *   paragraph, cite it, share it (without JavaScript the number is still a
 *   plain link to it);
 * - selecting text inside a paragraph offers "copy link to this passage":
 *   a text-fragment URL that also carries the paragraph id, so browsers
 *   without text fragments still land on the paragraph.
 */

import type { StringKey } from '../lib/i18n.ts';
import { parseQuery } from '../lib/search-query.ts';
import { wordRanges } from '../lib/search-text.ts';

const NUMBER = '.para-num';
const prose = document.querySelector<HTMLElement>('[data-numbered-text]');

/** The page's strings, from src/components/ParagraphLinks.astro, with their placeholders filled. */
const STRINGS = JSON.parse(
  document.querySelector<HTMLElement>('.paragraph-links')?.dataset['strings'] ?? '{}',
) as Partial<Record<StringKey, string>>;
const say = (key: StringKey, values: Record<string, string> = {}): string =>
  (STRINGS[key] ?? '').replace(/\{(\w+)\}/gu, (whole, name: string) => values[name] ?? whole);

function announce(message: string) {
  const status = document.querySelector<HTMLElement>('.copy-status');
  if (!status) return;
  status.textContent = message;
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = '';
  }, 2500);
}

/** Copy a link; `copied` says what was copied. */
async function copy(url: string, copied: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    announce(copied);
    return true;
  } catch {
    announce(say('clipboardFailed'));
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

const encodeTerm = (part: string) => encodeURIComponent(part).replace(/-/gu, '%2D');

/** The visible text of the page, white space folded, as a browser looks for a text fragment in it. */
function pageText(root: HTMLElement): { text: string; nodes: { node: Text; at: number }[] } {
  const nodes: { node: Text; at: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, template') || !parent.checkVisibility()) continue;
    nodes.push({ node, at: text.length });
    text += node.data;
  }
  return { text, nodes };
}

/**
 * A text directive (WICG Scroll to Text Fragment) that finds exactly the
 * selected text: its first occurrence on the page must be the selection.
 * A short selection is quoted whole, a longer one by its first and last
 * characters (as few as needed); a `prefix-` or `-suffix` of the text around
 * it is added when the quoted text also occurs earlier on the page. When no
 * such quote exists, there is no directive, and the link names the paragraph.
 */
export function textDirective(range: Range, root: HTMLElement = document.body): string {
  const { text, nodes } = pageText(root);
  let start = -1;
  let end = -1;
  for (const { node, at } of nodes) {
    if (!range.intersectsNode(node)) continue;
    if (start === -1) start = at + (node === range.startContainer ? range.startOffset : 0);
    end = at + (node === range.endContainer ? range.endOffset : node.data.length);
  }
  if (start === -1) return '';
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  const length = end - start;
  // Does the directive's first match on the page begin at the selection and end with it?
  const lands = (prefix: number, head: number, suffix: number): boolean => {
    const first = text.indexOf(text.slice(start - prefix, start + head), 0);
    if (first + prefix !== start) return false;
    if (head === length) return text.indexOf(text.slice(start, end + suffix), start) === start;
    return text.indexOf(text.slice(end - head, end + suffix), start + head) === end - head;
  };
  const directive = (prefix: number, head: number, suffix: number) => {
    const parts = [
      // The directive's grammar: prefix-,start[,end][,-suffix].
      prefix > 0 ? `${encodeTerm(text.slice(start - prefix, start))}-,` : '',
      encodeTerm(text.slice(start, start + head)),
      head < length ? `,${encodeTerm(text.slice(end - head, end))}` : '',
      suffix > 0 ? `,-${encodeTerm(text.slice(end, end + suffix))}` : '',
    ];
    return `:~:text=${parts.join('')}`;
  };
  const heads =
    length <= 24
      ? [length]
      : [10, 16, 24, 40, length].filter((head) => head * 2 < length || head === length);
  // Browsers match a term only from and to word boundaries: a term must not cut a run of Latin
  // letters or digits (…2035年 quoted from "035年"), so such a head grows until it does not.
  const latin = /[A-Za-z0-9]/u;
  const whole = (head: number): number => {
    let grown = head;
    while (
      grown < length &&
      ((latin.test(text[start + grown - 1] ?? '') && latin.test(text[start + grown] ?? '')) ||
        (latin.test(text[end - grown - 1] ?? '') && latin.test(text[end - grown] ?? '')))
    )
      grown += 1;
    return grown * 2 < length ? grown : length;
  };
  for (const context of [0, 4, 8, 16, 32])
    for (const head of [...new Set(heads.map(whole))]) {
      // Context stops at a line break: a term never runs across one.
      const prefix = Math.min(context, start - (text.lastIndexOf('\n', start - 1) + 1));
      const lineEnd = text.indexOf('\n', end);
      const suffix = Math.min(context, (lineEnd === -1 ? text.length : lineEnd) - end);
      if (lands(prefix, head, 0)) return directive(prefix, head, 0);
      if (lands(prefix, head, suffix)) return directive(prefix, head, suffix);
    }
  // No quote of the line finds the selection first (it repeats, in full, text earlier on the
  // page): the link names the paragraph alone, which holds the selection.
  return '';
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

/** The paragraph a menu item acts on: its address and label. */
interface MenuTarget {
  url: URL;
  label: string;
}

/** A menu item; `leads` when its action takes the reader elsewhere (focus goes there, not back to the number). */
function menuButton(
  label: string,
  action: (target: MenuTarget) => void,
  leads = false,
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', () => {
    const target = {
      url: new URL(menuFor?.getAttribute('href') ?? '', location.href),
      label: menuFor?.dataset['label'] ?? '',
    };
    closeParagraphMenu(!leads);
    action(target);
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
  menu.append(
    menuButton(say('paragraphCopyLink'), ({ url, label }) => {
      // The address bar shows the paragraph's address; the page stays where it is.
      history.replaceState(null, '', url.hash);
      void copy(url.href, say('paragraphCopied', { label }));
    }),
    // The cite panel opens on the paragraph and takes the focus (src/scripts/cite-panel.ts).
    menuButton(
      say('paragraphCite'),
      ({ url }) => {
        document.dispatchEvent(new CustomEvent('qas:cite', { detail: { id: url.hash.slice(1) } }));
      },
      true,
    ),
  );
  if (typeof navigator.share === 'function')
    menu.append(
      menuButton(say('paragraphShare'), ({ url, label }) => {
        void navigator
          .share({
            title: say('paragraphShareTitle', { title: document.title, label }),
            url: url.href,
          })
          .catch(() => undefined);
      }),
    );
  // Tab past the first or last item leaves the menu from its paragraph number, not from the page's end.
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const items = [...menu!.querySelectorAll('button')];
    const leaving = event.shiftKey
      ? document.activeElement === items[0]
      : document.activeElement === items.at(-1);
    if (leaving) closeParagraphMenu(true);
  });
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
  opened.setAttribute('aria-label', say('paragraphName', { label: number.dataset['label'] ?? '' }));
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
  let passage: { range: Range; id: string; label: string } | undefined;

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
    // The directive is worked out on demand: it reads the whole page's text.
    passage = { range: selection!.getRangeAt(0).cloneRange(), id: block.id, label };
    button.hidden = false;
  });

  // Keep the selection when the button is pressed with a pointer.
  button?.addEventListener('mousedown', (event) => event.preventDefault());
  button?.addEventListener('click', () => {
    if (!passage) return;
    const url = new URL(`#${passage.id}${textDirective(passage.range)}`, location.href);
    url.searchParams.delete('hl');
    button.dataset['href'] = url.href;
    void copy(url.href, say('selectionCopied', { label: passage.label }));
  });
}

/**
 * Arriving from search (`?hl=院士港#p12`): mark every occurrence of the
 * query's words in the target, across any inline markup, folded as search
 * folds text (width, case, punctuation between characters). Generated chrome
 * inside the target (note markers, paragraph numbers) is not text.
 */
export function markQuery(block: HTMLElement, query: string) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const ignored = node.parentElement?.closest('[data-pagefind-ignore]');
      return ignored && ignored !== block && block.contains(ignored)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const text = nodes.map((node) => node.data).join('');
  // Where each match falls, node by node, worked out before any node is split.
  const pieces: { node: Text; from: number; to: number }[] = [];
  let offset = 0;
  for (const node of nodes) {
    const length = node.data.length;
    for (const [start, end] of wordRanges(text, parseQuery(query).words)) {
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, length);
      if (from < to) pieces.push({ node, from, to });
    }
    offset += length;
  }
  // Wrapped from the last backwards: splitting a node leaves the text before the split in it.
  for (const { node, from, to } of pieces.reverse()) {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    range.surroundContents(mark);
  }
}

/**
 * Mark the query from `?hl=` where the address points (a paragraph, a note,
 * or the introduction's heading, whose section is marked), then drop `hl`
 * from the address, so links copied or cited from here never carry it.
 */
function highlightTarget() {
  const url = new URL(location.href);
  const query = url.searchParams.get('hl');
  if (!query) return;
  url.searchParams.delete('hl');
  history.replaceState(history.state, '', url);
  const target = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1).split(':~:')[0] ?? ''))
    : null;
  const scope = target?.matches('h2, h3') ? target.parentElement : target;
  if (!scope || scope.querySelector('mark.search-hit')) return;
  markQuery(scope, query);
}

highlightTarget();
