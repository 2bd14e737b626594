/**
 * The contents follow the reader: the entry of the section being read is
 * marked (`aria-current="location"`) and kept in view inside the contents'
 * own scrolling box. The section being read is the last heading above a line
 * a fifth of the way down the window.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const entries = links
  .map((link) => ({
    link,
    heading: document.getElementById(decodeURIComponent(link.hash.slice(1))),
  }))
  .filter(
    (entry): entry is { link: HTMLAnchorElement; heading: HTMLElement } => entry.heading !== null,
  );
const list = document.querySelector<HTMLElement>('.toc');
let current: HTMLAnchorElement | undefined;
let scheduled = false;

function update() {
  scheduled = false;
  const line = window.innerHeight / 5;
  let found: HTMLAnchorElement | undefined;
  for (const { link, heading } of entries) {
    if (heading.getBoundingClientRect().top > line) break;
    found = link;
  }
  if (found === current) return;
  current?.removeAttribute('aria-current');
  current = found;
  if (!found || !list) return;
  found.setAttribute('aria-current', 'location');
  // Scroll only the contents' own box (on wide screens it is sticky and scrolls by itself).
  if (list.scrollHeight > list.clientHeight) {
    const box = list.getBoundingClientRect();
    const item = found.getBoundingClientRect();
    if (item.top < box.top || item.bottom > box.bottom)
      list.scrollTop += item.top - box.top - box.height / 3;
  }
}

if (entries.length > 0) {
  window.addEventListener(
    'scroll',
    () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}

export {};
