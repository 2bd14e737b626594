/**
 * Checks an edition before it is built, so bad input stops the build with the
 * file, the line and a hint: malformed MDX, frontmatter that fails the schema,
 * a checksum that does not match the original, an unknown component, a
 * missing attribute, and any passage lost or reworded without a record.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { sourceSchema } from '../schemas/source.ts';
import { checkCoverage, type CoverageReport, type Passage } from './coverage.ts';
import { EDITION_COMPONENTS, EDITION_HTML_ELEMENTS, REQUIRED_ATTRIBUTES, type EditionComponentName } from './edition-components.ts';
import { editionBlocks, parseEdition } from './edition-text.ts';

export interface Problem {
  file: string;
  line: number;
  message: string;
  hint: string;
}

export interface EditionCheck {
  problems: Problem[];
  /** Absent when the edition could not be parsed. */
  coverage?: CoverageReport;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.message}\n  hint: ${problem.hint}`;
}

const KNOWN_ELEMENTS = new Set<string>([...EDITION_COMPONENTS, ...EDITION_HTML_ELEMENTS]);

/** Line of a top-level frontmatter key, so schema errors point at it (1 when absent). */
export function frontmatterLine(source: string, key: string | number | undefined): number {
  if (key === undefined) return 1;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${String(key)}:`));
  return index === -1 ? 1 : index + 1;
}

function checkFrontmatter(file: string, source: string, frontmatter: Record<string, unknown>, originalsDir: string): Problem[] {
  const parsed = sourceSchema.safeParse(frontmatter);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      file,
      line: frontmatterLine(source, issue.path[0] as string | number | undefined),
      message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
      hint: 'Every edition needs title, date, type, medium, region, introduction.zh/en, summary.zh/en and original.{file,sha256}; see src/schemas/source.ts.',
    }));
  }
  const { file: originalFile, sha256 } = parsed.data.original;
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(originalsDir, originalFile));
  } catch {
    return [{ file, line: frontmatterLine(source, 'original'), message: `original ${originalFile} not found in content/originals/`, hint: 'Name a file that exists in content/originals/.' }];
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  return actual === sha256
    ? []
    : [{ file, line: frontmatterLine(source, 'original'), message: `original.sha256 does not match ${originalFile} (file has ${actual})`, hint: 'Originals never change: if the checksum is a typo, copy it from content/originals/SHA256SUMS.' }];
}

function checkElements(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Root | RootContent) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const line = node.position?.start.line ?? 0;
    const name = node.name ?? '';
    if (!KNOWN_ELEMENTS.has(name)) {
      problems.push({ file, line, message: `unknown element <${name || '>'}>`, hint: `Use one of ${EDITION_COMPONENTS.join(', ')} or a table element (${EDITION_HTML_ELEMENTS.join(', ')}).` });
      return;
    }
    for (const required of REQUIRED_ATTRIBUTES[name as EditionComponentName] ?? []) {
      const present = node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === required && typeof attribute.value === 'string' && attribute.value.trim() !== '');
      if (!present) problems.push({ file, line, message: `<${name}> needs a ${required}="…" attribute`, hint: `Write e.g. <${name} ${(REQUIRED_ATTRIBUTES[name as EditionComponentName] ?? []).map((attribute) => `${attribute}="…"`).join(' ')}>.` });
    }
  });
  return problems;
}

/**
 * Group missing passages that follow each other in the original (blank lines
 * between them do not count), so a lost page is one problem, not fifty.
 */
function consecutiveRuns(missing: readonly Passage[]): Passage[][] {
  const runs: Passage[][] = [];
  for (const passage of missing) {
    const run = runs.at(-1);
    if (run && passage.index === run.at(-1)!.index + 1) run.push(passage);
    else runs.push([passage]);
  }
  return runs;
}

/** Check one edition; `file` is the path shown in messages. */
export function checkEdition(file: string, source: string, originalsDir: string): EditionCheck {
  let parsed: ReturnType<typeof parseEdition>;
  try {
    parsed = parseEdition(source);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    return {
      problems: [{ file, line: place.line ?? 1, message: `malformed MDX: ${place.reason ?? place.message ?? String(error)}`, hint: 'Escape MDX syntax in text: write \\{ \\} \\< \\> for literal braces and angle brackets, and close every <Component>.' }],
    };
  }
  const problems = [...checkFrontmatter(file, source, parsed.frontmatter, originalsDir), ...checkElements(file, parsed.tree)];
  const originalFile = (parsed.frontmatter['original'] as { file?: unknown } | undefined)?.file;
  if (typeof originalFile !== 'string') return { problems };
  let original: string;
  try {
    original = readFileSync(join(originalsDir, originalFile), 'utf8');
  } catch {
    return { problems };
  }
  const coverage = checkCoverage(original, editionBlocks(parsed.tree, 'printed'));
  for (const run of consecutiveRuns(coverage.missing)) {
    const lines = run.length === 1 ? `${run[0]!.line}` : `${run[0]!.line}–${run.at(-1)!.line}`;
    const preview = run.slice(0, 3).map((passage) => passage.text).join(' / ');
    problems.push({
      file,
      line: 1,
      message: `${run.length} passage(s) lost from ${originalFile}:${lines}: ${preview}${run.length > 3 ? ' …' : ''}`,
      hint: 'Keep every passage of the original, or wrap it in <Omission reason="…"> with the reason it is left out.',
    });
  }
  for (const block of coverage.unrecorded) {
    problems.push({ file, line: block.line, message: `wording differs from ${originalFile} without a record: ${block.text.slice(0, 50)}…`, hint: 'Record each change of wording with <Correction printed="as printed" reason="…">corrected</Correction>; explain a join of two passages with <EditorNote>.' });
  }
  return { problems, coverage };
}

export interface EditionReport extends EditionCheck {
  /** File name, e.g. `2021-licang-14th-five-year-plan.mdx`. */
  name: string;
  /** Path shown in messages, relative to the working directory. */
  file: string;
}

/** Check every edition in `sourcesDir` (or only the named files), in name order. */
export function checkEditions(paths: { sourcesDir: string; originalsDir: string }, only?: ReadonlySet<string>): EditionReport[] {
  return readdirSync(paths.sourcesDir)
    .filter((name) => name.endsWith('.mdx') && (only === undefined || only.size === 0 || only.has(name)))
    .sort()
    .map((name) => {
      const file = relative(process.cwd(), join(paths.sourcesDir, name));
      return { name, file, ...checkEdition(file, readFileSync(join(paths.sourcesDir, name), 'utf8'), paths.originalsDir) };
    });
}
