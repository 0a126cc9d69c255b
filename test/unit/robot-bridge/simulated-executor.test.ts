import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/main/platform/memory';
import { createSimulatedExecutor, loadSimulatedCatalog, type SimulatedCatalog } from '../../../src/robot-bridge/executors';
import type { JobOutcome } from '../../../src/robot-bridge/executors';
import { DEMO_CATALOG_FILE } from '../../../src/robot-bridge/demo-catalog';

const catalog: SimulatedCatalog = {
  processes: [
    {
      key: 'p',
      name: 'P',
      durationMs: 1000,
      steps: [
        { at: 100, log: 'one' },
        { at: 500, progress: 'half' },
        { at: 600, event: { channel: 'c', payload: { n: 1 } } },
      ],
      outputArguments: { Fixed: true },
      echoInputs: { Copy: 'In' },
    },
    { key: 'later', name: 'Later', installed: false, durationMs: 10 },
  ],
};

function recorder() {
  const seen: string[] = [];
  const reporter = {
    log: (level: string, message: string) => void seen.push(`log:${level}:${message}`),
    progress: (message: string) => void seen.push(`progress:${message}`),
    event: (channel: string) => void seen.push(`event:${channel}`),
    output: () => {},
  };
  return { seen, reporter };
}

describe('simulated executor', () => {
  it('plays the scripted steps on the injected clock and ends with the scripted outputs', async () => {
    const clock = createManualClock();
    const executor = createSimulatedExecutor({ catalog, clock });
    const { seen, reporter } = recorder();
    const [process] = await executor.listProcesses();
    const job = executor.start({ jobId: 'j', process: process!, inputArguments: { In: 'x' }, reporter });
    let outcome: JobOutcome | undefined;
    void job.done.then((value) => (outcome = value));
    clock.advance(999);
    await Promise.resolve();
    expect(seen).toEqual(['log:info:one', 'progress:half', 'event:c']);
    expect(outcome).toBeUndefined();
    clock.advance(1);
    expect(await job.done).toEqual({ state: 'successful', outputArguments: { Fixed: true, Copy: 'x' } });
  });

  it('ends as stopped when stopped, and plays no more steps', async () => {
    const clock = createManualClock();
    const executor = createSimulatedExecutor({ catalog, clock });
    const { seen, reporter } = recorder();
    const [process] = await executor.listProcesses();
    const job = executor.start({ jobId: 'j', process: process!, inputArguments: {}, reporter });
    job.stop('soft');
    clock.advance(2000);
    expect(await job.done).toEqual({ state: 'stopped' });
    expect(seen).toEqual([]);
  });

  it('installs a process and tells listeners the list changed', async () => {
    const executor = createSimulatedExecutor({ catalog, clock: createManualClock() });
    let changes = 0;
    executor.onProcessesChanged?.(() => (changes += 1));
    await executor.install('later');
    expect((await executor.listProcesses()).find((process) => process.key === 'later')?.installed).toBe(true);
    expect(changes).toBe(1);
    await expect(executor.install('nope')).rejects.toMatchObject({ reason: 'PROCESS_NOT_FOUND' });
  });

  it('loads the demo catalog shipped for the sandbox', () => {
    expect(loadSimulatedCatalog(DEMO_CATALOG_FILE).processes.length).toBeGreaterThanOrEqual(3);
  });
});
