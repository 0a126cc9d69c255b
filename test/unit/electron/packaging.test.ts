import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('js-yaml').load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('packaging', () => {
  it("electron-builder.yml passes electron-builder's own schema", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('ships only the build output and registers the baton:// scheme', () => {
    expect(config).toMatchObject({ appId: 'dev.baton.app', productName: 'Baton', asar: true, files: ['out/**', 'package.json'] });
    expect(config.protocols).toEqual([{ name: 'Baton', schemes: ['baton'] }]);
  });

  it('has the app icon and a 16 px and 32 px tray icon for every tray state', () => {
    expect(existsSync('assets/icon.png')).toBe(true);
    for (const state of ['signed-out', 'connected', 'running', 'attention']) {
      for (const file of [`assets/tray/tray-${state}.png`, `assets/tray/tray-${state}@2x.png`]) {
        expect(readFileSync(file).subarray(1, 4).toString('ascii'), file).toBe('PNG');
      }
    }
  });
});
