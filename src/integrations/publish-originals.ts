/**
 * Publishes every original at /originals/<file>.txt, byte for byte as
 * received (content/originals/), so that readers can read what each edition
 * is made from and check it against the SHA-256 its page shows. Copied at
 * the end of the build; the host must serve .txt as
 * `text/plain; charset=utf-8` (README, "Publish").
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface PublishOriginalsOptions {
  originalsDir: string;
}

export function publishOriginals(options: PublishOriginalsOptions): AstroIntegration {
  return {
    name: 'qas:publish-originals',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), 'originals');
        mkdirSync(target, { recursive: true });
        const files = readdirSync(options.originalsDir).filter((name) => name.endsWith('.txt'));
        for (const name of files)
          copyFileSync(join(options.originalsDir, name), join(target, name));
        logger.info(`published ${files.length} originals in /originals/`);
      },
    },
  };
}
