import { describe, expect, it } from 'vitest';
import { createLocalTarget, type RobotJobsPort } from '../../../src/main/runs';
import { createManualClock } from '../../../src/main/platform/memory';
import type { JobLog, LocalJob } from '../../../src/shared/robot-protocol';

const SECRET = 'hunter2-do-not-keep';

/** The robot side of one process with a sensitive input; records what the bridge was sent. */
function fakeRobot() {
  const sent: Record<string, unknown>[] = [];
  const updates = new Set<(job: LocalJob) => void>();
  const robot: RobotJobsPort = {
    listProcesses: async () => [
      {
        key: 'backup',
        name: 'Backup',
        version: '1.0.0',
        description: '',
        installed: true,
        inputArguments: [
          { name: 'Path', type: 'string', required: true },
          { name: 'Password', type: 'string', required: true, sensitive: true },
        ],
      },
    ],
    startJob: async (processKey, inputArguments, jobId) => {
      sent.push(inputArguments);
      return { jobId, processKey, state: 'running', seq: 1 };
    },
    stopJob: async () => Promise.reject(new Error('unused')),
    pauseJob: async () => Promise.reject(new Error('unused')),
    resumeJob: async () => Promise.reject(new Error('unused')),
    getJob: async () => Promise.reject(new Error('unused')),
    installProcess: async () => {},
    onJobUpdated: (listener) => (updates.add(listener), () => void updates.delete(listener)),
    onJobLog: (_listener: (log: JobLog) => void) => () => {},
  };
  return { robot, sent, finish: (job: LocalJob) => updates.forEach((listener) => listener(job)) };
}

// Catches: the local runner kept sensitive values in its run context (500 runs deep) and put
// them in every Run it built.
describe('the local target and sensitive inputs', () => {
  it('sends them to the robot and keeps them out of every run it reports', async () => {
    const { robot, sent, finish } = fakeRobot();
    const runner = createLocalTarget({ robot, clock: createManualClock() });
    const seen: unknown[] = [];
    runner.onUpdated((run) => seen.push(run));
    const started = await runner.start({ processKey: 'backup', inputArguments: { Path: '/data', Password: SECRET } }, 'j1');
    finish({ jobId: 'j1', processKey: 'backup', state: 'successful', seq: 2 });

    expect(sent).toEqual([{ Path: '/data', Password: SECRET }]);
    expect(started).toMatchObject({ inputArguments: { Path: '/data' }, sensitiveArguments: ['Password'] });
    expect(seen).toEqual([
      expect.objectContaining({ state: 'successful', inputArguments: { Path: '/data' }, sensitiveArguments: ['Password'] }),
    ]);
    expect(JSON.stringify([started, seen])).not.toContain(SECRET);
  });
});
