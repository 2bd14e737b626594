/**
 * `npm test`: check formatting, type-check, build the site once, then run every test (unit and
 * browser) against that build. Streams each step's output, stops at the first
 * failing step with its exit code, and prints how long each step and the whole
 * run took. Arguments go to vitest: `npm test -- --project unit`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const steps: { name: string; args: string[] }[] = [
  {
    name: 'prettier --check',
    args: [join(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--check', '.'],
  },
  { name: 'astro check', args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'] },
  { name: 'astro build', args: [join(ROOT, 'scripts/build.ts')] },
  {
    name: 'vitest',
    args: [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)],
  },
];

function run(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const seconds = (since: number) => Math.round((performance.now() - since) / 1000);
const start = performance.now();
const timings: string[] = [];
let status = 0;
for (const step of steps) {
  const stepStart = performance.now();
  console.log(`\n▶ ${step.name}`);
  status = await run(step.args);
  timings.push(`${step.name} ${seconds(stepStart)} s`);
  if (status !== 0) {
    console.error(`\n✗ ${step.name} failed (exit code ${status})`);
    break;
  }
}
console.log(
  `\nnpm test: ${seconds(start)} s (${timings.join(', ')})${status === 0 ? '' : ' — FAILED'}`,
);
process.exitCode = status;
