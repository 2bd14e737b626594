import { describe, expect, test } from 'vitest';
import {
  platformFromManifest,
  platformFromName,
  platformPackagesToRecord,
  withPlatformPackages,
  type Lockfile,
} from '../../scripts/lib/lockfile-platforms.ts';

// Expected platforms are those the npm registry's manifests declare for these
// packages (`npm view <name>@<version> os cpu libc`, checked by hand), so the
// guess from the name is held to what npm itself would record.
describe('the platform a package is for, from its name', () => {
  test.each([
    ['@pagefind/windows-x64', { os: ['win32'], cpu: ['x64'] }],
    ['@pagefind/windows-arm64', { os: ['win32'], cpu: ['arm64'] }],
    ['@pagefind/darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@pagefind/linux-x64', { os: ['linux'], cpu: ['x64'] }],
    ['@esbuild/win32-ia32', { os: ['win32'], cpu: ['ia32'] }],
    ['@astrojs/compiler-binding-win32-x64-msvc', { os: ['win32'], cpu: ['x64'] }],
    [
      '@astrojs/compiler-binding-linux-arm64-musl',
      { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
    ],
    ['@rolldown/binding-linux-x64-gnu', { os: ['linux'], cpu: ['x64'], libc: ['glibc'] }],
    ['@img/sharp-libvips-linuxmusl-x64', { os: ['linux'], cpu: ['x64'], libc: ['musl'] }],
    ['lightningcss-linux-arm-gnueabihf', { os: ['linux'], cpu: ['arm'] }],
    ['@astrojs/compiler-binding-wasm32-wasi', { cpu: ['wasm32'] }],
  ])('%s', (name, platform) => {
    expect(platformFromName(name)).toEqual(platform);
  });

  test.each(['pagefind', 'fsevents', '@astrojs/compiler'])('%s names no platform', (name) => {
    expect(platformFromName(name)).toBeUndefined();
  });
});

describe('the platform a registry manifest declares', () => {
  test.each([
    [
      'a platform build',
      { name: '@pagefind/windows-x64', version: '1.6.0', os: ['win32'], cpu: ['x64'] },
      { version: '1.6.0', platform: { os: ['win32'], cpu: ['x64'] } },
    ],
    [
      'with libc',
      { version: '0.5.1', os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
      { version: '0.5.1', platform: { os: ['linux'], cpu: ['arm64'], libc: ['musl'] } },
    ],
    [
      'os only',
      { version: '0.35.5', os: ['freebsd'] },
      { version: '0.35.5', platform: { os: ['freebsd'] } },
    ],
    [
      'os as a string',
      { version: '1.0.0', os: 'darwin' },
      { version: '1.0.0', platform: { os: ['darwin'] } },
    ],
    ['no platform: runs anywhere', { version: '2.0.0' }, { version: '2.0.0', platform: {} }],
    [
      'several versions (a range): the last',
      [
        { version: '1.5.0', cpu: ['x64'] },
        { version: '1.6.0', cpu: ['arm64'] },
      ],
      { version: '1.6.0', platform: { cpu: ['arm64'] } },
    ],
  ])('%s', (_name, view, expected) => {
    expect(platformFromManifest(view)).toEqual(expected);
  });

  test('not a manifest', () => {
    expect(platformFromManifest(null)).toBeUndefined();
    expect(platformFromManifest('1.6.0')).toBeUndefined();
  });
});

describe('completing a lockfile', () => {
  const lock: Lockfile = {
    name: 'site',
    lockfileVersion: 3,
    packages: {
      '': { name: 'site', dependencies: { pagefind: '1.6.0' } },
      'node_modules/pagefind': {
        version: '1.6.0',
        integrity: 'sha512-a',
        optionalDependencies: {
          '@pagefind/linux-x64': '1.6.0',
          '@pagefind/windows-x64': '1.6.0',
          '@pagefind/darwin-arm64': '1.6.0',
        },
      },
      'node_modules/@pagefind/linux-x64': {
        version: '1.6.0',
        integrity: 'sha512-b',
        optional: true,
        os: ['linux'],
        cpu: ['x64'],
      },
      // What an older run wrote: no os, so npm ci installed it on Linux.
      'node_modules/@pagefind/windows-x64': { version: '1.6.0', optional: true, cpu: ['x64'] },
    },
  };

  test('wants the missing optional dependencies and the earlier placeholders, not installed packages', () => {
    expect(platformPackagesToRecord(lock)).toEqual([
      {
        key: 'node_modules/@pagefind/windows-x64',
        name: '@pagefind/windows-x64',
        version: '1.6.0',
      },
      {
        key: 'node_modules/@pagefind/darwin-arm64',
        name: '@pagefind/darwin-arm64',
        version: '1.6.0',
      },
    ]);
  });

  test('a dependency nested under its dependent is not missing', () => {
    const nested: Lockfile = {
      packages: {
        '': {},
        'node_modules/a': {
          version: '1.0.0',
          integrity: 'sha512-c',
          optionalDependencies: { 'b-linux-x64': '2.0.0' },
        },
        'node_modules/a/node_modules/b-linux-x64': {
          version: '2.0.0',
          integrity: 'sha512-d',
          optional: true,
          os: ['linux'],
          cpu: ['x64'],
        },
      },
    };
    expect(platformPackagesToRecord(nested)).toEqual([]);
  });

  test('records each with its platform, replaces the placeholder, keeps the rest, root first and keys in order', () => {
    const completed = withPlatformPackages(lock, [
      {
        key: 'node_modules/@pagefind/windows-x64',
        name: '@pagefind/windows-x64',
        version: '1.6.0',
        platform: { os: ['win32'], cpu: ['x64'] },
      },
      {
        key: 'node_modules/@pagefind/darwin-arm64',
        name: '@pagefind/darwin-arm64',
        version: '1.6.0',
        platform: { os: ['darwin'], cpu: ['arm64'] },
      },
    ]);
    expect(completed).toEqual({
      name: 'site',
      lockfileVersion: 3,
      packages: {
        '': lock.packages[''],
        'node_modules/@pagefind/darwin-arm64': {
          version: '1.6.0',
          optional: true,
          os: ['darwin'],
          cpu: ['arm64'],
        },
        'node_modules/@pagefind/linux-x64': lock.packages['node_modules/@pagefind/linux-x64'],
        'node_modules/@pagefind/windows-x64': {
          version: '1.6.0',
          optional: true,
          os: ['win32'],
          cpu: ['x64'],
        },
        'node_modules/pagefind': lock.packages['node_modules/pagefind'],
      },
    });
    expect(Object.keys(completed.packages)).toEqual([
      '',
      'node_modules/@pagefind/darwin-arm64',
      'node_modules/@pagefind/linux-x64',
      'node_modules/@pagefind/windows-x64',
      'node_modules/pagefind',
    ]);
    // The input is not changed.
    expect(lock.packages['node_modules/@pagefind/windows-x64']).toEqual({
      version: '1.6.0',
      optional: true,
      cpu: ['x64'],
    });
  });
});
