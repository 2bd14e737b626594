/**
 * Checks an edition before it is built, so bad input stops the build with the
 * file, the line and a hint: malformed MDX, frontmatter that fails the schema,
 * a checksum that does not match the original, an unknown component, a
 * missing attribute, and any passage lost or reworded without a record.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { sourceSchema } from '../schemas/source.ts';
import { checkCoverage, type CoverageReport, type Passage } from './coverage.ts';
import {
  EDITION_COMPONENTS,
  EDITION_HTML_ELEMENTS,
  REQUIRED_ATTRIBUTES,
  type EditionComponentName,
} from './edition-components.ts';
import { editionBlocks, parseEdition, type ParsedEdition } from './edition-text.ts';
import { frontmatterLine, frontmatterYamlProblem, splitFrontmatter } from './frontmatter.ts';
import { problem, type Problem } from './problem.ts';
import { readRetired } from './retired.ts';
import { characterCount } from './text.ts';

export interface EditionCheck {
  problems: Problem[];
  /** Absent when the edition could not be parsed. */
  coverage?: CoverageReport;
}

const KNOWN_ELEMENTS = new Set<string>([...EDITION_COMPONENTS, ...EDITION_HTML_ELEMENTS]);

function checkFrontmatter(
  file: string,
  source: string,
  frontmatter: Record<string, unknown>,
  originalsDir: string,
): Problem[] {
  const parsed = sourceSchema.safeParse(frontmatter);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) =>
      problem({
        file,
        line: frontmatterLine(source, issue.path[0] as string | number | undefined),
        message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
        hint: 'Every edition needs title, date, type, medium, region, introduction.zh/en, summary.zh/en and original.{file,sha256}; see src/schemas/source.ts.',
      }),
    );
  }
  const { file: originalFile, sha256 } = parsed.data.original;
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(originalsDir, originalFile));
  } catch {
    return [
      problem({
        file,
        line: frontmatterLine(source, 'original'),
        message: `original ${originalFile} not found in content/originals/`,
        hint: 'Name a file that exists in content/originals/.',
      }),
    ];
  }
  const actual = createHash('sha256').update(bytes).digest('hex');
  return actual === sha256
    ? []
    : [
        problem({
          file,
          line: frontmatterLine(source, 'original'),
          message: `original.sha256 does not match ${originalFile} (file has ${actual})`,
          hint: 'Originals never change: if the checksum is a typo, copy it from content/originals/SHA256SUMS.',
        }),
      ];
}

function checkElements(file: string, tree: Root): Problem[] {
  const problems: Problem[] = [];
  visit(tree, (node: Root | RootContent) => {
    const line = node.position?.start.line ?? 0;
    const column = node.position?.start.column ?? 1;
    if (
      node.type === 'mdxTextExpression' ||
      node.type === 'mdxFlowExpression' ||
      node.type === 'mdxjsEsm'
    ) {
      // An expression would add text the coverage check cannot see (or run code): editions are text.
      const code = node.type === 'mdxjsEsm' ? node.value.split('\n')[0]! : `{${node.value}}`;
      problems.push({
        file,
        line,
        column,
        message: `${node.type === 'mdxjsEsm' ? 'import/export' : 'expression'} ${code} in an edition`,
        hint: 'Editions hold text only: write literal braces as \\{ and \\}, and mark editorial insertions with <Correction> or <EditorNote>.',
      });
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    if (!KNOWN_ELEMENTS.has(name)) {
      problems.push({
        file,
        line,
        column,
        message: `unknown element <${name || '>'}>`,
        hint: `Use one of ${EDITION_COMPONENTS.join(', ')} or a table element (${EDITION_HTML_ELEMENTS.join(', ')}).`,
      });
      return;
    }
    for (const required of REQUIRED_ATTRIBUTES[name as EditionComponentName] ?? []) {
      const present = node.attributes.some(
        (attribute) =>
          attribute.type === 'mdxJsxAttribute' &&
          attribute.name === required &&
          typeof attribute.value === 'string' &&
          attribute.value.trim() !== '',
      );
      if (!present)
        problems.push({
          file,
          line,
          column,
          message: `<${name}> needs a ${required}="…" attribute`,
          hint: `Write e.g. <${name} ${(REQUIRED_ATTRIBUTES[name as EditionComponentName] ?? []).map((attribute) => `${attribute}="…"`).join(' ')}>.`,
        });
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

/** What an annotated edition must give readers: notes for its length, an introduction worth reading. */
export const ANNOTATION_RULES = {
  /** At least one note per this many characters of the original (spaces aside). */
  charactersPerNote: 1000,
  /** Shortest introduction, in characters. */
  introduction: { zh: 41, en: 81 },
} as const;

/**
 * The rules of an annotated edition (a `stage: draft` one waits for them):
 * enough notes for the length of its original, and an introduction in both
 * languages long enough to say who published it, when, and why it matters.
 */
function annotationProblems(file: string, parsed: ParsedEdition, original: string): Problem[] {
  if (parsed.frontmatter['stage'] === 'draft') return [];
  const problems: Problem[] = [];
  let notes = 0;
  visit(parsed.tree, (node: Root | RootContent) => {
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      node.name === 'Note'
    )
      notes += 1;
  });
  const characters = characterCount(original);
  const needed = Math.ceil(characters / ANNOTATION_RULES.charactersPerNote);
  if (notes < needed)
    problems.push(
      problem({
        file,
        line: 1,
        message: `${notes} note(s) for ${characters} characters of the original; an annotated edition has at least ${needed} (one per ${ANNOTATION_RULES.charactersPerNote})`,
        hint: 'Add <Note kind="…" basis="…"> where readers need help (content/README.md, "Annotations"), or mark the edition `stage: draft` until it is annotated.',
      }),
    );
  const introduction = parsed.frontmatter['introduction'] as Record<string, unknown> | undefined;
  for (const language of ['zh', 'en'] as const) {
    const text = introduction?.[language];
    const length = typeof text === 'string' ? [...text].length : 0;
    if (length < ANNOTATION_RULES.introduction[language])
      problems.push(
        problem({
          file,
          line: 1,
          message: `introduction.${language} has ${length} characters; an annotated edition's has at least ${ANNOTATION_RULES.introduction[language]}`,
          hint: 'Say who published the source, when, and why it matters, from the text and other sources only; or mark the edition `stage: draft`.',
        }),
      );
  }
  return problems;
}

/** What to do about MDX that does not parse. */
export const MALFORMED_MDX_HINT =
  'Escape MDX syntax in text: write \\{ \\} \\< \\> for literal braces and angle brackets, and close every <Component>.';

/** Check one edition; `file` is the path shown in messages. */
export function checkEdition(file: string, source: string, originalsDir: string): EditionCheck {
  let parsed: ParsedEdition;
  try {
    parsed = parseEdition(source);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      problems: [
        problem({
          file,
          line: place.line ?? 1,
          column: place.column,
          message: `malformed MDX: ${place.reason ?? place.message ?? String(error)}`,
          hint: MALFORMED_MDX_HINT,
        }),
      ],
    };
  }
  const body = checkEditionBody(file, parsed, originalsDir);
  return {
    ...body,
    problems: [
      ...checkFrontmatter(file, source, parsed.frontmatter, originalsDir),
      ...body.problems,
    ],
  };
}

/**
 * Check the body of an edition already parsed, by the checker's own parser
 * or by the site's MDX pipeline (which runs these checks on the tree it
 * compiles): its components, and coverage of its original.
 */
export function checkEditionBody(
  file: string,
  parsed: ParsedEdition,
  originalsDir: string,
): EditionCheck {
  const problems = checkElements(file, parsed.tree);
  const originalFile = (parsed.frontmatter['original'] as { file?: unknown } | undefined)?.file;
  if (typeof originalFile !== 'string') return { problems };
  let original: string;
  try {
    original = readFileSync(join(originalsDir, originalFile), 'utf8');
  } catch {
    return { problems };
  }
  problems.push(...annotationProblems(file, parsed, original));
  const coverage = checkCoverage(original, editionBlocks(parsed.tree, 'printed'));
  for (const run of consecutiveRuns(coverage.missing)) {
    const lines = run.length === 1 ? `${run[0]!.line}` : `${run[0]!.line}–${run.at(-1)!.line}`;
    const preview = run
      .slice(0, 3)
      .map((passage) => passage.text)
      .join(' / ');
    problems.push(
      problem({
        file,
        line: 1,
        message: `${run.length} passage(s) lost from ${originalFile}:${lines}: ${preview}${run.length > 3 ? ' …' : ''}`,
        hint: 'Keep every passage of the original, or wrap it in <Omission reason="…"> with the reason it is left out.',
      }),
    );
  }
  for (const block of coverage.unrecorded) {
    problems.push(
      problem({
        file,
        line: block.line,
        message: `wording differs from ${originalFile} without a record: 「${block.runs.join('').slice(block.difference.start, block.difference.end)}」 is not what the original prints here`,
        excerpt: { text: block.runs.join(''), ...block.difference },
        hint: 'Record each change of wording with <Correction printed="as printed" reason="…">corrected</Correction>; explain a join of two passages with <EditorNote>.',
      }),
    );
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
export function checkEditions(
  paths: { sourcesDir: string; originalsDir: string },
  only?: ReadonlySet<string>,
): EditionReport[] {
  return readdirSync(paths.sourcesDir)
    .filter(
      (name) => name.endsWith('.mdx') && (only === undefined || only.size === 0 || only.has(name)),
    )
    .sort()
    .map((name) => {
      const file = relative(process.cwd(), join(paths.sourcesDir, name));
      return {
        name,
        file,
        ...checkEdition(
          file,
          readFileSync(join(paths.sourcesDir, name), 'utf8'),
          paths.originalsDir,
        ),
      };
    });
}

/** Every edition's file name, path shown in messages, and text, in name order. */
function editionFiles(sourcesDir: string): { name: string; file: string; source: string }[] {
  return readdirSync(sourcesDir)
    .filter((entry) => entry.endsWith('.mdx'))
    .sort()
    .map((name) => ({
      name,
      file: relative(process.cwd(), join(sourcesDir, name)),
      source: readFileSync(join(sourcesDir, name), 'utf8'),
    }));
}

/** An edition's frontmatter, or the problem of YAML that does not parse. */
function readFrontmatter(
  file: string,
  source: string,
): { frontmatter: Record<string, unknown> } | { problem: Problem } {
  try {
    return { frontmatter: splitFrontmatter(source).frontmatter };
  } catch (error) {
    return { problem: frontmatterYamlProblem(file, error) };
  }
}

/** Every edition's frontmatter problems (schema, the original's checksum): what can be checked without compiling. */
export function frontmatterProblems(paths: {
  sourcesDir: string;
  originalsDir: string;
}): Problem[] {
  return editionFiles(paths.sourcesDir).flatMap(({ file, source }) => {
    const read = readFrontmatter(file, source);
    return 'problem' in read
      ? [read.problem]
      : checkFrontmatter(file, source, read.frontmatter, paths.originalsDir);
  });
}

/**
 * Problems of the corpus as a whole: an original without an edition (it
 * would silently go unpublished), two editions of one original, an edition
 * removed without being retired (its addresses would stop answering), a
 * retirement record that does not hold.
 */
export function corpusProblems(paths: {
  sourcesDir: string;
  originalsDir: string;
  ledgerDir: string;
  retiredFile: string;
}): Problem[] {
  const problems: Problem[] = [];
  const claimed = new Map<string, string>();
  const slugs = new Set(
    editionFiles(paths.sourcesDir).map(({ name }) => name.replace(/\.mdx$/u, '')),
  );
  const { retired, problems: retiredProblems } = readRetired(paths.retiredFile);
  problems.push(...retiredProblems);
  const retiredFile = relative(process.cwd(), paths.retiredFile);
  for (const entry of retired) {
    claimed.set(entry.original, `${entry.slug} (retired)`);
    const line =
      readFileSync(paths.retiredFile, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes(entry.slug)) + 1 || 1;
    if (slugs.has(entry.slug))
      problems.push(
        problem({
          file: retiredFile,
          line,
          message: `${entry.slug} is recorded as retired but its edition is still in content/sources/`,
          hint: 'Remove the edition to retire it, or remove this record to keep it published.',
        }),
      );
    if (!existsSync(join(paths.originalsDir, entry.original)))
      problems.push(
        problem({
          file: retiredFile,
          line,
          message: `original ${entry.original} of retired ${entry.slug} is not in content/originals/`,
          hint: 'Originals are never deleted, even when their edition is retired: restore it.',
        }),
      );
  }
  const retiredSlugs = new Set(retired.map((entry) => entry.slug));
  if (existsSync(paths.ledgerDir))
    for (const name of readdirSync(paths.ledgerDir).filter((entry) => entry.endsWith('.json'))) {
      const slug = name.replace(/\.json$/u, '');
      if (slugs.has(slug) || retiredSlugs.has(slug)) continue;
      problems.push(
        problem({
          file: relative(process.cwd(), join(paths.ledgerDir, name)),
          line: 1,
          message: `the edition ${slug} is gone, but its addresses were published (/sources/${slug}/#p1 …)`,
          hint: `Restore content/sources/${slug}.mdx, or retire it: add { slug: ${slug}, original, date, reason } to content/retired.yaml (content/README.md, "Retiring a source").`,
        }),
      );
    }
  for (const { name, file, source } of editionFiles(paths.sourcesDir)) {
    const read = readFrontmatter(file, source);
    const original =
      'problem' in read
        ? undefined
        : (read.frontmatter['original'] as { file?: unknown } | undefined)?.file;
    if (typeof original !== 'string') continue;
    const other = claimed.get(original);
    if (other)
      problems.push(
        problem({
          file,
          line: frontmatterLine(source, 'original'),
          message: `original ${original} is also the original of ${other}`,
          hint: 'One edition per original: merge the two editions, or correct original.file.',
        }),
      );
    claimed.set(original, name);
  }
  for (const name of readdirSync(paths.originalsDir).filter((entry) => entry.endsWith('.txt'))) {
    if (!claimed.has(name)) {
      const file = relative(process.cwd(), join(paths.originalsDir, name));
      problems.push(
        problem({
          file,
          line: 1,
          message: `original ${name} has no edition`,
          hint: `Every original is published: import it (\`npm run import -- ${file} --slug …\`), or restore the edition that names it in original.file.`,
        }),
      );
    }
  }
  return problems;
}
