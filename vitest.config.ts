import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Some tests build a small fixture site with the real Astro pipeline.
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/serve-built-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser, one server: run browser files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
