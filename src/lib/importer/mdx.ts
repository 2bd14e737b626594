/**
 * Writes blocks as MDX: escapes what MDX or Markdown would read as syntax, so
 * that every character of the original reaches the reader as text.
 */
import type { Block } from './blocks.ts';

/**
 * ASCII punctuation that starts MDX expressions or JSX (`{ } < >`), Markdown
 * emphasis, code, links and references (`* _ \` [ ] &`), GFM strikethrough and
 * table cells (`~ |`), and the escape character itself.
 */
const INLINE_SYNTAX = /[\\{}<>*_`[\]&~|]/gu;
/** Line starts that Markdown reads as a heading, list item or setext underline. */
const MARKER_AT_START = /^(?:#|[-+](?=\s|$)|=+\s*$)/u;
/** `1. ` or `1) ` at the start of a line would open an ordered list. */
const ORDERED_LIST_START = /^(\d+)([.)])(?=\s|$)/u;

/** Escape one line of plain text so that MDX renders it exactly as written. */
export function escapeMdxText(text: string): string {
  const inline = text.replace(INLINE_SYNTAX, (character) => `\\${character}`);
  if (MARKER_AT_START.test(inline)) return `\\${inline}`;
  return inline.replace(ORDERED_LIST_START, '$1\\$2');
}

/** `**bold**` in an original is Markdown already (some originals were copied as Markdown). */
const BOLD_SPAN = /\*\*([^*]+)\*\*/gu;

/** Escape a line, keeping the original's own `**bold**` spans as bold. */
function renderInline(text: string): string {
  let output = '';
  let last = 0;
  for (const match of text.matchAll(BOLD_SPAN)) {
    output += escapeMdxText(text.slice(last, match.index)) + `**${escapeMdxText(match[1]!)}**`;
    last = match.index + match[0].length;
  }
  return output + escapeMdxText(text.slice(last));
}

/** Render blocks as the body of an MDX file, one blank line between blocks. */
export function renderBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      const text = renderInline(block.text);
      switch (block.kind) {
        case 'heading':
          return `${'#'.repeat(block.depth)} ${text}`;
        case 'list-item':
          return `- ${text}`;
        case 'paragraph':
          return text;
        case 'byline':
          return `<Byline>${text}</Byline>`;
        case 'kicker':
          return `<Kicker>${text}</Kicker>`;
      }
    })
    .join('\n\n');
}

/** A YAML scalar that round-trips any string: JSON strings are valid YAML. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Frontmatter fields written by the importer, in the order the schema lists them. */
export interface DraftFrontmatter {
  title: string;
  subtitle?: string | undefined;
  publisher?: string | undefined;
  issuer?: string | undefined;
  documentNumber?: string | undefined;
  authors?: readonly string[] | undefined;
  date: string;
  type: string;
  medium: string;
  region: string;
  speakers?: readonly { name: string; role: string }[] | undefined;
  /** `draft` for a new source that is not annotated yet. */
  stage?: 'draft' | 'annotated' | undefined;
  introduction: { zh: string; en: string };
  summary: { zh: string; en: string };
  original: { file: string; sha256: string };
}

export function renderFrontmatter(data: DraftFrontmatter): string {
  const lines = ['---', `title: ${yamlString(data.title)}`];
  if (data.subtitle) lines.push(`subtitle: ${yamlString(data.subtitle)}`);
  if (data.publisher) lines.push(`publisher: ${yamlString(data.publisher)}`);
  if (data.issuer) lines.push(`issuer: ${yamlString(data.issuer)}`);
  if (data.documentNumber) lines.push(`documentNumber: ${yamlString(data.documentNumber)}`);
  if (data.authors && data.authors.length > 0)
    lines.push(`authors: [${data.authors.map(yamlString).join(', ')}]`);
  lines.push(
    `date: ${yamlString(data.date)}`,
    `type: ${yamlString(data.type)}`,
    `medium: ${yamlString(data.medium)}`,
    `region: ${yamlString(data.region)}`,
    ...(data.speakers && data.speakers.length > 0
      ? [
          'speakers:',
          ...data.speakers.map(
            (speaker) =>
              `  - { name: ${yamlString(speaker.name)}, role: ${yamlString(speaker.role)} }`,
          ),
        ]
      : []),
    ...(data.stage ? [`stage: ${yamlString(data.stage)}`] : []),
    'introduction:',
    `  zh: ${yamlString(data.introduction.zh)}`,
    `  en: ${yamlString(data.introduction.en)}`,
    'summary:',
    `  zh: ${yamlString(data.summary.zh)}`,
    `  en: ${yamlString(data.summary.en)}`,
    'original:',
    `  file: ${yamlString(data.original.file)}`,
    `  sha256: ${yamlString(data.original.sha256)}`,
    '---',
  );
  return lines.join('\n');
}
