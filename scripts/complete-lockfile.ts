/**
 * `npm run lockfile:complete`, after any `npm install`.
 *
 * The npm registry this project is built against serves only some platforms'
 * builds of packages that ship native binaries as optional dependencies
 * (`@pagefind/darwin-arm64`, `@astrojs/compiler-binding-win32-x64-msvc`, …).
 * `npm install` then leaves them out of package-lock.json, and `npm ci`
 * refuses a lockfile that lacks them. This records each missing one with the
 * platform it is for, so `npm ci` knows to skip it everywhere else.
 *
 * The platform comes from the package's manifest when the configured registry
 * has it (`npm view`), else from its name (scripts/lib/lockfile-platforms.ts).
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import {
  platformFromManifest,
  platformFromName,
  platformPackagesToRecord,
  withPlatformPackages,
  type Lockfile,
  type Platform,
  type PlatformPackage,
} from './lib/lockfile-platforms.ts';

const run = promisify(execFile);

/** The manifest's platform and exact version, or undefined when the registry does not have the package (or cannot be reached). */
async function fromRegistry(
  name: string,
  version: string,
): Promise<{ version?: string; platform: Platform } | undefined> {
  try {
    // npm is a .cmd script on Windows, which only a shell can start.
    const { stdout } = await run('npm', ['view', `${name}@${version}`, '--json'], {
      shell: process.platform === 'win32',
    });
    return platformFromManifest(JSON.parse(stdout));
  } catch {
    return undefined;
  }
}

async function resolve(
  wanted: PlatformPackage,
): Promise<(PlatformPackage & { platform: Platform }) | undefined> {
  const manifest = await fromRegistry(wanted.name, wanted.version);
  if (manifest)
    return { ...wanted, version: manifest.version ?? wanted.version, platform: manifest.platform };
  const guessed = platformFromName(wanted.name);
  if (!guessed) {
    console.warn(
      `left out ${wanted.name}@${wanted.version}: the registry does not have it and its name names no platform; add it to package-lock.json by hand with its os and cpu`,
    );
    return undefined;
  }
  console.warn(
    `${wanted.name}@${wanted.version}: not in the registry, platform taken from its name (${JSON.stringify(guessed)})`,
  );
  return { ...wanted, platform: guessed };
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lockfile;
const recorded = (await Promise.all(platformPackagesToRecord(lock).map(resolve))).filter(
  (entry) => entry !== undefined,
);
writeFileSync(
  'package-lock.json',
  `${JSON.stringify(withPlatformPackages(lock, recorded), null, 2)}\n`,
);
for (const { name, version, platform } of recorded)
  console.log(`${name}@${version}: ${JSON.stringify(platform)}`);
console.log(
  `recorded ${recorded.length} optional platform package(s) the lockfile lacked or held as placeholders`,
);
