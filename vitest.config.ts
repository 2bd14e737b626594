import { defineConfig } from 'vitest/config';

/**
 * Tests build sites with the real Astro pipeline and drive a real browser, on
 * machines that may be busy with other builds: a timeout here guards against
 * a hang, not a slow machine, so it is generous (a build takes seconds on an
 * idle machine and can take minutes on a loaded one).
 */
const HANG = 15 * 60_000;
/** How long `expect.poll` waits for the page to settle (the default, 1 s, is an idle machine's). */
const SETTLE = 60_000;

// Inline projects do not inherit the root's test options: each sets its own.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Clears the scratch folder and builds the fixture site once for every file that reads it.
          globalSetup: ['tests/unit/fixture-site.setup.ts'],
          testTimeout: HANG,
          hookTimeout: HANG,
          // A test that asserts nothing fails instead of passing silently.
          expect: { requireAssertions: true },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/serve-built-site.ts'],
          testTimeout: HANG,
          hookTimeout: HANG,
          expect: { requireAssertions: true, poll: { timeout: SETTLE } },
          // One browser, one server: run browser files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
