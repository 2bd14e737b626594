/**
 * The glossary on disk: entities read and checked before anything links to
 * them. Problems name the file, the line and the way out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTITY_ID, entitySchema, type EntityData } from '../schemas/entity.ts';
import yaml from 'js-yaml';
import { frontmatterLine, frontmatterYamlProblem, splitFrontmatter } from './frontmatter.ts';
import { problem, yamlProblem, type Problem } from './problem.ts';

export interface Entity extends EntityData {
  /**
   * Contexts in which the entity's forms are not mentions of it: the entity's
   * own `exclude` list, and every name of the glossary's list of names that
   * are not entities (NAMES_FILE) that holds one of its forms.
   */
  exclude: string[];
  id: string;
  /** Path shown in messages. */
  file: string;
  /** Markdown body: the longer description. */
  body: string;
}

/** What makes a name, for suggesting names that are not entities (see NAMES_FILE). */
export interface NameRules {
  /** Words that end names: 大学, 公司, 中心. */
  suffixes: string[];
  /** Words that do not occur inside a name: 的, 建设. */
  breaks: string[];
}

export interface GlossaryLoad {
  entities: Entity[];
  problems: Problem[];
  nameRules: NameRules;
}

/**
 * The glossary's list of names that are not entities but hold an entity's
 * name: an organisation named after a place (青岛理工大学, 山东大学青岛校区),
 * a newspaper (青岛日报), a law. Each is written once, for every entity it
 * holds and every source: the linker matches these names like entity names,
 * longest first, and links nothing in them.
 */
export const NAMES_FILE = 'names-not-entities.yaml';

/** The files of a glossary folder with their sizes and times: changes when any file changes. */
function signature(dir: string, names: readonly string[]): string {
  return [...names, ...(existsSync(join(dir, NAMES_FILE)) ? [NAMES_FILE] : [])]
    .map((name) => {
      const stat = statSync(join(dir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('|');
}

function entityFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((entry) => entry.endsWith('.md') && entry !== 'README.md')
    .sort();
}

const loaded = new Map<string, { signature: string; load: GlossaryLoad }>();

/**
 * Read and validate every entity file in `dir`. The result is kept until a
 * file of the folder changes, so the checks, the linker and the search index
 * share one load per build, and the dev server sees an edited glossary.
 */
export function loadGlossary(dir: string): GlossaryLoad {
  const names = entityFiles(dir);
  const current = signature(dir, names);
  const cached = loaded.get(dir);
  if (cached?.signature === current) return cached.load;
  const load = readGlossary(dir, names);
  loaded.set(dir, { signature: current, load });
  return load;
}

function readGlossary(dir: string, names: readonly string[]): GlossaryLoad {
  const entities: Entity[] = [];
  const problems: Problem[] = [];
  const sources = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    const id = name.replace(/\.md$/u, '');
    const source = readFileSync(path, 'utf8');
    if (!ENTITY_ID.test(id)) {
      problems.push(
        problem({
          file,
          line: 1,
          message: `entity id "${id}" is not an ASCII slug`,
          hint: 'Name the file with lowercase ASCII words joined by hyphens, e.g. zhangcun-river.md.',
        }),
      );
      continue;
    }
    let parsed: ReturnType<typeof splitFrontmatter>;
    try {
      parsed = splitFrontmatter(source);
    } catch (error) {
      problems.push(frontmatterYamlProblem(file, error));
      continue;
    }
    const result = entitySchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(
          problem({
            file,
            line: frontmatterLine(source, issue.path[0] as string | undefined),
            message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
            hint: 'Every entity needs name, type, nameEn and summary.zh/en; see src/schemas/entity.ts.',
          }),
        );
      }
      continue;
    }
    entities.push({ ...result.data, id, file, body: parsed.body.trim() });
    sources.set(id, source);
  }
  const shared = readNamesNotEntities(dir, entities);
  for (const entity of entities)
    entity.exclude = [
      ...entity.exclude,
      ...shared.names.filter((name) => formsOf(entity).some((form) => name.includes(form))),
    ];
  return {
    entities,
    problems: [...problems, ...crossProblems(entities, sources), ...shared.problems],
    nameRules: shared.rules,
  };
}

/** Is the stretch [start, end) of `text` inside one of the contexts (an entity's `exclude`)? */
export function withinContext(
  text: string,
  start: number,
  end: number,
  contexts: readonly string[],
): boolean {
  return contexts.some((context) => {
    for (
      let at = text.indexOf(context);
      at !== -1 && at <= start;
      at = text.indexOf(context, at + 1)
    )
      if (end <= at + context.length) return true;
    return false;
  });
}

/** The names of NAMES_FILE, checked: each holds an entity's name, is not one, and is listed once. */
function readNamesNotEntities(
  dir: string,
  entities: readonly Entity[],
): { names: string[]; rules: NameRules; problems: Problem[] } {
  const path = join(dir, NAMES_FILE);
  const none: NameRules = { suffixes: [], breaks: [] };
  if (!existsSync(path)) return { names: [], rules: none, problems: [] };
  const file = relative(process.cwd(), path);
  const source = readFileSync(path, 'utf8');
  // The line of each `  - name` item, in order: a name listed twice is reported at its second line.
  const itemLines = source
    .split('\n')
    .flatMap((line, index) => (/^\s+-\s/u.test(line) ? [index + 1] : []));
  let parsed: unknown;
  try {
    parsed = yaml.load(source);
  } catch (error) {
    return {
      names: [],
      rules: none,
      problems: [
        yamlProblem(file, error, 'Check quotes and indentation; one `  - name` per line.'),
      ],
    };
  }
  const data = (parsed ?? {}) as Record<string, unknown>;
  const words = (key: string): string[] | undefined => {
    const list = data[key] ?? [];
    return Array.isArray(list) && list.every((item) => typeof item === 'string' && item !== '')
      ? (list as string[])
      : undefined;
  };
  const [names, suffixes, breaks] = [words('names'), words('suffixes'), words('breaks')];
  if (!names || !suffixes || !breaks)
    return {
      names: [],
      rules: none,
      problems: [
        problem({
          file,
          line: 1,
          message: 'expected `names:`, `suffixes:` and `breaks:`, each a list of words',
          hint: 'Write one name per line under `names:`, e.g. `  - 青岛理工大学`; suffixes and breaks as [词, 词].',
        }),
      ],
    };
  const forms = new Map(
    entities.flatMap((entity) => formsOf(entity).map((form) => [form, entity])),
  );
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [index, name] of names.entries()) {
    const at = { file, line: itemLines[index] ?? 1 };
    if (seen.has(name))
      problems.push(
        problem({ ...at, message: `"${name}" is listed twice`, hint: 'Remove one of the lines.' }),
      );
    seen.add(name);
    const entity = forms.get(name);
    if (entity)
      problems.push(
        problem({
          ...at,
          message: `"${name}" is a name of the entity ${entity.id}, so it cannot also be a name that is not an entity`,
          hint: `Remove it here, or from ${entity.file}.`,
        }),
      );
    else if (![...forms.keys()].some((form) => name.includes(form)))
      problems.push(
        problem({
          ...at,
          message: `"${name}" holds no entity's name, so listing it changes nothing`,
          hint: 'List only names that hold a glossary name (青岛理工大学 holds 青岛); remove this line.',
        }),
      );
  }
  return { names, rules: { suffixes, breaks }, problems };
}

/** Every form an entity is known by: its name first, then its aliases. */
export function formsOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [...new Set([entity.name, ...entity.aliases])];
}

/** Problems between entities: a form claimed twice, a reference to no entity, a parent cycle. */
function crossProblems(
  entities: readonly Entity[],
  sources: ReadonlyMap<string, string>,
): Problem[] {
  const problems: Problem[] = [];
  /** The line of an entity's file that holds `text` (1 when none does). */
  const lineOf = (entity: Entity, text: string) =>
    (sources.get(entity.id) ?? '').split('\n').findIndex((line) => line.includes(text)) + 1 || 1;
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const owner = new Map<string, Entity>();
  for (const entity of entities) {
    for (const form of formsOf(entity)) {
      const other = owner.get(form);
      if (other && other.id !== entity.id) {
        problems.push(
          problem({
            file: entity.file,
            line: lineOf(entity, form),
            message: `alias "${form}" is claimed by both ${other.id} and ${entity.id}`,
            hint: `A form links to one entity only: remove it from one of them, or add a longer, distinct alias (${other.file}:${lineOf(other, form)}).`,
          }),
        );
      } else owner.set(form, entity);
    }
    for (const id of [...entity.related, ...(entity.parent ? [entity.parent] : [])]) {
      if (!byId.has(id))
        problems.push(
          problem({
            file: entity.file,
            line: lineOf(entity, id),
            message: `unknown entity id "${id}"`,
            hint: `Name an entity that has a file in content/glossary/ (${id}.md does not exist).`,
          }),
        );
    }
  }
  for (const entity of entities) {
    const seen = new Set<string>([entity.id]);
    for (
      let parent = entity.parent ? byId.get(entity.parent) : undefined;
      parent;
      parent = parent.parent ? byId.get(parent.parent) : undefined
    ) {
      if (seen.has(parent.id)) {
        problems.push(
          problem({
            file: entity.file,
            line: frontmatterLine(sources.get(entity.id) ?? '', 'parent'),
            message: `parent chain of ${entity.id} loops back to ${parent.id}`,
            hint: 'An entity cannot be its own ancestor.',
          }),
        );
        break;
      }
      seen.add(parent.id);
    }
  }
  return problems;
}
