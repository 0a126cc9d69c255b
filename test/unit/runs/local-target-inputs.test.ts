import { describe, expect, it } from 'vitest';
import { createLocalTarget, type RobotJobsPort } from '../../../src/main/runs';
import { createManualClock } from '../../../src/main/platform/memory';
import type { JobLog, LocalJob, LocalProcess } from '../../../src/shared/robot-protocol';

/** A robot with one process that tells its inputs only once installed, as RobotJS does; records what it was sent. */
function fakeRobot() {
  const sent: Record<string, unknown>[] = [];
  let isInstalled = false;
  const process = (): LocalProcess => ({
    key: 'report',
    name: 'Report',
    version: '1.0.0',
    description: '',
    installed: isInstalled,
    inputArguments: isInstalled
      ? [
          { name: 'Count', type: 'integer', required: true },
          { name: 'IsDraft', type: 'boolean', required: false },
          { name: 'Tags', type: 'array', required: false },
        ]
      : [],
  });
  const robot: RobotJobsPort = {
    listProcesses: async () => [process()],
    startJob: async (processKey, inputArguments, jobId) => {
      sent.push(inputArguments);
      return { jobId, processKey, state: 'running', seq: 1 };
    },
    stopJob: async () => Promise.reject(new Error('unused')),
    pauseJob: async () => Promise.reject(new Error('unused')),
    resumeJob: async () => Promise.reject(new Error('unused')),
    getJob: async () => Promise.reject(new Error('unused')),
    installProcess: async () => void (isInstalled = true),
    onJobUpdated: (_listener: (job: LocalJob) => void) => () => {},
    onJobLog: (_listener: (log: JobLog) => void) => () => {},
  };
  return { robot, sent };
}

describe('the inputs of a local run', () => {
  it('converts text (a command line’s --input) to each argument’s type, by the schema read after install', async () => {
    const { robot, sent } = fakeRobot();
    const runner = createLocalTarget({ robot, clock: createManualClock() });
    await runner.start({ processKey: 'report', inputArguments: { Count: '3', IsDraft: 'yes', Tags: '["a","b"]' } }, 'j1');
    expect(sent).toEqual([{ Count: 3, IsDraft: true, Tags: ['a', 'b'] }]);
  });

  it('refuses what does not fit before the robot is asked, naming every field', async () => {
    const { robot, sent } = fakeRobot();
    const runner = createLocalTarget({ robot, clock: createManualClock() });
    const refused = runner.start({ processKey: 'report', inputArguments: { Count: 'many', Colour: 'red' } }, 'j1');
    await expect(refused).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: [expect.objectContaining({ field: 'Colour' }), expect.objectContaining({ field: 'Count' })] },
    });
    expect(sent).toEqual([]);
  });
});
