/**
 * YAML frontmatter, split from the body the way Astro splits it (so the
 * checks read exactly what the site renders). The frontmatter's lines are
 * blanked, not removed, so positions in the body are lines of the file.
 */
import { load } from 'js-yaml';
import { yamlProblem, type Problem } from './problem.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?=\r?\n|$)/u;

export interface SplitFile {
  /** The parsed frontmatter; empty when the file has none. */
  frontmatter: Record<string, unknown>;
  /** The body, with the frontmatter's lines left empty. */
  body: string;
}

/** Split a Markdown/MDX file. Throws js-yaml's error (with its line) on malformed YAML. */
export function splitFrontmatter(source: string): SplitFile {
  const match = FRONTMATTER.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  const parsed = load(match[1] ?? '');
  const frontmatter =
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  return { frontmatter, body: match[0].replace(/[^\r\n]/gu, '') + source.slice(match[0].length) };
}

/** The problem of frontmatter that is not valid YAML; its first line is the file's second (after ---). */
export function frontmatterYamlProblem(file: string, error: unknown): Problem {
  return yamlProblem(file, error, 'Check quotes and indentation in the --- block.', {
    firstLine: 2,
    subject: 'frontmatter',
  });
}

/** Line of a top-level frontmatter key, so schema errors point at it (1 when absent). */
export function frontmatterLine(source: string, key: string | number | undefined): number {
  if (key === undefined) return 1;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${String(key)}:`));
  return index === -1 ? 1 : index + 1;
}
