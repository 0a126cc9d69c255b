import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createNodePlatform, logLevelFrom, resolveDataDir } from '../../../src/main/platform/node';

describe('the Node platform', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-platform-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its settings in BATON_HOME', async () => {
    const platform = await createNodePlatform({
      host: 'cli',
      env: { BATON_HOME: dir },
      logger: createRecordingLogger(),
      loadKeyring: () => Promise.reject(new Error('no keyring in tests')),
    });
    expect(platform.host).toBe('cli');
    expect(platform.dataDir).toBe(dir);
    expect(platform.settings.location).toBe(join(dir, 'settings.json'));
    expect(platform.vault.persistence).toBe('owner-only-file');
  });

  it('follows BATON_SECRET_STORE, and in the environment-only mode writes nothing to the data folder', async () => {
    const memory = await createNodePlatform({
      host: 'cli',
      env: { BATON_HOME: dir, BATON_SECRET_STORE: 'memory' },
      logger: createRecordingLogger(),
    });
    expect(memory.vault.persistence).toBe('session-only');
    const home = join(dir, 'ephemeral');
    const ephemeral = await createNodePlatform({ host: 'cli', home, isEphemeral: true, log: { format: 'human' } });
    ephemeral.settings.set('theme', 'dark');
    await ephemeral.vault.set('k', 'v');
    ephemeral.logger.info('nothing is written');
    expect(existsSync(home)).toBe(false);
  });

  it('gives the home option precedence over BATON_HOME', async () => {
    const platform = await createNodePlatform({
      host: 'web',
      home: dir,
      env: { BATON_HOME: join(dir, 'elsewhere') },
      logger: createRecordingLogger(),
      loadKeyring: () => Promise.reject(new Error('no keyring in tests')),
    });
    expect(platform.dataDir).toBe(dir);
  });

  it('has a clock whose timers can be cancelled', async () => {
    const platform = await createNodePlatform({
      host: 'cli',
      home: dir,
      logger: createRecordingLogger(),
      loadKeyring: () => Promise.reject(new Error('none')),
    });
    let fired = false;
    const cancel = platform.clock.setTimeout(() => void (fired = true), 0);
    cancel();
    await new Promise<void>((resolve) => platform.clock.setTimeout(resolve, 5));
    expect(fired).toBe(false);
  });
});

describe('the data folder', () => {
  it('is BATON_HOME when set', () => {
    expect(resolveDataDir({ env: { BATON_HOME: '/tmp/b', XDG_CONFIG_HOME: '/x' }, os: 'linux', home: '/home/ann' })).toBe('/tmp/b');
  });

  it('follows XDG_CONFIG_HOME on Linux, with ~/.config as the fallback', () => {
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, os: 'linux', home: '/home/ann' })).toBe(join('/cfg', 'baton'));
    expect(resolveDataDir({ env: {}, os: 'linux', home: '/home/ann' })).toBe(join('/home/ann', '.config', 'baton'));
  });

  it('is Application Support on macOS and APPDATA on Windows', () => {
    expect(resolveDataDir({ env: {}, os: 'darwin', home: '/Users/ann' })).toBe(
      join('/Users/ann', 'Library', 'Application Support', 'Baton'),
    );
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, os: 'win32', home: 'C:\\Users\\ann' })).toBe(
      join('C:\\Users\\ann\\AppData\\Roaming', 'Baton'),
    );
  });
});

describe('the log level', () => {
  it('is warn for the CLI and info for the web host unless BATON_LOG_LEVEL says otherwise', () => {
    expect(logLevelFrom({}, 'cli')).toBe('warn');
    expect(logLevelFrom({}, 'web')).toBe('info');
    expect(logLevelFrom({ BATON_LOG_LEVEL: 'DEBUG' }, 'cli')).toBe('debug');
    expect(logLevelFrom({ BATON_LOG_LEVEL: 'loud' }, 'cli')).toBe('warn');
  });
});
