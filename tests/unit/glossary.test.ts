import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary.ts';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { buildFixtureSite, FIXTURE_GLOSSARY } from '../helpers/build-fixture-site.ts';
import { FIXTURE_EDITION, fixtureFolders } from '../helpers/fixture-editions.ts';
import { glossaryEntries } from '../helpers/content.ts';
import { workDir } from '../helpers/work-dir.ts';

/** A copy of the fixture glossary with one file written or replaced. */
function glossaryWith(name: string, text: string): string {
  const dir = workDir('glossary');
  cpSync(FIXTURE_GLOSSARY, dir, { recursive: true });
  writeFileSync(join(dir, name), text);
  return dir;
}

const ENTITY = readFileSync(join(FIXTURE_GLOSSARY, 'academician-zone.md'), 'utf8');

describe('the glossary', () => {
  test('loads every entity file, all valid, every form claimed once', () => {
    const { entities, problems } = loadGlossary(CONTENT_PATHS.glossaryDir);
    expect(problems).toEqual([]);
    expect(entities.map((entity) => entity.id).sort()).toEqual(
      glossaryEntries()
        .map((entry) => entry.id)
        .sort(),
    );
    const types = new Set(entities.map((entity) => entity.type));
    for (const type of [
      'place',
      'zone',
      'institution',
      'company',
      'person',
      'programme',
      'policy',
      'term',
    ])
      expect(types, type).toContain(type);
  });

  test('an alias claimed by two entities is an error naming both', () => {
    const dir = glossaryWith(
      'other.md',
      ENTITY.replace('name: 院士创新特区', 'name: 院士特区\naliases: [李沧]'),
    );
    const { problems } = loadGlossary(dir);
    expect(problems).toEqual([
      expect.objectContaining({
        message: 'alias "李沧" is claimed by both licang and other',
        hint: expect.stringContaining('A form links to one entity only'),
      }),
    ]);
  });

  test('an entity file that fails its schema is an error with its line', () => {
    const dir = glossaryWith('broken.md', ENTITY.replace('type: zone', 'type: river'));
    const { problems } = loadGlossary(dir);
    expect(problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/broken\.md$/u),
        line: 3,
        message: expect.stringContaining('frontmatter type'),
      }),
    ]);
  });

  test('an unknown entity id in related or parent is an error', () => {
    const dir = glossaryWith(
      'academician-zone.md',
      ENTITY.replace('related: [licang]', 'related: [licang, nowhere]'),
    );
    expect(loadGlossary(dir).problems).toEqual([
      expect.objectContaining({ message: 'unknown entity id "nowhere"' }),
    ]);
  });

  test('an id that is not an ASCII slug is an error', () => {
    const dir = glossaryWith('院士.md', ENTITY);
    expect(loadGlossary(dir).problems.map((problem) => problem.message)).toEqual([
      'entity id "院士" is not an ASCII slug',
    ]);
  });
});

describe('glossary problems stop the build with file, line and hint', () => {
  test('an alias claimed twice', () => {
    const { sourcesDir, anchorsDir } = fixtureFolders(FIXTURE_EDITION);
    const build = buildFixtureSite(sourcesDir, {
      anchorsDir,
      glossaryDir: glossaryWith(
        'other.md',
        ENTITY.replace('name: 院士创新特区', 'name: 院士特区\naliases: [李沧]'),
      ),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /other\.md:\d+:\d+: alias "李沧" is claimed by both licang and other[\s\S]*hint: A form links to one entity only/u,
    );
  });

  test('an entity that fails its schema', () => {
    const { sourcesDir, anchorsDir } = fixtureFolders(FIXTURE_EDITION);
    const build = buildFixtureSite(sourcesDir, {
      anchorsDir,
      glossaryDir: glossaryWith(
        'broken.md',
        ENTITY.replace('nameEn: Academician Innovation Special Zone\n', ''),
      ),
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      /broken\.md:\d+:\d+: frontmatter nameEn: [\s\S]*hint: Every entity needs/u,
    );
  });

  test('an unknown entity id in an edition', () => {
    const edited = FIXTURE_EDITION.replace(
      '是李沧的新探索',
      '是<Term id="nowhere">李沧</Term>的新探索',
    );
    const line = edited.split('\n').findIndex((text) => text.includes('nowhere')) + 1;
    const { sourcesDir, anchorsDir } = fixtureFolders(edited);
    const build = buildFixtureSite(sourcesDir, { anchorsDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      new RegExp(
        `fixture-edition\\.mdx:${line}:\\d+: <Term id="nowhere">: unknown glossary id "nowhere"\\n {2}hint: `,
        'u',
      ),
    );
  });
});
