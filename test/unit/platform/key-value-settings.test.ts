import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFileSettings, createKeyValueSettings, openDataFiles, type SetAside } from '../../../src/main/platform/files';
import { createRecordingLogger } from '../../../src/main/platform/memory';

describe('settings over the desktop’s data file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-electron-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('shares settings.json with the CLI and the web host: neither loses the other’s key', async () => {
    const desktop = createKeyValueSettings(await openDataFiles(dir)('settings'));
    const cli = createFileSettings({ dir, logger: createRecordingLogger() });
    desktop.set('preferences', { theme: 'dark' });
    cli.set('connection.profiles', [{ id: 'p1' }]);
    desktop.set('catalog.mode', 'per-folder');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({
      preferences: { theme: 'dark' },
      'connection.profiles': [{ id: 'p1' }],
      'catalog.mode': 'per-folder',
    });
    expect(desktop.get('connection.profiles')).toEqual([{ id: 'p1' }]);
    expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(0o600);
  });

  it('sets a key of the wrong shape aside and reports it, so the desktop host can show it', async () => {
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ 'connection.profiles': 'oops' }));
    const reported: SetAside[] = [];
    const settings = createKeyValueSettings(await openDataFiles(dir)('settings', (event) => reported.push(event)));
    expect(settings.read('connection.profiles', z.array(z.unknown()))).toBeUndefined();
    expect(reported).toEqual([
      expect.objectContaining({ key: 'connection.profiles', backup: expect.stringContaining('settings.json.corrupt-') }),
    ]);
    expect(JSON.parse(readFileSync(reported[0]!.backup, 'utf8'))).toEqual({ 'connection.profiles': 'oops' });
  });

  it('sets an unparsable file aside at start and reports where it went', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"preferences": {');
    const reported: SetAside[] = [];
    const settings = createKeyValueSettings(await openDataFiles(dir)('settings', (event) => reported.push(event)));
    expect(settings.get('preferences')).toBeUndefined();
    expect(reported).toEqual([{ backup: expect.stringContaining('settings.json.corrupt-'), reason: expect.stringContaining('JSON') }]);
    expect(readFileSync(reported[0]!.backup, 'utf8')).toBe('{"preferences": {');
  });

  it('hands out copies, so a changed value read does not change the settings', async () => {
    const settings = createKeyValueSettings(await openDataFiles(dir)('settings'));
    settings.set('favourites', ['a']);
    settings.get<string[]>('favourites')!.push('b');
    expect(settings.get('favourites')).toEqual(['a']);
  });
});
