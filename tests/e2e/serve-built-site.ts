/**
 * Global setup for browser tests: serves the built site (`npm run build`
 * first; `npm test` does) and tells the tests its address.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../helpers/static-server.ts';

const DIST = join(import.meta.dirname, '../../dist');

export default async function setup(project: TestProject) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('No built site in dist/: run `npm run build` first (`npm test` does).');
  }
  const { server, url } = await serveDirectory(DIST);
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
