/**
 * Where the edition models wait between compilation and rendering. A model
 * (src/lib/edition-model.ts) holds every block's text several times over; put
 * in the compiled MDX module it more than doubled the code Astro's bundler
 * holds in memory for every edition at once (the bundler keeps all modules
 * until the build ends). So the compilation writes each model to a file of
 * its own, named by its contents, and the module carries only that name:
 * what a page reads is exactly the model its compilation worked out.
 *
 * One file per edition is kept: storing a new model removes the edition's
 * older ones, so the store stays the size of the corpus.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionModel } from './edition-model.ts';

/** What the compiled module carries in place of the model. */
export interface StoredEdition {
  /** The model's file in the store: `<slug>.<digest>.json`. */
  stored: string;
}

export function isStoredEdition(value: unknown): value is StoredEdition {
  return typeof (value as StoredEdition | undefined)?.stored === 'string';
}

/** Write an edition's model to the store and return its name there. */
export function storeEdition(dir: string, slug: string, edition: EditionModel): StoredEdition {
  const json = JSON.stringify(edition);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  const stored = `${slug}.${digest}.json`;
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const older =
      name.startsWith(`${slug}.`) && /^[0-9a-f]{16}\.json$/u.test(name.slice(slug.length + 1));
    if (older && name !== stored) rmSync(join(dir, name), { force: true });
  }
  writeFileSync(join(dir, stored), json);
  return { stored };
}

/** The model a compilation stored. */
export function loadEdition(dir: string, { stored }: StoredEdition): EditionModel {
  return JSON.parse(readFileSync(join(dir, stored), 'utf8')) as EditionModel;
}
