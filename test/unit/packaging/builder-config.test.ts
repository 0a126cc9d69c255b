import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '../../..');
// The yml is checked against the schema below; here it is read loosely to pick out paths.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const config = parseYaml(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

// electron-builder's own schema and the ajv it validates with (its dependency, not ours).
const builderLibDir = join(require.resolve('app-builder-lib/package.json'), '..');
const scheme = JSON.parse(readFileSync(join(builderLibDir, 'scheme.json'), 'utf8'));
const Ajv = createRequire(join(builderLibDir, 'package.json'))('ajv').default;

let dist: { builderConfig(base: unknown, env: Record<string, string | undefined>): Record<string, unknown> };
beforeAll(async () => {
  dist = await import(pathToFileURL(join(root, 'scripts/dist.mjs')).href);
});

describe('electron-builder.yml', () => {
  it("matches electron-builder's JSON schema (scheme.json in app-builder-lib)", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
    expect(validate(structuredClone(config)), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("passes electron-builder's own validateConfiguration, for every update-feed choice", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    for (const env of [{}, { BATON_UPDATE_URL: 'https://updates.example.test/baton' }, { BATON_PUBLISH_GITHUB: 'acme/baton' }]) {
      await expect(validateConfiguration(dist.builderConfig(config, env), new DebugLogger(false))).resolves.toBeUndefined();
    }
  });

  it('rejects a configuration with a misspelt option (the schema check can fail)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
    expect(validate({ ...structuredClone(config), nsis: { ...config.nsis, perMachin: true } })).toBe(false);
  });

  it('packs only the build output, without maps, tests or sources', () => {
    expect(config).toMatchObject({ appId: 'dev.baton.app', productName: 'Baton', asar: true });
    const patterns: string[] = config.files;
    expect(patterns.filter((pattern) => !pattern.startsWith('!'))).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
    ]);
    expect(patterns).toEqual(expect.arrayContaining(['!**/*.map', '!**/*.{test,spec}.*', '!**/*.{ts,tsx,mts,cts}']));
  });

  it('registers the baton:// scheme and builds every installer the issue names', () => {
    expect(config.protocols).toEqual([{ name: 'Baton', schemes: ['baton'] }]);
    const targets = (platform: string) => config[platform].target.map((entry: { target: string }) => entry.target);
    expect(targets('win')).toEqual(['nsis', 'portable']);
    expect(targets('mac')).toEqual(['dmg', 'zip']);
    expect(targets('linux')).toEqual(['AppImage', 'deb', 'rpm']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: false });
    expect(config.linux.desktop.entry.MimeType).toBe('x-scheme-handler/baton;');
    expect(config.artifactName).toContain('${version}');
    expect(config.artifactName).toContain('${arch}');
  });

  it('publishes a generic feed from BATON_UPDATE_URL, GitHub as the alternative, none without either', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.BATON_UPDATE_URL}', channel: 'latest' });
    expect(dist.builderConfig(config, { BATON_PUBLISH_GITHUB: 'acme/baton' }).publish).toMatchObject({
      provider: 'github',
      owner: 'acme',
      repo: 'baton',
    });
    expect(dist.builderConfig(config, {}).publish).toBeNull();
    expect(() => dist.builderConfig(config, { BATON_UPDATE_URL: 'http://plain.test' })).toThrow(/https/);
  });
});

describe('files the configuration refers to', () => {
  const referenced = [
    config.win.icon,
    config.nsis.installerIcon,
    config.nsis.uninstallerIcon,
    config.mac.icon,
    config.mac.entitlements,
    config.mac.entitlementsInherit,
    config.linux.icon,
    config.afterPack,
    config.afterSign,
    config.deb.afterInstall,
    config.deb.afterRemove,
    config.rpm.afterInstall,
    config.rpm.afterRemove,
    ...config.extraResources.map((resource: { from: string }) => resource.from).filter((from: string) => !from.startsWith('out/')),
  ] as string[];

  it.each(referenced)('%s exists', (file) => {
    expect(existsSync(join(root, file)), file).toBe(true);
  });

  it('ships executable CLI launchers for Unix and Windows', () => {
    for (const tool of ['baton', 'baton-robot']) {
      accessSync(join(root, 'build/bin', tool), constants.X_OK);
      expect(readFileSync(join(root, 'build/bin', `${tool}.cmd`), 'utf8')).toMatch(/\\cli\\lib\\.*\.mjs" %\*\r\n$/);
    }
    for (const script of ['after-install.sh', 'after-remove.sh'])
      expect(statSync(join(root, 'build/linux', script)).mode & 0o111).not.toBe(0);
  });

  it('has Windows and macOS icons with a 256 px and a 512 px image', () => {
    const ico = readFileSync(join(root, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const entries = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
      const at = 6 + index * 16;
      return { size: ico[at] || 256, offset: ico.readUInt32LE(at + 12), length: ico.readUInt32LE(at + 8) };
    });
    expect(entries.map((entry) => entry.size)).toContain(256);
    for (const entry of entries) expect(ico.subarray(entry.offset + 1, entry.offset + 4).toString('ascii')).toBe('PNG');

    const icns = readFileSync(join(root, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('ascii'));
    expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09']));
  });

  it('has a 16 px, 32 px and macOS template tray icon for every tray state', () => {
    for (const state of ['signed-out', 'connected', 'running', 'attention']) {
      for (const suffix of ['', '@2x', 'Template', 'Template@2x']) {
        const file = join(root, `assets/tray/tray-${state}${suffix}.png`);
        expect(readFileSync(file).subarray(1, 4).toString('ascii'), file).toBe('PNG');
      }
    }
  });
});
