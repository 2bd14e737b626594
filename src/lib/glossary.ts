/**
 * The glossary on disk: entities read and checked before anything links to
 * them. Problems name the file, the line and the way out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTITY_ID, entitySchema, type EntityData } from '../schemas/entity.ts';
import { frontmatterLine, frontmatterYamlProblem, splitFrontmatter } from './frontmatter.ts';
import { problem, type Problem } from './problem.ts';

export interface Entity extends EntityData {
  id: string;
  /** Path shown in messages. */
  file: string;
  /** Markdown body: the longer description. */
  body: string;
}

export interface GlossaryLoad {
  entities: Entity[];
  problems: Problem[];
}

/** The files of a glossary folder with their sizes and times: changes when any file changes. */
function signature(dir: string, names: readonly string[]): string {
  return names
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
  return { entities, problems: [...problems, ...crossProblems(entities, sources)] };
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
