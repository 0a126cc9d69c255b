import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createMemorySettings } from '../../src/main/platform/memory';
import type { Run } from '../../src/shared/contract/runs';
import { localOf } from '../support/runs';
import { realClock } from '../support/auth-harness';
import { writeWaitProcess } from '../support/command-processes';

// Pause and Resume of a local run, through the contract, on the bridge Baton starts itself with
// the command executor (POSIX: the job's process group is stopped and continued).
let dir: string;
let core: ReturnType<typeof createCore>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'baton-pause-'));
  writeWaitProcess(join(dir, 'processes'));
  const settings = createMemorySettings();
  settings.set('robot.processesDir', join(dir, 'processes'));
  settings.set('robot.executor', 'command');
  core = createCore({
    platform: createMemoryPlatform({ host: 'web', clock: realClock, settings, dataDir: join(dir, 'home') }),
    version: '0.0.0-test',
  });
});
afterAll(async () => {
  await core?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function whenRun(runId: string, isWanted: (run: Run) => boolean): Promise<Run> {
  return new Promise((resolve) => {
    const stop = core.events.on('run.updated', (run) => {
      if (run.id === runId && isWanted(run)) {
        stop();
        resolve(run);
      }
    });
  });
}

describe.skipIf(process.platform === 'win32')('pausing a local run', () => {
  it('pauses and resumes a running local run, and refuses once it has ended', { timeout: 60_000 }, async () => {
    const started = await core.handlers['runs.start']({ target: 'local', processKey: 'wait' });
    if (started.info !== 'waiting') await whenRun(started.id, (run) => run.info === 'waiting');

    const paused = await core.handlers['runs.pause']({ runId: started.id });
    expect(paused).toMatchObject({ state: 'running', isPaused: true, info: 'Paused on this machine.' });
    expect(localOf(await core.handlers['runs.get']({ runId: started.id })).isPaused).toBe(true);

    const resumed = await core.handlers['runs.resume']({ runId: started.id });
    expect(resumed.state).toBe('running');
    expect(localOf(resumed).isPaused).toBeUndefined();

    const ended = whenRun(started.id, (run) => run.state === 'stopped');
    await core.handlers['runs.stop']({ runId: started.id, mode: 'kill' });
    await ended;
    await expect(core.handlers['runs.pause']({ runId: started.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Wait has already ended.',
    });
  });
});
