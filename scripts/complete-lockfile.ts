/**
 * `npm run lockfile:complete`, after any `npm install`.
 *
 * The npm registry this project is built against serves only some platforms'
 * builds of packages that ship native binaries as optional dependencies
 * (`@pagefind/darwin-arm64`, `@astrojs/compiler-binding-win32-x64-msvc`, …).
 * `npm install` then leaves them out of package-lock.json, and `npm ci`
 * refuses a lockfile that lacks them. This records each missing one with the
 * platform it is for, so `npm ci` knows to skip it everywhere else.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

const OS = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openbsd', 'sunos', 'aix'];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 's390x', 'ppc64', 'loong64'];

/** `@pagefind/darwin-arm64` → { os: [darwin], cpu: [arm64] }; `…-linux-arm64-musl` adds libc. */
function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> | undefined {
  const parts = name.split('/').pop()!.split('-');
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  if (cpu === undefined) return undefined;
  const libc = parts.includes('musl') ? ['musl'] : parts.includes('gnu') ? ['glibc'] : undefined;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc } : {}) };
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key] !== undefined || lock.packages[`${path}/${key}`] !== undefined) continue;
    const platform = platformOf(name);
    if (!platform) {
      console.warn(`left out ${name}: no platform in its name`);
      continue;
    }
    lock.packages[key] = { version, optional: true, ...platform };
    added += 1;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`recorded ${added} optional platform package(s) the registry does not serve`);
