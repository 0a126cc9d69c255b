import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../../src/main/compose';
import { createMemoryPlatform, createMemoryVault, createRecordingLogger } from '../../../src/main/platform/memory';
import { createFileSettings } from '../../../src/main/platform/node';
import { DEFAULT_ROBOT_URL, robotTokenKey } from '../../../src/main/robot';
import { RESET_CONFIRMATION } from '../../../src/shared/contract/preferences';
import type { Run } from '../../../src/shared/contract/runs';
import { localRun } from '../../support/runs';

const finishedRun: Run = localRun({ id: 'run-1', state: 'successful' });

describe('Reset Baton', () => {
  it('leaves nothing behind: profiles, the robot pairing secret, run history, cached process lists and every other setting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-reset-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const logger = createRecordingLogger();
    const settings = createFileSettings({ dir, logger });
    const vault = createMemoryVault();
    const pairedUrl = 'ws://127.0.0.1:2525/robot';
    settings.set('robot.url', pairedUrl);
    await vault.set(robotTokenKey(pairedUrl), 'robot-token');
    await vault.set(robotTokenKey(DEFAULT_ROBOT_URL), 'older-robot-token');
    settings.set('runs.history', { local: [finishedRun] });
    settings.set('shell.window.bounds', { x: 1, y: 2, width: 800, height: 600 });
    mkdirSync(join(dir, 'catalog-cache'));
    writeFileSync(join(dir, 'catalog-cache', 'p1.json'), '{}');

    const core = createCore({ platform: createMemoryPlatform({ settings, vault, logger, dataDir: dir }), version: '0.0.0-test' });
    try {
      await core.handlers['session.profiles.add']({
        name: 'Finance',
        orchestratorUrl: 'https://finance.example.test',
        makeActive: true,
      } as never);
      expect((await core.handlers['runs.list']({})).map((run) => run.id)).toEqual(['run-1']);

      await core.handlers['preferences.reset']({ confirm: RESET_CONFIRMATION });

      expect((await core.handlers['session.profiles.list']({})).profiles).toEqual([]);
      expect([...vault.entries.keys()]).toEqual([]);
      expect(await core.handlers['runs.list']({})).toEqual([]);
      expect(existsSync(join(dir, 'catalog-cache')) ? readdirSync(join(dir, 'catalog-cache')) : []).toEqual([]);
      for (const key of ['robot.url', 'runs.history', 'shell.window.bounds', 'profiles']) expect(settings.get(key), key).toBeUndefined();
      // A restart reads the same empty state: nothing was only forgotten in memory.
      const reopened = createFileSettings({ dir, logger });
      for (const key of ['robot.url', 'runs.history', 'shell.window.bounds']) expect(reopened.get(key), key).toBeUndefined();
    } finally {
      await core.dispose();
    }
  });
});
