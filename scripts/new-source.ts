/**
 * `npm run new-source -- <file.txt> --slug <slug> --title <title> --date <YYYY-MM-DD>
 *   --publisher <name> --type <type> [--author … --speaker … --speaker-role …
 *   --medium … --region …]`
 * `npm run new-source -- --list-types`
 *
 * Starts a source: copies the original into content/originals/ under the
 * documented name, appends its checksum to SHA256SUMS, imports a draft
 * edition (`stage: draft`) that passes every check, gives its blocks their
 * permanent addresses in a new ledger, checks it as the build will, and
 * prints what is left to do. Asks for missing values only in a terminal.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { updateLedger, writeLedger } from '../src/lib/anchors.ts';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { formsOf, loadGlossary, NAMES_FILE } from '../src/lib/glossary.ts';
import { importOriginal } from '../src/lib/importer/index.ts';
import {
  appendChecksum,
  draftIntroduction,
  glossaryCandidates,
  newSourceProblems,
  originalName,
  REQUIRED_FIELDS,
  sha256Hex,
  shown,
  type NewSourceFields,
} from '../src/lib/new-source.ts';
import { suggestNamesNotEntities } from '../src/lib/name-suggestions.ts';
import { formatProblem, ProblemError } from '../src/lib/problem.ts';
import { retiredSlugs } from '../src/lib/retired.ts';
import { readVocabularies } from '../src/lib/vocabularies.ts';
import { compileEditionChecked } from '../src/plugins/compile-edition.ts';

const USAGE =
  'usage: npm run new-source -- <file.txt> --slug <slug> --title <title> --date YYYY-MM-DD --publisher <name> --type <type> [--author <name> …] [--speaker <name> --speaker-role <role>] [--medium <medium>] [--region <region>]\n       npm run new-source -- --list-types';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    slug: { type: 'string' },
    title: { type: 'string' },
    date: { type: 'string' },
    publisher: { type: 'string' },
    type: { type: 'string' },
    author: { type: 'string', multiple: true },
    speaker: { type: 'string' },
    'speaker-role': { type: 'string' },
    medium: { type: 'string' },
    region: { type: 'string' },
    'list-types': { type: 'boolean', default: false },
  },
});

const read = readVocabularies(CONTENT_PATHS.vocabulariesFile);
if (!read.vocabularies) {
  console.error(read.problems.map(formatProblem).join('\n'));
  process.exit(1);
}
const vocabularies = read.vocabularies;

if (values['list-types']) {
  const list = (title: string, entries: Record<string, { en: string; zh?: string }>) =>
    `${title}\n${Object.entries(entries)
      .map(([key, label]) => `  ${key.padEnd(20)} ${label.zh ? `${label.zh} · ` : ''}${label.en}`)
      .join('\n')}`;
  console.log(
    [
      list('--type', vocabularies.types),
      list('--medium', vocabularies.media),
      list('--region', vocabularies.regions),
      list('--speaker-role', vocabularies.speakerRoles),
      'Add a value to content/vocabularies.yaml to allow it.',
    ].join('\n\n'),
  );
  process.exit(0);
}

const [input] = positionals;
if (input === undefined || positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}

const fields: NewSourceFields = {
  slug: values.slug,
  title: values.title,
  date: values.date,
  publisher: values.publisher,
  type: values.type,
  medium:
    values.medium ??
    (Object.keys(vocabularies.media).length === 1 ? Object.keys(vocabularies.media)[0] : undefined),
  region: values.region,
  authors: values.author,
  speaker: values.speaker,
  speakerRole: values['speaker-role'],
};

// Ask for what is missing, only when a person is at the terminal (never in CI).
if (process.stdin.isTTY && process.stdout.isTTY && !process.env['CI']) {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const choices: Partial<Record<keyof typeof REQUIRED_FIELDS, string[]>> = {
    type: Object.keys(vocabularies.types),
    medium: Object.keys(vocabularies.media),
    region: Object.keys(vocabularies.regions),
  };
  for (const [field, question] of Object.entries(REQUIRED_FIELDS) as [
    keyof typeof REQUIRED_FIELDS,
    string,
  ][]) {
    if (fields[field]) continue;
    const options = choices[field];
    const answer = await terminal.question(
      `${question}${options ? ` [${options.join(' | ')}]` : ''}: `,
    );
    if (answer.trim() !== '') fields[field] = answer.trim();
  }
  if (fields.publisher === undefined) {
    const answer = await terminal.question(
      'publisher, as printed (Enter if the original does not say): ',
    );
    if (answer.trim() !== '') fields.publisher = answer.trim();
  }
  terminal.close();
}

let bytes: Buffer;
try {
  bytes = readFileSync(input);
} catch {
  console.error(
    `${input}:1:1: no such file\n  hint: give the path of the raw text, e.g. ~/Downloads/report.txt`,
  );
  process.exit(1);
}

const problems = newSourceProblems(
  fields,
  bytes,
  input,
  CONTENT_PATHS,
  vocabularies,
  retiredSlugs(CONTENT_PATHS.retiredFile),
);
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  process.exit(1);
}
const slug = fields.slug!;
const sha256 = sha256Hex(bytes);
const name = originalName(CONTENT_PATHS.originalsDir, sha256);
const editionPath = join(CONTENT_PATHS.sourcesDir, `${slug}.mdx`);
const { introduction, summary } = draftIntroduction(
  { ...fields, title: fields.title!, date: fields.date!, type: fields.type! },
  vocabularies,
);

let imported;
try {
  imported = importOriginal(bytes, {
    fileName: name,
    title: fields.title,
    date: fields.date,
    publisher: fields.publisher,
    type: fields.type,
    medium: fields.medium,
    region: fields.region,
    authors: fields.authors,
    speakers: fields.speaker ? [{ name: fields.speaker, role: fields.speakerRole! }] : undefined,
    stage: 'draft',
    introduction,
    summary,
  });
} catch (error) {
  if (error instanceof ProblemError) {
    console.error(error.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  throw error;
}

// Nothing is written until the draft is known to import; then the original, its checksum, the edition, the ledger.
const originalPath = join(CONTENT_PATHS.originalsDir, name);
copyFileSync(input, originalPath);
appendChecksum(CONTENT_PATHS.originalsDir, name, sha256);
writeFileSync(editionPath, imported.mdx);
const compiled = await compileEditionChecked(editionPath, imported.mdx);
if (compiled.problems.length === 0) {
  const update = updateLedger(slug, compiled.data.anchorBlocks ?? [], undefined);
  writeLedger(CONTENT_PATHS.ledgerDir, update.ledger);
}
// The build's own checks, on the new edition with its ledger.
const checked = await compileEditionChecked(editionPath, imported.mdx, {
  checks: true,
  strict: true,
});
const found = [...compiled.problems, ...checked.problems];
if (found.length > 0) {
  // The draft is the importer's: a problem here is the importer's fault. Leave no half-started source.
  rmSync(editionPath, { force: true });
  rmSync(join(CONTENT_PATHS.ledgerDir, `${slug}.json`), { force: true });
  console.error(found.map(formatProblem).join('\n'));
  console.error(
    `The draft did not pass the checks; the edition was removed. The original stays: ${shown(originalPath)} (originals are never deleted); run new-source again after fixing the cause, or import it with npm run import.`,
  );
  process.exit(1);
}

const blocks = checked.data.numberedBlocks ?? [];
const headings = blocks.filter((block) => block.kind === 'heading').length;
const { entities: glossary, nameRules } = loadGlossary(CONTENT_PATHS.glossaryDir);
const mentioned = [
  ...new Set((checked.data.edition?.mentions ?? []).map((mention) => mention.entity)),
];
const known = new Set(glossary.flatMap((entity) => formsOf(entity)));
const text = blocks.map((block) => block.printed).join('\n');
const candidates = glossaryCandidates(text, known);
const namesHolding = suggestNamesNotEntities(text, glossary, nameRules).map(({ name }) => name);

console.log(`started ${slug}:
  original  ${shown(originalPath)} (checksum appended to ${shown(join(CONTENT_PATHS.originalsDir, 'SHA256SUMS'))})
  edition   ${shown(editionPath)} (stage: draft; ${blocks.length} blocks, coverage ${((checked.data.coverage?.coverage ?? 0) * 100).toFixed(0)}%)
  ledger    ${shown(join(CONTENT_PATHS.ledgerDir, `${slug}.json`))} (p1–p${blocks.length})

To do (content/README.md, "Adding a source"):
  1. Structure: read the draft against the original; ${headings} heading(s) were guessed. Fix headings, bylines (<Byline>), kickers (<Kicker>), captions (<PhotoCaption>), boxes (<Column>), tables. Then \`npm run anchors -- renumber ${slug}\`: the blocks are numbered afresh, which is allowed until the ledger is first committed (after that, \`npm run anchors -- update ${slug}\` keeps every address).
  2. Glossary: ${mentioned.length} known entit${mentioned.length === 1 ? 'y is' : 'ies are'} linked already${mentioned.length > 0 ? ` (${mentioned.slice(0, 8).join(', ')}${mentioned.length > 8 ? ', …' : ''})` : ''}. Names that may deserve an entry: ${candidates.length > 0 ? candidates.join('、') : 'none found'}.${namesHolding.length > 0 ? ` Names that hold an entity's name (if one is not a mention of it, add it to content/glossary/${NAMES_FILE}): ${namesHolding.join('、')}.` : ''}
  3. Notes: add <Note kind="…" basis="…"> (at least one per 1,000 characters).
  4. Introduction and summary: the draft states only the facts given here; write them in both languages.
  5. Set stage: "annotated", then \`npm run check:content\` until it prints ok.`);
