/**
 * The editors' translations of editions (`content/translations/<language>/<slug>.yaml`,
 * shape in src/schemas/translation.ts), read and checked against the edition
 * model: every block and note translated, nothing stale, every figure kept
 * (src/lib/figures.ts), and the glossary's English names used for the
 * entities the Chinese names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import {
  translationSchema,
  type TranslatedTable,
  type Translation,
} from '../schemas/translation.ts';
import type { EditionModel } from './edition-model.ts';
import { missingFigures } from './figures.ts';
import { problem, yamlProblem, type Problem } from './problem.ts';

/** Languages the editions are translated into. */
export const TRANSLATION_LANGUAGES = ['en'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export function translationPath(dir: string, language: TranslationLanguage, slug: string): string {
  return join(dir, language, `${slug}.yaml`);
}

export interface TranslationFile {
  /** Path shown in messages. */
  file: string;
  /** The file's text, for lines in messages. */
  source: string;
  translation?: Translation;
  problems: Problem[];
}

/** The line of a YAML key (`  p12:`) or of the first line holding `text` (1 when none does). */
export function lineOf(source: string, text: string): number {
  const lines = source.split('\n');
  const key = lines.findIndex((line) => line.trimStart().startsWith(`${text}:`));
  if (key !== -1) return key + 1;
  return lines.findIndex((line) => line.includes(text)) + 1 || 1;
}

/** Read one translation; undefined when the edition has none. */
export function readTranslation(
  dir: string,
  language: TranslationLanguage,
  slug: string,
): TranslationFile | undefined {
  const path = translationPath(dir, language, slug);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path);
  const source = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = load(source);
  } catch (error) {
    const hint = 'Quote every string with double quotes and escape inner ones as \\".';
    return { file, source, problems: [yamlProblem(file, error, hint)] };
  }
  const parsed = translationSchema.safeParse(data);
  if (!parsed.success) {
    return {
      file,
      source,
      problems: parsed.error.issues.map((issue) =>
        problem({
          file,
          line: lineOf(source, String(issue.path.at(-1) ?? issue.path[0] ?? '')),
          message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
          hint: 'See src/schemas/translation.ts for the shape of a translation.',
        }),
      ),
    };
  }
  return { file, source, translation: parsed.data, problems: [] };
}

/** The text of a translated block: a table's caption and cells in order. */
export function translatedText(block: string | TranslatedTable): string {
  return typeof block === 'string' ? block : [block.caption, ...block.rows.flat()].join(' ');
}

/** A block's English text (a table's caption and cells in order), when the edition is translated. */
export function englishOf(
  edition: Pick<EditionModel, 'translations'>,
  id: string,
): string | undefined {
  const block = edition.translations.en?.blocks[id];
  return block === undefined ? undefined : translatedText(block);
}

/** A note's English translation (inline Markdown), found by the note's Chinese text. */
export function englishNoteOf(
  edition: Pick<EditionModel, 'translations'>,
  text: string,
): string | undefined {
  return edition.translations.en?.notes.find((note) => note.zh === text)?.en;
}

/** What the checks need to know of an entity. */
export interface NamedEntity {
  id: string;
  nameEn: string;
  /** Other English forms accepted for the entity's aliases. */
  aliasesEn?: readonly string[];
}

/** Problems of a translation against its edition's model. */
export function translationProblems(
  { file, source, translation }: Required<Pick<TranslationFile, 'file' | 'source' | 'translation'>>,
  edition: EditionModel,
  entities: readonly NamedEntity[],
): Problem[] {
  const problems: Problem[] = [];
  const at = (key: string, message: string, hint: string) =>
    problems.push(problem({ file, line: lineOf(source, key), message, hint }));
  const leaves = edition.blocks.filter((block) => !block.container && block.text !== '');
  const ids = new Set(leaves.map((block) => block.id));

  for (const block of leaves) {
    const english = translation.blocks[block.id];
    if (english === undefined) {
      at(
        'blocks',
        `${block.id} has no translation: 「${block.text.slice(0, 30)}…」`,
        `Add \`${block.id}: "…"\` under blocks: every numbered block is translated.`,
      );
      continue;
    }
    for (const figure of missingFigures(block.text, translatedText(english))) {
      at(
        block.id,
        `${block.id}: the figure ${figure.printed} of the Chinese is not in the translation`,
        `Give every figure exactly; ${figure.printed} may be written as ${figure.forms.map((form) => `“${form}”`).join(' or ')} (content/README.md, "Translations").`,
      );
    }
  }
  for (const id of Object.keys(translation.blocks)) {
    if (!ids.has(id))
      at(
        id,
        `${id} is not a block of the edition with text`,
        'Remove it, or move it to the address the text has now (npm run find -- <text>).',
      );
  }

  const notes = new Set(edition.notes.map((note) => note.text));
  const translatedNotes = new Set(translation.notes.map((note) => note.zh));
  for (const note of edition.notes) {
    if (!translatedNotes.has(note.text))
      at(
        'notes',
        `note ${note.number} (${note.paragraph}) has no translation: 「${note.text.slice(0, 30)}…」`,
        'Add { zh: <the note exactly>, en: … } under notes; a changed note needs its translation revised.',
      );
  }
  for (const note of translation.notes) {
    if (!notes.has(note.zh))
      at(
        note.zh.slice(0, 12),
        `a translated note matches no note of the edition: 「${note.zh.slice(0, 30)}…」`,
        'The Chinese note changed or was removed: revise or remove its translation.',
      );
  }

  const marks = new Set(edition.marks.map((mark) => mark.text));
  const translatedMarks = new Set(translation.marks.map((mark) => mark.zh));
  for (const mark of edition.marks) {
    if (!translatedMarks.has(mark.text))
      at(
        'marks',
        `the ${mark.kind} mark in ${mark.paragraph ?? 'the edition'} has no translation: 「${mark.text.slice(0, 30)}」`,
        'Add { zh: <the mark exactly>, en: … } under marks.',
      );
  }
  for (const mark of translation.marks) {
    if (!marks.has(mark.zh))
      at(
        mark.zh.slice(0, 12),
        `a translated mark matches no mark of the edition: 「${mark.zh.slice(0, 30)}」`,
        'The Chinese changed or was removed: revise or remove its translation.',
      );
  }

  for (const { block, entity } of terminologyGaps(translation, edition, entities)) {
    at(
      block,
      `${block}: the entity ${entity.id} is named in the Chinese, but its English name “${entity.nameEn}” is not in the translation`,
      `Use the glossary's English name, or record why not under terminology: { block: ${block}, entity: ${entity.id}, reason: … }.`,
    );
  }
  return problems;
}

/**
 * A text folded for finding an English name in it: case, quotation marks,
 * hyphens and plural endings do not count ("key low-efficiency areas" is
 * found in "each key low-efficiency area").
 */
function termForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’“”"'()]/gu, '')
    .replace(/[-‐–]/gu, ' ')
    .replace(/\b(\w+?)s\b/gu, '$1')
    .replace(/\s+/gu, ' ');
}

/** Blocks where an entity linked in the Chinese is not named by its English name in the translation, unless recorded as justified. */
export function terminologyGaps(
  translation: Translation,
  edition: EditionModel,
  entities: readonly NamedEntity[],
): { block: string; entity: NamedEntity }[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const justified = new Set(
    translation.terminology.map((entry) => `${entry.block} ${entry.entity}`),
  );
  const seen = new Set<string>();
  const gaps: { block: string; entity: NamedEntity }[] = [];
  for (const mention of edition.mentions) {
    const key = `${mention.paragraph} ${mention.entity}`;
    const entity = byId.get(mention.entity);
    const english = translation.blocks[mention.paragraph];
    if (seen.has(key) || !entity || english === undefined || justified.has(key)) continue;
    seen.add(key);
    const text = termForm(translatedText(english));
    if (![entity.nameEn, ...(entity.aliasesEn ?? [])].some((name) => text.includes(termForm(name))))
      gaps.push({ block: mention.paragraph, entity });
  }
  return gaps;
}
