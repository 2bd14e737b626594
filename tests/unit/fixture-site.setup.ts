/**
 * Global setup for unit tests: clears the scratch folder of earlier runs and
 * builds the fixture site once, for every test file that reads it. A failed
 * build is not thrown here: the tests that read the site report its output.
 */
import type { TestProject } from 'vitest/node';
import {
  buildFixtureSite,
  FIXTURE_SOURCES,
  type FixtureBuild,
} from '../helpers/build-fixture-site.ts';
import { clearWorkRoot } from '../helpers/work-dir.ts';

export default function setup(project: TestProject) {
  clearWorkRoot();
  project.provide('fixtureSite', buildFixtureSite(FIXTURE_SOURCES));
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: FixtureBuild;
  }
}
