/**
 * Scratch folders for tests, inside the project (node_modules/.cache/qas-tests),
 * never in the system temp folder: a site built there runs its prerender
 * chunks from that folder, and Node only finds the project's packages from
 * folders inside the project.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const WORK_ROOT = join(ROOT, 'node_modules/.cache/qas-tests');

/** A new empty folder under the tests' scratch folder. */
export function workDir(prefix: string): string {
  mkdirSync(WORK_ROOT, { recursive: true });
  return mkdtempSync(join(WORK_ROOT, `${prefix}-`));
}

/** Remove what earlier runs left behind. */
export function clearWorkRoot(): void {
  rmSync(WORK_ROOT, { recursive: true, force: true });
}
