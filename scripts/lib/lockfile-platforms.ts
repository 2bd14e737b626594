/**
 * The pure part of `npm run lockfile:complete` (scripts/complete-lockfile.ts):
 * which platform packages package-lock.json lacks, which platform each is
 * for, and the lockfile with them recorded. The script does the file and
 * registry I/O.
 *
 * npm skips an optional package whose `os`, `cpu` or `libc` does not match
 * the machine, so a package recorded with the wrong platform (or none) is
 * installed everywhere: a Windows binary on Linux, for instance.
 */

/** Where a package runs, in npm's words (`process.platform`, `process.arch`, glibc/musl). */
export interface Platform {
  os?: string[];
  cpu?: string[];
  libc?: string[];
}

/** One entry of package-lock.json's `packages`. */
export interface LockPackage extends Platform {
  version?: string;
  optional?: boolean;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

export interface Lockfile {
  packages: Record<string, LockPackage>;
  [key: string]: unknown;
}

/** A platform package to record: where it goes in the lockfile, and what it is. */
export interface PlatformPackage {
  /** Key in `packages`, e.g. `node_modules/@pagefind/windows-x64`. */
  key: string;
  name: string;
  /** The version (or range) a dependent asks for. */
  version: string;
}

/**
 * Words in package names that name an operating system, with the value npm
 * compares against `process.platform`. Packages do not all use Node's words:
 * Pagefind says `windows` for `win32`, sharp says `linuxmusl`.
 */
const OS_WORDS: Readonly<Record<string, string>> = {
  aix: 'aix',
  android: 'android',
  darwin: 'darwin',
  macos: 'darwin',
  freebsd: 'freebsd',
  linux: 'linux',
  linuxmusl: 'linux',
  netbsd: 'netbsd',
  openbsd: 'openbsd',
  openharmony: 'openharmony',
  sunos: 'sunos',
  win32: 'win32',
  windows: 'win32',
};

/** Words in package names that name a processor, with the value npm compares against `process.arch`. */
const CPU_WORDS: Readonly<Record<string, string>> = {
  arm: 'arm',
  arm64: 'arm64',
  aarch64: 'arm64',
  ia32: 'ia32',
  loong64: 'loong64',
  mips64el: 'mips64el',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
  wasm32: 'wasm32',
  x64: 'x64',
};

/**
 * The platform a package is for, guessed from its name, for when the
 * registry cannot say: `@pagefind/windows-x64` → win32/x64,
 * `…-linux-arm64-musl` → linux/arm64/musl. Undefined when the name names no
 * processor (then it is not a platform build).
 */
export function platformFromName(name: string): Platform | undefined {
  const words = (name.split('/').at(-1) ?? '').split('-');
  const os = words.map((word) => OS_WORDS[word]).find((value) => value !== undefined);
  const cpu = words.map((word) => CPU_WORDS[word]).find((value) => value !== undefined);
  if (cpu === undefined) return undefined;
  // Only the exact words: `gnueabihf` (32-bit ARM) packages declare no libc.
  const libc =
    words.includes('musl') || words.includes('linuxmusl')
      ? 'musl'
      : words.includes('gnu')
        ? 'glibc'
        : undefined;
  return { ...(os ? { os: [os] } : {}), cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

function stringList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return undefined;
}

/**
 * The platform and version a registry manifest declares, from the output of
 * `npm view <name>@<version> --json` (one manifest, or a list when a range
 * matches several versions: the newest, last, is taken). A manifest without
 * `os`, `cpu` or `libc` gives an empty platform: the package runs anywhere.
 */
export function platformFromManifest(
  view: unknown,
): { version?: string; platform: Platform } | undefined {
  const manifest: unknown = Array.isArray(view) ? view.at(-1) : view;
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const fields = manifest as Record<string, unknown>;
  const platform: Platform = {};
  for (const field of ['os', 'cpu', 'libc'] as const) {
    const list = stringList(fields[field]);
    if (list) platform[field] = list;
  }
  return typeof fields['version'] === 'string'
    ? { version: fields['version'], platform }
    : { platform };
}

/** The package name in a `packages` key: `node_modules/a/node_modules/@b/c` → `@b/c`. */
function nameOfKey(key: string): string {
  return key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

/**
 * An entry this completion wrote earlier: optional, and never fetched (no
 * `resolved`, no `integrity`). Its platform is worked out again, so a wrong
 * guess from an older run is corrected.
 */
function isPlaceholder(entry: LockPackage): boolean {
  return (
    entry.optional === true &&
    entry.resolved === undefined &&
    entry.integrity === undefined &&
    entry.link !== true
  );
}

/**
 * Platform packages to record: optional dependencies the lockfile has no
 * entry for (neither hoisted nor nested under their dependent), and the
 * placeholders recorded by an earlier run.
 */
export function platformPackagesToRecord(lock: Lockfile): PlatformPackage[] {
  const wanted = new Map<string, PlatformPackage>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key !== '' && isPlaceholder(entry))
      wanted.set(key, { key, name: nameOfKey(key), version: entry.version ?? '' });
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (lock.packages[key] !== undefined || lock.packages[`${path}/${key}`] !== undefined)
        continue;
      if (!wanted.has(key)) wanted.set(key, { key, name, version });
    }
  }
  return [...wanted.values()];
}

/**
 * The lockfile with each package recorded as an optional package for its
 * platform, replacing any earlier placeholder, and `packages` in npm's order
 * (the root first, then by key).
 */
export function withPlatformPackages(
  lock: Lockfile,
  recorded: readonly (PlatformPackage & { platform: Platform })[],
): Lockfile {
  const packages: Record<string, LockPackage> = { ...lock.packages };
  for (const { key, version, platform } of recorded) {
    // Keys in the order npm itself writes them, so a later `npm install` does not reshuffle the entry.
    packages[key] = {
      version,
      ...(platform.cpu ? { cpu: platform.cpu } : {}),
      ...(platform.libc ? { libc: platform.libc } : {}),
      optional: true,
      ...(platform.os ? { os: platform.os } : {}),
    };
  }
  const sorted = Object.entries(packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  );
  return { ...lock, packages: Object.fromEntries(sorted) };
}
