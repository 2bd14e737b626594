/**
 * Every edition's paragraph addresses are recorded in its committed ledger,
 * checked through the command authors run (`npm run anchors -- check`), so
 * the test holds however the pipeline is organised inside.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editions, ledgerOf } from '../helpers/content.ts';
import { ROOT } from '../helpers/work-dir.ts';

describe('every edition has a committed, up-to-date anchor ledger', () => {
  const check = spawnSync(process.execPath, [join(ROOT, 'scripts/anchors.ts'), 'check'], {
    cwd: ROOT,
    encoding: 'utf8',
  });

  test('npm run anchors -- check passes', () => {
    expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  });

  test.each(editions().map((edition) => edition.slug))(
    '%s: every block has its recorded address',
    (slug) => {
      const line = check.stdout
        .split('\n')
        .find((text) => text.startsWith(`ok   ${slug}: `) || text.startsWith(`FAIL ${slug}: `));
      expect(line, check.stdout).toMatch(/^ok {3}/u);
      // The ledger records at least the blocks the check counted (vanished addresses stay, redirected).
      const blocks = Number(/: (\d+) blocks$/u.exec(line!)?.[1]);
      expect(blocks).toBeGreaterThan(0);
      expect(ledgerOf(slug)!.anchors.length).toBeGreaterThanOrEqual(blocks);
    },
  );
});
