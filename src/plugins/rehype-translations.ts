/**
 * Reads the editors' translations of an edition (src/lib/translations.ts),
 * checks each against the edition model just worked out (every block and
 * note translated, nothing stale, every figure kept, the glossary's English
 * names used) and attaches it to the model, so the English pages, open data
 * and search read the translation beside the Chinese. An edition without a
 * translation is published in Chinese only; a translation, once there, must
 * be whole: its problems stop the build with file, line and hint.
 */
import { basename, resolve } from 'node:path';
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import {
  readTranslation,
  TRANSLATION_LANGUAGES,
  translationProblems,
  type NamedEntity,
} from '../lib/translations.ts';
import { failWith } from './fail.ts';

export interface TranslationsOptions {
  /** Folder of the editions; other files are left alone. */
  sourcesDir: string;
  /** Folder of the translations: `<language>/<slug>.yaml`. */
  translationsDir: string;
  /** The glossary's entities, asked for each file (the terminology check). */
  entities: () => readonly NamedEntity[];
}

export function rehypeTranslations(options: TranslationsOptions) {
  const sourcesDir = resolve(options.sourcesDir);
  return (_tree: Root, file: VFile) => {
    const path = file.path ? resolve(file.path) : '';
    const edition = file.data.edition;
    if (!edition || !path.startsWith(sourcesDir)) return;
    const slug = basename(path, '.mdx');
    for (const language of TRANSLATION_LANGUAGES) {
      const read = readTranslation(options.translationsDir, language, slug);
      if (!read) continue;
      const problems = read.translation
        ? translationProblems(
            { file: read.file, source: read.source, translation: read.translation },
            edition,
            options.entities(),
          )
        : read.problems;
      if (problems.length > 0) failWith(file, problems);
      if (read.translation) edition.translations[language] = read.translation;
    }
  };
}
