/**
 * The importer: raw text of an original → draft MDX edition.
 *
 * The draft is a starting point for an editor, not a finished edition: it
 * rejoins broken lines, guesses headings, escapes MDX syntax and fills what
 * frontmatter it can find. Fields it cannot know (introduction, summary) are left empty,
 * so the content schema stops the build until an editor writes them.
 */
import { createHash } from 'node:crypto';
import { problem, ProblemError } from '../problem.ts';
import { segmentBlocks, type Block } from './blocks.ts';
import { renderBlocks, renderFrontmatter, type DraftFrontmatter } from './mdx.ts';

export type { Block } from './blocks.ts';
export { segmentBlocks } from './blocks.ts';
export { escapeMdxText } from './mdx.ts';

/** A problem with the input, with where it is and a hint on how to fix it. */
export class ImportError extends ProblemError {
  constructor(fields: Parameters<typeof problem>[0]) {
    super([problem(fields)]);
    this.name = 'ImportError';
  }

  /** How to fix it. */
  get hint(): string {
    return this.problems[0]!.hint;
  }
}

/** What an editor may state on the command line; anything else is detected or left empty. */
export interface ImportOptions {
  /** File name of the original, recorded in the frontmatter (`000_84ced32927626b77.txt`). */
  fileName: string;
  title?: string | undefined;
  subtitle?: string | undefined;
  /** ISO date (`2021-03-31`); detected from the text when omitted. */
  date?: string | undefined;
  publisher?: string | undefined;
  /** Document type, e.g. `plan` or `report`. Defaults to `report`. */
  type?: string | undefined;
  /** `newspaper` or `website`. Defaults to `newspaper`. */
  medium?: string | undefined;
  region?: string | undefined;
  /** Authors named in the original, as printed. */
  authors?: readonly string[] | undefined;
  /** Who speaks in the original, with the office they spoke in. */
  speakers?: readonly { name: string; role: string }[] | undefined;
  /** `draft` marks an edition not annotated yet. */
  stage?: 'draft' | 'annotated' | undefined;
  /** Introduction and summary, when the caller can state them; left empty otherwise. */
  introduction?: { zh: string; en: string } | undefined;
  summary?: { zh: string; en: string } | undefined;
}

export interface ImportResult {
  mdx: string;
  blocks: Block[];
  frontmatter: DraftFrontmatter;
}

/** Control characters other than tab, line feed, carriage return and form feed. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u;

/** Decode strictly as UTF-8, naming the first offending byte. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new ImportError({
      file: fileName,
      line: new TextDecoder().decode(bytes.subarray(0, offset)).split('\n').length,
      message: `not valid UTF-8 (first invalid byte at offset ${offset})`,
      hint: 'Convert the file to UTF-8 first, e.g. `iconv -f GB18030 -t UTF-8 in.txt > out.txt`.',
    });
  }
  const control = CONTROL.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    throw new ImportError({
      file: fileName,
      line,
      column: control.index - text.lastIndexOf('\n', control.index - 1),
      message: `control character U+${control[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()} in text`,
      hint: 'The file looks binary or damaged; import plain text only.',
    });
  }
  if (text.trim().length === 0) {
    throw new ImportError({
      file: fileName,
      line: 1,
      message: 'the file has no text',
      hint: 'Check that the right file was given.',
    });
  }
  return text.replace(/^\ufeff/u, '');
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const [length, low, high] =
      lead < 0x80
        ? [1, 0, 0]
        : lead >= 0xc2 && lead <= 0xdf
          ? [2, 0x80, 0xbf]
          : lead === 0xe0
            ? [3, 0xa0, 0xbf]
            : lead === 0xed
              ? [3, 0x80, 0x9f]
              : lead >= 0xe1 && lead <= 0xef
                ? [3, 0x80, 0xbf]
                : lead === 0xf0
                  ? [4, 0x90, 0xbf]
                  : lead === 0xf4
                    ? [4, 0x80, 0x8f]
                    : lead >= 0xf1 && lead <= 0xf3
                      ? [4, 0x80, 0xbf]
                      : [0, 0, 0];
    if (length === 0) return offset;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[offset + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return offset;
    }
    offset += length;
  }
  return offset;
}

/** Government web pages list their metadata as `• 文件字号青李沧政发〔2021〕12号`. */
const METADATA_FIELDS = {
  title: '文章标题',
  issuer: '制发机关',
  date: '成文日期',
  documentNumber: '文件字号',
} as const;

function metadataFromBullets(
  blocks: readonly Block[],
): Partial<Record<keyof typeof METADATA_FIELDS, string>> {
  const found: Partial<Record<keyof typeof METADATA_FIELDS, string>> = {};
  for (const block of blocks) {
    if (block.kind !== 'list-item') continue;
    for (const [field, label] of Object.entries(METADATA_FIELDS) as [
      keyof typeof METADATA_FIELDS,
      string,
    ][]) {
      if (block.text.startsWith(label) && found[field] === undefined) {
        found[field] = block.text.slice(label.length).trim();
      }
    }
  }
  return found;
}

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/u;
const CHINESE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;

/** The first full date printed in the text, as ISO `YYYY-MM-DD`. */
export function detectDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text);
  const chinese = CHINESE_DATE.exec(text);
  const first = [iso, chinese]
    .filter((match) => match !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (!first) return undefined;
  const [, year, month, day] = first;
  return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;

/** Turn the bytes of an original into a draft MDX edition. */
export function importOriginal(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const text = decodeUtf8(bytes, options.fileName);
  const blocks = segmentBlocks(text);
  const metadata = metadataFromBullets(blocks);
  const firstHeading = blocks.find((block) => block.kind === 'heading');
  const date = options.date ?? metadata.date ?? detectDate(text);
  if (date === undefined) {
    throw new ImportError({
      file: options.fileName,
      line: 1,
      message: 'no date found in the text',
      hint: 'Give the publication date with `--date YYYY-MM-DD`.',
    });
  }
  if (!ISO_DATE_ONLY.test(date)) {
    throw new ImportError({
      file: options.fileName,
      line: 1,
      message: `date "${date}" is not YYYY-MM-DD`,
      hint: 'Write the date as `--date 2021-03-31`.',
    });
  }
  const frontmatter: DraftFrontmatter = {
    title: options.title ?? metadata.title ?? firstHeading?.text ?? blocks[0]!.text,
    subtitle: options.subtitle,
    publisher: options.publisher,
    issuer: metadata.issuer,
    documentNumber: metadata.documentNumber,
    authors: options.authors,
    date,
    type: options.type ?? 'report',
    medium: options.medium ?? 'newspaper',
    region: options.region ?? '青岛市',
    speakers: options.speakers,
    stage: options.stage,
    introduction: options.introduction ?? { zh: '', en: '' },
    summary: options.summary ?? { zh: '', en: '' },
    original: { file: options.fileName, sha256: createHash('sha256').update(bytes).digest('hex') },
  };
  const mdx = `${renderFrontmatter(frontmatter)}\n\n${renderBlocks(blocks)}\n`;
  return { mdx, blocks, frontmatter };
}
