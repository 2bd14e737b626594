/**
 * Layers point one way: src/lib is plain TypeScript that the plugins,
 * integrations, pages and tools build on; it never reaches up into them,
 * nor into Astro (so it runs, and is tested, without a site).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const LIB = join(import.meta.dirname, '../../src/lib');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every module a file imports or re-exports, as written. */
function specifiers(path: string): string[] {
  return [
    ...readFileSync(path, 'utf8').matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gu,
    ),
  ].map((match) => match[1] ?? match[2]!);
}

describe('src/lib depends on nothing above it', () => {
  const modules = files(LIB);

  test('there are modules to check', () => {
    expect(modules.length).toBeGreaterThan(5);
  });

  test.each(modules.map((path) => [relative(LIB, path), path]))(
    '%s imports nothing from src/plugins, src/pages, src/integrations, src/components, src/data or Astro',
    (_, path) => {
      const upward = specifiers(path).filter(
        (specifier) =>
          /(^|\/)(plugins|pages|integrations|components|data|layouts)\//u.test(specifier) ||
          /^(astro(:|\/|$)|@astrojs\/)/u.test(specifier),
      );
      expect(upward).toEqual([]);
    },
  );
});
