/**
 * The glossary on disk: entities read and checked before anything links to
 * them. Problems name the file, the line and the way out.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTITY_ID, entitySchema, type EntityData } from '../schemas/entity.ts';
import { frontmatterLine, type Problem } from './edition-check.ts';

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

/** Read and validate every entity file in `dir`. */
export function loadGlossary(dir: string): GlossaryLoad {
  const entities: Entity[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(dir).filter((entry) => entry.endsWith('.md') && entry !== 'README.md').sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    const id = name.replace(/\.md$/u, '');
    const source = readFileSync(path, 'utf8');
    if (!ENTITY_ID.test(id)) {
      problems.push({ file, line: 1, message: `entity id "${id}" is not an ASCII slug`, hint: 'Name the file with lowercase ASCII words joined by hyphens, e.g. zhangcun-river.md.' });
      continue;
    }
    let parsed: ReturnType<typeof parseFrontmatter>;
    try {
      parsed = parseFrontmatter(source);
    } catch (error) {
      problems.push({ file, line: 1, message: `frontmatter is not valid YAML: ${(error as Error).message}`, hint: 'Check quotes and indentation in the --- block.' });
      continue;
    }
    const result = entitySchema.safeParse(parsed.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          line: frontmatterLine(source, issue.path[0] as string | undefined),
          message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
          hint: 'Every entity needs name, type, nameEn and summary.zh/en; see src/schemas/entity.ts.',
        });
      }
      continue;
    }
    entities.push({ ...result.data, id, file, body: parsed.content.trim() });
  }
  return { entities, problems: [...problems, ...crossProblems(entities)] };
}

/** Every form an entity is known by: its name first, then its aliases. */
export function formsOf(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [...new Set([entity.name, ...entity.aliases])];
}

/** Problems between entities: a form claimed twice, a reference to no entity, a parent cycle. */
function crossProblems(entities: readonly Entity[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const owner = new Map<string, Entity>();
  for (const entity of entities) {
    for (const form of formsOf(entity)) {
      const other = owner.get(form);
      if (other && other.id !== entity.id) {
        problems.push({ file: entity.file, line: 1, message: `alias "${form}" is claimed by both ${other.id} and ${entity.id}`, hint: `A form links to one entity only: remove it from one of them, or add a longer, distinct alias (${other.file}).` });
      } else owner.set(form, entity);
    }
    for (const id of [...entity.related, ...(entity.parent ? [entity.parent] : [])]) {
      if (!byId.has(id)) problems.push({ file: entity.file, line: 1, message: `unknown entity id "${id}"`, hint: `Name an entity that has a file in content/glossary/ (${id}.md does not exist).` });
    }
  }
  for (const entity of entities) {
    const seen = new Set<string>([entity.id]);
    for (let parent = entity.parent ? byId.get(entity.parent) : undefined; parent; parent = parent.parent ? byId.get(parent.parent) : undefined) {
      if (seen.has(parent.id)) {
        problems.push({ file: entity.file, line: 1, message: `parent chain of ${entity.id} loops back to ${parent.id}`, hint: 'An entity cannot be its own ancestor.' });
        break;
      }
      seen.add(parent.id);
    }
  }
  return problems;
}
