/**
 * Preview cards for glossary links: name, type, summary and how often the
 * sources mention the entity. Shown on hover, on keyboard focus and on tap
 * (a second tap, or the card's own link, opens the entry); Esc closes. The
 * data (/glossary/previews.json) loads once, on first use. Without
 * JavaScript the links simply lead to the entries.
 */
import { href } from '../data/links.ts';
interface EntityPreview {
  name: string;
  nameEn: string;
  type: string;
  summary: string;
  mentions: number;
}

const LINK = 'a.entity-link[data-entity]';
const HOVER_DELAY = 250;
let previews: Promise<Record<string, EntityPreview>> | undefined;
let card: HTMLElement | undefined;
let owner: HTMLAnchorElement | undefined;
let timer: number | undefined;

function data(): Promise<Record<string, EntityPreview>> {
  previews ??= fetch(href('/glossary/previews.json')).then((response) =>
    response.ok ? response.json() : Promise.reject(new Error(`${response.status}`)),
  );
  previews.catch(() => (previews = undefined));
  return previews;
}

function cardElement(): HTMLElement {
  if (card) return card;
  card = document.createElement('div');
  card.id = 'entity-preview';
  card.className = 'entity-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  card.addEventListener('pointerleave', () => schedule(hide));
  card.addEventListener('pointerenter', () => window.clearTimeout(timer));
  document.body.append(card);
  return card;
}

function schedule(action: () => void, delay = HOVER_DELAY) {
  window.clearTimeout(timer);
  timer = window.setTimeout(action, delay);
}

function hide() {
  if (!card || card.hidden) return;
  card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

async function show(link: HTMLAnchorElement) {
  const id = link.dataset['entity'] ?? '';
  const preview = (await data().catch(() => undefined))?.[id];
  if (!preview) return;
  const node = cardElement();
  const title = document.createElement('p');
  title.className = 'entity-preview-title';
  const name = document.createElement('strong');
  name.textContent = preview.name;
  const type = document.createElement('span');
  type.textContent = ` ${preview.type}`;
  title.append(name, type);
  const english = document.createElement('p');
  english.lang = 'en';
  english.className = 'entity-preview-en';
  english.textContent = preview.nameEn;
  const summary = document.createElement('p');
  summary.textContent = preview.summary;
  const more = document.createElement('a');
  more.href = link.href;
  more.textContent = `查看条目 · 文献中出现 ${preview.mentions} 处`;
  node.replaceChildren(title, english, summary, more);
  owner?.removeAttribute('aria-describedby');
  owner = link;
  link.setAttribute('aria-describedby', node.id);
  node.hidden = false;
  // Below the link, kept inside the viewport; the card is positioned, so nothing around it moves.
  const box = link.getBoundingClientRect();
  const width = Math.min(320, window.innerWidth - 16);
  node.style.width = `${width}px`;
  node.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
  node.style.top = `${box.bottom + window.scrollY + 6}px`;
}

document.addEventListener('pointerover', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>(LINK);
  if (link && event.pointerType === 'mouse') schedule(() => void show(link));
});
document.addEventListener('pointerout', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>(LINK);
  if (link && event.pointerType === 'mouse') schedule(hide);
});
document.addEventListener('focusin', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>(LINK);
  if (link) void show(link);
  else if (!card?.contains(event.target as Node)) hide();
});
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>(LINK);
  if (!link || (event as PointerEvent).pointerType !== 'touch') return;
  // First tap previews; a second tap on the same link follows it.
  if (owner !== link || card?.hidden) {
    event.preventDefault();
    void show(link);
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && card && !card.hidden) {
    const link = owner;
    hide();
    link?.focus({ preventScroll: true });
  }
});

// A module, not a global script: its names stay its own.
export {};
