import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
// The hooks are plain .mjs that electron-builder imports; loaded the same way here.
const load = (file: string) => import(pathToFileURL(join(root, file)).href);
const { fuseConfig } = await load('build/fuses.mjs');
const { afterPack } = await load('build/after-pack.mjs');
const { afterSign, notarizeCredentials } = await load('build/notarize.mjs');

const ALL_FUSES = Object.values(FuseV1Options).filter((value) => typeof value === 'number');

describe('Electron fuses', () => {
  it('turn off RunAsNode, NODE_OPTIONS and --inspect, and enforce the asar in production', () => {
    const config = fuseConfig({ platform: 'linux', arch: 'x64' });
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  // Catches: the file privileges fuse left on, so a file:// page could fetch any local file.
  it('take the extra privileges away from file:// in every build (the renderer is app://)', () => {
    expect(fuseConfig({ platform: 'linux', arch: 'x64' })[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(fuseConfig({ isTestBuild: true })[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('name every fuse this @electron/fuses knows, so a new one fails the build', () => {
    const config = fuseConfig();
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const fuse of ALL_FUSES) expect(typeof config[fuse], `fuse ${FuseV1Options[fuse as number]}`).toBe('boolean');
  });

  it('keep --inspect in test builds, which Playwright uses to reach the main process', () => {
    expect(fuseConfig({ isTestBuild: true })[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect(fuseConfig({ isTestBuild: true })[FuseV1Options.RunAsNode]).toBe(false);
  });

  it('are flipped by the afterPack hook through electron-builder, with a fresh ad-hoc signature on Apple silicon', async () => {
    const flipped: unknown[] = [];
    const context = {
      electronPlatformName: 'darwin',
      arch: 3,
      appOutDir: '/tmp/x',
      packager: { addElectronFuses: async (_: unknown, fuses: unknown) => flipped.push(fuses) },
    };
    const previous = process.env.BATON_TEST_BUILD;
    delete process.env.BATON_TEST_BUILD;
    try {
      await afterPack(context);
    } finally {
      if (previous !== undefined) process.env.BATON_TEST_BUILD = previous;
    }
    expect(flipped).toEqual([fuseConfig({ platform: 'darwin', arch: 'arm64' })]);
    expect((flipped[0] as { resetAdHocDarwinSignature: boolean }).resetAdHocDarwinSignature).toBe(true);
  });
});

describe('notarization hook', () => {
  const mac = { electronPlatformName: 'darwin', appOutDir: '/nowhere', packager: { appInfo: { productFilename: 'Baton' } } };

  it('does nothing without Apple credentials in the environment', async () => {
    await expect(afterSign(mac, {})).resolves.toBe('skipped: no credentials');
    await expect(afterSign({ ...mac, electronPlatformName: 'win32' }, { APPLE_ID: 'a' })).resolves.toBe('skipped: not macOS');
  });

  it('needs a complete set: an API key, or an Apple ID with app password and team', () => {
    expect(notarizeCredentials({ APPLE_ID: 'me@acme.test', APPLE_TEAM_ID: 'T' })).toBeNull();
    expect(notarizeCredentials({ APPLE_ID: 'me@acme.test', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' })).toEqual({
      appleId: 'me@acme.test',
      appleIdPassword: 'p',
      teamId: 'T',
    });
    expect(notarizeCredentials({ APPLE_API_KEY: '/k.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' })).toMatchObject({
      appleApiKeyId: 'K',
    });
  });
});

describe('npm run dist', () => {
  it('stops with a clear message, before building anything, when the Electron runtime is missing', () => {
    const emptyElectron = mkdtempSync(join(tmpdir(), 'baton-no-electron-'));
    try {
      const result = spawnSync(process.execPath, [join(root, 'scripts/dist.mjs')], {
        cwd: root,
        env: { ...process.env, BATON_ELECTRON_DIR: emptyElectron },
        encoding: 'utf8',
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/needs the Electron runtime.*\n.*Nothing was built/);
      expect(result.stdout).toBe('');
    } finally {
      rmSync(emptyElectron, { recursive: true, force: true });
    }
  });
});
