/**
 * Starting a new source (`npm run new-source`): the steps an editor would
 * otherwise do by hand, in the order the rules need them.
 *
 * Originals are named `NNN_<first 16 hex digits of the file's SHA-256>.txt`:
 * `NNN` is the next free three-digit sequence number (the first five, named
 * before this rule, keep their names), so names sort in the order sources
 * arrived and two different texts never share a name. `SHA256SUMS` is
 * append-only: a new original adds one line, no line ever changes.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Vocabularies } from '../schemas/vocabularies.ts';
import { isRealDate } from './dates.ts';
import { problem, type Problem } from './problem.ts';
import { chineseDate } from './sources.ts';

/** The list of checksums beside the originals. */
export const CHECKSUMS_FILE = 'SHA256SUMS';

/** A slug: lowercase ASCII words joined by hyphens, conventionally starting with the year. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The checksums listed in SHA256SUMS: file name → hex digest. */
export function listedChecksums(originalsDir: string): Map<string, string> {
  const path = join(originalsDir, CHECKSUMS_FILE);
  if (!existsSync(path)) return new Map();
  return new Map(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const [hash, name] = line.trim().split(/\s+/u);
        return [name!, hash!] as const;
      }),
  );
}

/** The name a new original gets: the next sequence number and its checksum's first 16 digits. */
export function originalName(originalsDir: string, sha256: string): string {
  const numbers = readdirSync(originalsDir)
    .map((name) => /^(\d{3})_/u.exec(name)?.[1])
    .filter((digits) => digits !== undefined)
    .map(Number);
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  return `${String(next).padStart(3, '0')}_${sha256.slice(0, 16)}.txt`;
}

/** Add one line to SHA256SUMS (the format `sha256sum -c` reads). Never rewrites it. */
export function appendChecksum(originalsDir: string, name: string, sha256: string): void {
  const path = join(originalsDir, CHECKSUMS_FILE);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  appendFileSync(path, `${separator}${sha256}  ${name}\n`);
}

/** What an editor states about a new source on the command line. */
export interface NewSourceFields {
  slug?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  publisher?: string | undefined;
  type?: string | undefined;
  medium?: string | undefined;
  region?: string | undefined;
  authors?: readonly string[] | undefined;
  speaker?: string | undefined;
  speakerRole?: string | undefined;
}

/** The fields `new-source` cannot do without, with the question asked in a terminal. */
export const REQUIRED_FIELDS = {
  slug: 'slug (the permanent address /sources/<slug>/, e.g. 2026-qingdao-work-report)',
  title: 'title, as printed',
  date: 'date of publication, YYYY-MM-DD',
  type: 'document type',
  medium: 'medium',
  region: 'region',
} as const;

export interface NewSourcePaths {
  sourcesDir: string;
  originalsDir: string;
  ledgerDir: string;
  retiredFile: string;
}

/** Everything wrong with the fields, each with a hint; empty when the source can be started. */
export function newSourceProblems(
  fields: NewSourceFields,
  bytes: Uint8Array,
  input: string,
  paths: NewSourcePaths,
  vocabularies: Vocabularies,
  retired: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const add = (message: string, hint: string) =>
    problems.push(problem({ file: input, line: 1, message, hint }));
  for (const [field, question] of Object.entries(REQUIRED_FIELDS))
    if (!fields[field as keyof typeof REQUIRED_FIELDS])
      add(
        `--${field} is missing: ${question}`,
        `Give --${field} …; \`npm run new-source -- --list-types\` lists the allowed types, media, regions and roles.`,
      );
  const { slug, date, type, medium, region, speaker, speakerRole } = fields;
  if (slug) {
    if (!SLUG.test(slug))
      add(
        `slug "${slug}" is not lowercase ASCII words joined by hyphens`,
        'e.g. --slug 2026-qingdao-work-report',
      );
    else if (
      existsSync(join(paths.sourcesDir, `${slug}.mdx`)) ||
      existsSync(join(paths.ledgerDir, `${slug}.json`)) ||
      retired.has(slug)
    )
      add(
        `slug "${slug}" is taken (an edition, a ledger or a retired source has it)`,
        'Addresses are permanent: choose another slug.',
      );
  }
  if (date && !isRealDate(date))
    add(`date "${date}" is not a calendar date written YYYY-MM-DD`, 'e.g. --date 2026-01-20');
  const allowed = (
    name: string,
    value: string | undefined,
    vocabulary: Record<string, unknown>,
    key: string,
  ) => {
    if (value !== undefined && !Object.hasOwn(vocabulary, value))
      add(
        `--${name} "${value}" is not in content/vocabularies.yaml (${key}: ${Object.keys(vocabulary).join(', ')})`,
        `Use one of those, or add the new value under ${key} in content/vocabularies.yaml first.`,
      );
  };
  allowed('type', type, vocabularies.types, 'types');
  allowed('medium', medium, vocabularies.media, 'media');
  allowed('region', region, vocabularies.regions, 'regions');
  allowed('speaker-role', speakerRole, vocabularies.speakerRoles, 'speakerRoles');
  if ((speaker === undefined) !== (speakerRole === undefined))
    add(
      '--speaker and --speaker-role go together',
      'Give both: --speaker 任刚 --speaker-role 青岛市市长.',
    );
  const sha256 = sha256Hex(bytes);
  for (const [name, listed] of listedChecksums(paths.originalsDir))
    if (listed === sha256)
      add(
        `this text is already an original: content/originals/${name}`,
        'Each original has one edition; edit that one (its original.file names it).',
      );
  return problems;
}

/** Introduction and summary a draft can state from the editor's fields alone (nothing else is claimed). */
export function draftIntroduction(
  fields: NewSourceFields & { title: string; date: string; type: string },
  vocabularies: Vocabularies,
): { introduction: { zh: string; en: string }; summary: { zh: string; en: string } } {
  const type = vocabularies.types[fields.type] ?? { zh: fields.type, en: fields.type };
  const by = fields.publisher;
  const zh = `${by ? `${by}` : ''}${chineseDate(fields.date)}${by ? '发布' : ''}的${type.zh}《${fields.title}》。`;
  const en = `${type.en} “${fields.title}”${by ? `, published by ${by}` : ''}, dated ${fields.date}.`;
  return { introduction: { zh, en }, summary: { zh, en } };
}

/** Names from the text that may deserve a glossary entry: frequent names of places, bodies and programmes. */
const CANDIDATE =
  /[\p{Script=Han}]{2,10}?(?:新区|片区|园区|产业园|区|市|局|委员会|办公室|公司|集团|大学|中心|计划|工程|行动|攻势)/gu;

/** Candidate names the glossary does not know yet, most frequent first. */
export function glossaryCandidates(text: string, known: ReadonlySet<string>, limit = 12): string[] {
  const counts = new Map<string, number>();
  for (const [name] of text.matchAll(CANDIDATE))
    if (!known.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name, count]) => `${name} (${count}×)`);
}

/** Path shown to the editor. */
export function shown(path: string): string {
  return relative(process.cwd(), path);
}
