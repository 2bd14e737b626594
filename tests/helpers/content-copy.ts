/**
 * A copy of content/ in the tests' scratch folder, to break on purpose or to
 * add a source to, and the project's own commands run against it
 * (`QAS_CONTENT_DIR` points them there): content/ itself is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from './content.ts';
import { ROOT, workDir } from './work-dir.ts';

/** A fresh copy of content/. */
export function copyContent(): string {
  const dir = join(workDir('content'), 'content');
  cpSync(CONTENT, dir, { recursive: true });
  return dir;
}

export interface CommandRun {
  status: number | null;
  output: string;
}

/** Run an npm script's file (`scripts/<name>.ts`) on a copy of content/, never asking questions. */
export function runOnContent(contentDir: string, script: string, args: string[] = []): CommandRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, QAS_CONTENT_DIR: contentDir, CI: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
