/**
 * One shape for every problem the project reports about its content, from
 * the checks, the Markdown plugins and the importer alike: where it is, what
 * is wrong, and how to fix it.
 */

export interface Problem {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based column; 1 when unknown. */
  column: number;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** A problem without a column: the column defaults to 1. */
export function problem(
  fields: Omit<Problem, 'column'> & { column?: number | undefined },
): Problem {
  return { ...fields, column: fields.column ?? 1 };
}

/** `file:line:column: message` and an indented hint, as editors and terminals read it. */
export function formatProblem({ file, line, column, message, hint }: Problem): string {
  return `${file}:${line}:${column}: ${message}\n  hint: ${hint}`;
}

/** Thrown where problems must stop the work (the importer, a command-line tool). */
export class ProblemError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ProblemError';
    this.problems = problems;
  }
}
