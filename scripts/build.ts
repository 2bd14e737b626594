/**
 * `npm run build [-- astro options]`: `astro build` with the memory the
 * corpus needs (scripts/lib/build-memory.ts), so a corpus of thousands of
 * sources builds with the same command as five.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CONTENT_PATHS } from '../src/lib/content-paths.ts';
import { buildNodeFlags, countSources } from './lib/build-memory.ts';

const ROOT = join(import.meta.dirname, '..');
const result = spawnSync(
  process.execPath,
  [
    ...buildNodeFlags(countSources(CONTENT_PATHS.sourcesDir)),
    join(ROOT, 'node_modules/astro/bin/astro.mjs'),
    'build',
    ...process.argv.slice(2),
  ],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
process.exitCode = result.status ?? 1;
