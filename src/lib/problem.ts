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
  /** The offending text, with the part at fault (UTF-16 offsets in `text`) underlined when shown. */
  excerpt?: Excerpt | undefined;
}

export interface Excerpt {
  text: string;
  start: number;
  end: number;
}

/** Characters a terminal shows two columns wide (CJK, full-width forms). */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function width(text: string): number {
  let columns = 0;
  for (const character of text) columns += WIDE.test(character) ? 2 : 1;
  return columns;
}

/** Up to `around` characters either side of the fault, the fault underlined with ^ on the next line. */
export function formatExcerpt({ text, start, end }: Excerpt, around = 16): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  const before = `${from > 0 ? '…' : ''}${text.slice(from, start)}`;
  const fault = text.slice(start, end);
  const after = `${text.slice(end, to)}${to < text.length ? '…' : ''}`;
  return `  | ${before}${fault}${after}\n  | ${' '.repeat(width(before))}${'^'.repeat(Math.max(1, width(fault)))}`;
}

/** A problem without a column: the column defaults to 1. */
export function problem(
  fields: Omit<Problem, 'column'> & { column?: number | undefined },
): Problem {
  return { ...fields, column: fields.column ?? 1 };
}

/** `file:line:column: message` and an indented hint, as editors and terminals read it. */
export function formatProblem({ file, line, column, message, hint, excerpt }: Problem): string {
  const shown = excerpt ? `\n${formatExcerpt(excerpt)}` : '';
  return `${file}:${line}:${column}: ${message}${shown}\n  hint: ${hint}`;
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

/**
 * The problem of a YAML text that does not parse (js-yaml's error names the
 * place, counting from 0); `firstLine` is the file line where the YAML begins.
 */
export function yamlProblem(
  file: string,
  error: unknown,
  hint: string,
  { firstLine = 1, subject }: { firstLine?: number; subject?: string } = {},
): Problem {
  const mark = (error as { mark?: { line?: number; column?: number } }).mark;
  return problem({
    file,
    line: (mark?.line ?? 0) + firstLine,
    column: (mark?.column ?? 0) + 1,
    message: `${subject ? `${subject} is ` : ''}not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    hint,
  });
}
