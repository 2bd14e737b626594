/**
 * The little Markdown a translated note or mark may hold, as HTML: links
 * `[text](/path)`, `**bold**` and `*emphasis*`; everything else is text,
 * escaped. Links must be site paths or http(s) addresses.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

function escape(text: string): string {
  return text.replace(/[&<>"]/gu, (character) => ESCAPES[character]!);
}

const INLINE = /\[([^\]]+)\]\(((?:\/|https?:\/\/)[^)\s]*)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/gu;

/** Inline Markdown → HTML; `href` maps each link's target (e.g. to add the site's base path). */
export function inlineMarkdown(
  text: string,
  href: (target: string) => string = (target) => target,
): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    html += escape(text.slice(last, match.index));
    const [, label, target, bold, emphasis] = match;
    if (label !== undefined) html += `<a href="${escape(href(target!))}">${escape(label)}</a>`;
    else if (bold !== undefined) html += `<strong>${escape(bold)}</strong>`;
    else html += `<em>${escape(emphasis!)}</em>`;
    last = match.index + match[0].length;
  }
  return html + escape(text.slice(last));
}

/** Inline Markdown → plain text: a link's label, the words of bold and emphasis (for search and data). */
export function inlineText(text: string): string {
  return text.replace(INLINE, (_, label, _target, bold, emphasis) => label ?? bold ?? emphasis);
}
