/**
 * How a plugin stops the build: with the project's one problem shape (file,
 * line, column, message, hint), so the terminal, the dev server's overlay and
 * the checks all say it the same way.
 */
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { formatProblem, type Problem } from '../lib/problem.ts';

declare module 'vfile' {
  interface DataMap {
    /** The problems that stopped the compilation, for tools that report them (check:content). */
    problems: Problem[];
  }
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/** The problem at a node of the file being compiled. */
export function problemAt(
  file: VFile,
  node: Positioned | undefined,
  message: string,
  hint: string,
): Problem {
  const start = node?.position?.start;
  return {
    file: file.path ? relative(process.cwd(), file.path) : '(unknown file)',
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    message,
    hint,
  };
}

/** Stop the compilation of `file` with these problems (the first one's place is the error's place). */
export function failWith(file: VFile, problems: readonly Problem[]): never {
  const first = problems[0]!;
  file.data.problems = [...problems];
  file.fail(problems.map(formatProblem).join('\n'), {
    place: { line: first.line, column: first.column },
  });
}

/** Stop the compilation of `file` at `node`. */
export function fail(
  file: VFile,
  node: Positioned | undefined,
  message: string,
  hint: string,
): never {
  failWith(file, [problemAt(file, node, message, hint)]);
}
