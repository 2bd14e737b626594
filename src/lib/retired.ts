/**
 * Reads `content/retired.yaml` (schema in src/schemas/retired.ts): the
 * sources taken off the site whose addresses still answer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { load } from 'js-yaml';
import { retiredFileSchema, type RetiredSource } from '../schemas/retired.ts';
import { problem, yamlProblem, type Problem } from './problem.ts';

/** The retired sources (none when the file is absent), and any problem reading them. */
export function readRetired(path: string): { retired: RetiredSource[]; problems: Problem[] } {
  if (!existsSync(path)) return { retired: [], problems: [] };
  const file = relative(process.cwd(), path);
  let data: unknown;
  try {
    data = load(readFileSync(path, 'utf8')) ?? [];
  } catch (error) {
    return { retired: [], problems: [yamlProblem(file, error, 'Check quotes and indentation.')] };
  }
  const parsed = retiredFileSchema.safeParse(data);
  if (parsed.success) return { retired: parsed.data, problems: [] };
  return {
    retired: [],
    problems: parsed.error.issues.map((issue) =>
      problem({
        file,
        line: 1,
        message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        hint: 'Each entry is `- { slug, original, date, reason, reasonEn?, replacedBy? }`; see src/schemas/retired.ts.',
      }),
    ),
  };
}

/** The slugs of retired sources. */
export function retiredSlugs(path: string): Set<string> {
  return new Set(readRetired(path).retired.map((entry) => entry.slug));
}
