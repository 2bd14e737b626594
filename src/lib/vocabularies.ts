/**
 * Reads the editors' vocabularies (`content/vocabularies.yaml`, schema in
 * src/schemas/vocabularies.ts): document types, media, regions, speaker roles.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { load } from 'js-yaml';
import { vocabulariesSchema, type Vocabularies } from '../schemas/vocabularies.ts';
import { problem, yamlProblem, type Problem } from './problem.ts';

/** Line of `key:` in a YAML file (the first one found at any depth; 1 when absent). */
function lineOf(source: string, key: string | number | undefined): number {
  if (key === undefined) return 1;
  const index = source.split('\n').findIndex((line) => line.trim().startsWith(`${String(key)}:`));
  return index === -1 ? 1 : index + 1;
}

/** The vocabularies, or the problems that keep them from being read. */
export function readVocabularies(path: string): {
  vocabularies?: Vocabularies;
  problems: Problem[];
} {
  const file = relative(process.cwd(), path);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    return {
      problems: [
        problem({
          file,
          line: 1,
          message: 'the vocabularies file is missing',
          hint: 'Restore content/vocabularies.yaml: it lists the document types, media, regions and speaker roles editions may use.',
        }),
      ],
    };
  }
  let data: unknown;
  try {
    data = load(source);
  } catch (error) {
    return { problems: [yamlProblem(file, error, 'Check quotes and indentation.')] };
  }
  const parsed = vocabulariesSchema.safeParse(data);
  if (parsed.success) return { vocabularies: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) =>
      problem({
        file,
        line: lineOf(source, issue.path.at(-1) as string | number | undefined),
        message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        hint: 'Each type and medium is `key: { zh: …, en: … }` (media also `citeAs: newspaper|website`); each region and speaker role is `中文: { en: … }`. See src/schemas/vocabularies.ts.',
      }),
    ),
  };
}
