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

/** A stored model's file name: `<slug>.<digest>.json`. */
const STORED_NAME = /^(.+)\.[0-9a-f]{16}\.json$/u;

/**
 * The models in each store folder, by edition: the folder is listed once per
 * process (a build stores thousands of editions; listing it for each would
 * cost the square of their number), then kept up to date as models are stored.
 */
const storedNames = new Map<string, Map<string, Set<string>>>();

function namesIn(dir: string): Map<string, Set<string>> {
  let names = storedNames.get(dir);
  if (!names) {
    names = new Map();
    for (const name of readdirSync(dir)) {
      const slug = STORED_NAME.exec(name)?.[1];
      if (slug) names.set(slug, (names.get(slug) ?? new Set()).add(name));
    }
    storedNames.set(dir, names);
  }
  return names;
}

/** Write an edition's model to the store and return its name there. */
export function storeEdition(dir: string, slug: string, edition: EditionModel): StoredEdition {
  const json = JSON.stringify(edition);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  const stored = `${slug}.${digest}.json`;
  mkdirSync(dir, { recursive: true });
  const names = namesIn(dir);
  for (const name of names.get(slug) ?? [])
    if (name !== stored) rmSync(join(dir, name), { force: true });
  writeFileSync(join(dir, stored), json);
  names.set(slug, new Set([stored]));
  return { stored };
}

/** The model a compilation stored. */
export function loadEdition(dir: string, { stored }: StoredEdition): EditionModel {
  return JSON.parse(readFileSync(join(dir, stored), 'utf8')) as EditionModel;
}
