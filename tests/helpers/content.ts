/**
 * What content/ holds, read straight from the files with a few lines of code
 * that share nothing with src/: tests derive their expectations (how many
 * sources, 专栏, notes, which paragraphs a ledger promises) from here, so a
 * new source passes and a lost one fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './work-dir.ts';

export const CONTENT = join(ROOT, 'content');
export const ORIGINALS_DIR = join(CONTENT, 'originals');
export const SOURCES_DIR = join(CONTENT, 'sources');
export const ANCHORS_DIR = join(CONTENT, 'anchors');
export const GLOSSARY_DIR = join(CONTENT, 'glossary');

export interface Edition {
  slug: string;
  /** The MDX as committed. */
  mdx: string;
  /** Top-level `key: "value"` fields of the frontmatter (strings only). */
  fields: Record<string, string>;
  /** `authors` of the frontmatter, in order. */
  authors: string[];
  /** The edition gathers several articles (`articles:` in the frontmatter). */
  hasArticles: boolean;
  /** `original.file` of the frontmatter. */
  originalFile: string | undefined;
  /** The <Column> boxes (专栏) of the edition. */
  columns: number;
  /** The <Note> elements of the edition. */
  notes: number;
  /** The tables rebuilt in the edition (HTML <table> in the MDX). */
  tables: number;
}

export interface LedgerEntry {
  id: string;
  text: string;
}

const files = (dir: string, extension: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();

/** The originals, by file name. */
export function originalFiles(): string[] {
  return files(ORIGINALS_DIR, '.txt');
}

function frontmatterOf(mdx: string): string {
  return /^---\n([\s\S]*?)\n---\n/u.exec(mdx)?.[1] ?? '';
}

/** Every edition in content/sources, by slug. */
export function editions(): Edition[] {
  return files(SOURCES_DIR, '.mdx')
    .map((name) => {
      const mdx = readFileSync(join(SOURCES_DIR, name), 'utf8');
      const frontmatter = frontmatterOf(mdx);
      const fields = Object.fromEntries(
        [...frontmatter.matchAll(/^([A-Za-z]+): "(.*)"$/gmu)].map(([, key, value]) => [
          key!,
          value!,
        ]),
      );
      const originalFile = /^original:\n(?:[ ]+.*\n)*?[ ]+file: "([^"]+)"/mu.exec(
        `${frontmatter}\n`,
      )?.[1];
      const body = mdx.slice(frontmatter.length);
      const inlineAuthors = /^authors: \[(.*)\]$/mu.exec(frontmatter)?.[1];
      const blockAuthors = /^authors:\n((?: +- .*(?:\n|$))+)/mu.exec(frontmatter)?.[1] ?? '';
      const authors =
        inlineAuthors === undefined
          ? [...blockAuthors.matchAll(/- "?([^"\n]+)"?/gu)].map(([, name]) => name!)
          : [...inlineAuthors.matchAll(/"([^"]+)"/gu)].map(([, name]) => name!);
      return {
        slug: name.replace(/\.mdx$/u, ''),
        mdx,
        fields,
        authors,
        hasArticles: /^articles:/mu.test(frontmatter),
        originalFile,
        columns: body.match(/<Column[\s>]/gu)?.length ?? 0,
        notes: body.match(/<Note[\s>]/gu)?.length ?? 0,
        tables: body.match(/<table[\s>]/gu)?.length ?? 0,
      };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/** The edition with the most of something (专栏, tables, notes), if any has one; for tests of that feature. */
export function editionWithMost(feature: 'columns' | 'notes' | 'tables'): Edition | undefined {
  return editions()
    .filter((edition) => edition[feature] > 0)
    .sort((a, b) => b[feature] - a[feature])[0];
}

/** The anchor ledger of an edition: the addresses it has published, and where vanished ones now point. */
export function ledgerOf(
  slug: string,
): { anchors: LedgerEntry[]; redirects: Record<string, string> } | undefined {
  const path = join(ANCHORS_DIR, `${slug}.json`);
  return existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as {
        anchors: LedgerEntry[];
        redirects: Record<string, string>;
      })
    : undefined;
}

export interface GlossaryEntry {
  id: string;
  name: string;
  nameEn: string | undefined;
  type: string | undefined;
  aliases: string[];
  /** Contexts where a form is not a mention: the entity's own `exclude`, or a listed name that is not an entity. */
  hasExclusions: boolean;
}

/** The names of content/glossary/names-not-entities.yaml, read line by line (`  - name`). */
function namesNotEntities(): string[] {
  const path = join(GLOSSARY_DIR, 'names-not-entities.yaml');
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith('names:'));
  if (start === -1) return [];
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = /^ +- +(.+?)\s*$/u.exec(line);
    if (!item) break;
    names.push(item[1]!);
  }
  return names;
}

/** Every entity file of content/glossary, with the fields the tests need. */
export function glossaryEntries(): GlossaryEntry[] {
  const sharedNames = namesNotEntities();
  return files(GLOSSARY_DIR, '.md')
    .map((name) => {
      const frontmatter = frontmatterOf(readFileSync(join(GLOSSARY_DIR, name), 'utf8'));
      const field = (key: string) =>
        new RegExp(`^${key}: *"?([^"\\n]*)"?$`, 'mu').exec(frontmatter)?.[1]?.trim();
      const list = (key: string) =>
        (field(key) ?? '')
          .replace(/^\[|\]$/gu, '')
          .split(',')
          .map((item) => item.trim().replace(/^["']|["']$/gu, ''))
          .filter(Boolean);
      const forms = [field('name') ?? '', ...list('aliases')];
      return {
        id: name.replace(/\.md$/u, ''),
        name: forms[0]!,
        nameEn: field('nameEn'),
        type: field('type'),
        aliases: forms.slice(1),
        hasExclusions:
          /^exclude:/mu.test(frontmatter) ||
          sharedNames.some((shared) => forms.some((form) => form && shared.includes(form))),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Is a test's material missing from content/? Says which and why, so a test
 * skipped for want of it is never skipped silently: `test.skipIf(lacks(…))`.
 */
export function lacks(material: unknown, reason: string): boolean {
  if (material) return false;
  console.warn(`[tests] skipped: ${reason}`);
  return true;
}
