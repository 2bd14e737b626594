/**
 * The content checks that need no edition compiled, said once: the build
 * runs them before anything compiles (src/integrations/content-checks.ts),
 * `npm run check:content` runs them before it compiles every edition with the
 * build's own plugins (scripts/check-content.ts). Each edition's own checks
 * (components, expressions, coverage, notes, cross-references, glossary
 * ids, addresses) run while it compiles.
 */
import { readFileSync } from 'node:fs';
import { referenceChecker, sourceLinkTarget } from './cross-references.ts';
import { corpusProblems, frontmatterProblems } from './edition-check.ts';
import { loadGlossary, type Entity } from './glossary.ts';
import { problem, type Problem } from './problem.ts';
import { readVocabularies } from './vocabularies.ts';

export interface ContentPaths {
  sourcesDir: string;
  originalsDir: string;
  ledgerDir: string;
  glossaryDir: string;
  vocabulariesFile: string;
  retiredFile: string;
}

/** A Markdown link `[text](url)` (not an image), with where its URL starts. */
const MARKDOWN_LINK = /(?<!!)\[[^\]\n]*\]\(([^)\s]+)\)/gu;

/**
 * Plain Markdown links in glossary entries to sources and their paragraphs:
 * each must land on a paragraph that exists, as a `<CrossRef>` must.
 */
export function glossaryReferenceProblems(
  entities: readonly Pick<Entity, 'file'>[],
  paths: Pick<ContentPaths, 'sourcesDir' | 'ledgerDir' | 'retiredFile'>,
): Problem[] {
  const check = referenceChecker(paths);
  return entities.flatMap((entity) => {
    const lines = readFileSync(entity.file, 'utf8').split('\n');
    return lines.flatMap((text, index) =>
      [...text.matchAll(MARKDOWN_LINK)].flatMap((match) => {
        const target = sourceLinkTarget(match[1]!);
        if (!target) return [];
        const result = check(target.slug, target.id, `link (${match[1]})`);
        if (result.ok) return [];
        const column = match.index + match[0].indexOf('](') + 3;
        return [
          problem({
            file: entity.file,
            line: index + 1,
            column,
            message: result.message,
            hint: result.hint,
            excerpt: { text, start: column - 1, end: column - 1 + match[1]!.length },
          }),
        ];
      }),
    );
  });
}

/** Every problem that can be found without compiling an edition. */
export function preBuildProblems(paths: ContentPaths): Problem[] {
  const glossary = loadGlossary(paths.glossaryDir);
  return [
    ...readVocabularies(paths.vocabulariesFile).problems,
    ...frontmatterProblems(paths),
    ...corpusProblems(paths),
    ...glossary.problems,
    ...glossaryReferenceProblems(glossary.entities, paths),
  ];
}
