import { describe, expect, it } from 'vitest';
import { createClientPool, type ConnectionSource } from '../../../src/main/orchestrator';
import { createManualClock, createMemorySettings } from '../../../src/main/platform/memory';
import { createRunService, type LocalTarget } from '../../../src/main/runs';
import type { LocalRun } from '../../../src/shared/contract/runs';
import { createEmitter } from '../../../src/main/lib';
import { localRun } from '../../support/runs';

/**
 * A target that tells a run's end while the stop it was asked for is still being answered, and
 * then answers with what it knew when the stop went out: as a poll or a push can overtake an answer.
 */
function targetOvertakenByItsEnd(): LocalTarget {
  const updated = createEmitter<LocalRun>();
  const unused = () => Promise.reject(new Error('unused in this test'));
  return {
    start: unused,
    async stop(run) {
      updated.emit({ ...run, state: 'stopped', endedAt: '2026-01-01T00:01:00.000Z' });
      return { ...run, state: 'running' };
    },
    pause: unused,
    resume: unused,
    get: unused,
    follow: () => {},
    logPageUrl: () => undefined,
    onUpdated: (listener) => updated.on(listener),
    onLog: () => () => {},
    dispose: () => {},
  };
}

// Catches: an answer read after the run's end was told put the run back to running, for good.
describe('the order of what the run service hears', () => {
  it('keeps a run ended once its end was told, whatever older answer comes after', async () => {
    const settings = createMemorySettings();
    settings.set('runs.history', { '~local': [localRun({ id: 'l1', state: 'running' })] });
    const connections: ConnectionSource = { active: () => null, forProfile: () => null, onDidChangeActive: () => () => {} };
    const clock = createManualClock();
    const clients = createClientPool({ connections, fetch: () => Promise.reject(new Error('no network in this test')), clock });
    const runs = createRunService({
      connections,
      clients,
      catalog: { findProcess: () => Promise.reject(new Error('unused')) },
      settings,
      clock,
      targets: { local: targetOvertakenByItsEnd() },
    });
    const told: string[] = [];
    runs.onUpdated((run) => told.push(run.state));

    const answered = await runs.stop('l1');

    expect(answered.state).toBe('stopped');
    expect((await runs.get('l1')).state).toBe('stopped');
    expect(told).toEqual(['stopped']);
  });
});
