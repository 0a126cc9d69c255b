import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/main/platform/memory';
import { createLocalTarget, type RobotJobsPort } from '../../../src/main/runs';
import { localJobToRun } from '../../../src/main/runs/targets/local';
import { loadTranslator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import type { LocalArgument, LocalJob } from '../../../src/shared/robot-protocol';

const SECRET = 'hunter2-do-not-keep';

/**
 * The robot side of one process; records what the bridge was sent. Like RobotJS, a process that
 * is not installed tells its inputs only once it is.
 */
function fakeRobot(process: { key: string; name: string; inputArguments: LocalArgument[]; isInstalled: boolean }) {
  const sent: Record<string, unknown>[] = [];
  const updates = new Set<(job: LocalJob) => void>();
  const toldDuringStart: LocalJob[] = [];
  let isInstalled = process.isInstalled;
  const unused = async () => Promise.reject(new Error('unused'));
  const robot: RobotJobsPort = {
    listProcesses: async () => [
      {
        key: process.key,
        name: process.name,
        version: '1.0.0',
        description: '',
        installed: isInstalled,
        inputArguments: isInstalled ? process.inputArguments : [],
      },
    ],
    installProcess: async () => void (isInstalled = true),
    startJob: async (processKey, inputArguments, jobId) => {
      sent.push(inputArguments);
      // The bridge may push the job's next changes before its answer to the start is read.
      for (const job of toldDuringStart.splice(0)) updates.forEach((listener) => listener(job));
      return { jobId, processKey, state: 'running', seq: 1 };
    },
    stopJob: unused,
    pauseJob: unused,
    resumeJob: unused,
    getJob: unused,
    onJobUpdated: (listener) => (updates.add(listener), () => void updates.delete(listener)),
    onJobLog: () => () => {},
  };
  return {
    robot,
    sent,
    tell: (job: LocalJob) => updates.forEach((listener) => listener(job)),
    tellDuringStart: (...jobs: LocalJob[]) => void toldDuringStart.push(...jobs),
  };
}

const report = () =>
  fakeRobot({
    key: 'report',
    name: 'Report',
    isInstalled: false,
    inputArguments: [
      { name: 'Count', type: 'integer', required: true },
      { name: 'IsDraft', type: 'boolean', required: false },
      { name: 'Tags', type: 'array', required: false },
    ],
  });

describe('the inputs of a local run', () => {
  it('converts text (a command line’s --input) to each argument’s type, by the schema read after install', async () => {
    const { robot, sent } = report();
    const target = createLocalTarget({ robot, clock: createManualClock() });
    await target.start({ processKey: 'report', inputArguments: { Count: '3', IsDraft: 'yes', Tags: '["a","b"]' } }, 'j1');
    expect(sent).toEqual([{ Count: 3, IsDraft: true, Tags: ['a', 'b'] }]);
  });

  it('refuses what does not fit before the robot is asked, naming every field', async () => {
    const { robot, sent } = report();
    const target = createLocalTarget({ robot, clock: createManualClock() });
    const refused = target.start({ processKey: 'report', inputArguments: { Count: 'many', Colour: 'red' } }, 'j1');
    await expect(refused).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: [expect.objectContaining({ field: 'Colour' }), expect.objectContaining({ field: 'Count' })] },
    });
    expect(sent).toEqual([]);
  });
});

// Catches: the local target kept sensitive values in its run context (500 runs deep) and put
// them in every Run it built.
describe('the local target and sensitive inputs', () => {
  it('sends them to the robot and keeps them out of every run it reports', async () => {
    const { robot, sent, tell } = fakeRobot({
      key: 'backup',
      name: 'Backup',
      isInstalled: true,
      inputArguments: [
        { name: 'Path', type: 'string', required: true },
        { name: 'Password', type: 'string', required: true, sensitive: true },
      ],
    });
    const target = createLocalTarget({ robot, clock: createManualClock() });
    const seen: unknown[] = [];
    target.onUpdated((run) => seen.push(run));
    const started = await target.start({ processKey: 'backup', inputArguments: { Path: '/data', Password: SECRET } }, 'j1');
    tell({ jobId: 'j1', processKey: 'backup', state: 'successful', seq: 2 });

    expect(sent).toEqual([{ Path: '/data', Password: SECRET }]);
    expect(started).toMatchObject({ inputArguments: { Path: '/data' }, sensitiveArguments: ['Password'], processVersion: '1.0.0' });
    expect(seen).toEqual([
      expect.objectContaining({ state: 'successful', inputArguments: { Path: '/data' }, sensitiveArguments: ['Password'] }),
    ]);
    expect(JSON.stringify([started, seen])).not.toContain(SECRET);
  });
});

// Catches: a start's answer ("running", seq 1) read after the bridge had pushed the job's end
// (seq 2) put the run back to running for good, since nothing else would come.
describe('the local target and the order of a job’s changes', () => {
  it('keeps the newer state when the bridge pushes it before the start’s own answer is read', async () => {
    const { robot, tell, tellDuringStart } = report();
    const target = createLocalTarget({ robot, clock: createManualClock() });
    const seen: string[] = [];
    target.onUpdated((run) => seen.push(run.state));
    tellDuringStart({ jobId: 'j1', processKey: 'report', state: 'successful', seq: 2, outputArguments: { Total: 3 } });

    const started = await target.start({ processKey: 'report', inputArguments: { Count: '3' } }, 'j1');
    expect(started).toMatchObject({ state: 'successful', outputArguments: { Total: 3 }, processName: 'Report' });

    tell({ jobId: 'j1', processKey: 'report', state: 'running', seq: 1 });
    expect(seen).toEqual(['successful']);
  });
});

describe('a local run’s error', () => {
  it('keeps the robot’s own words and says what to do in the person’s language', async () => {
    const context = { processName: 'Report', inputArguments: {}, createdAt: '2026-01-01T00:00:00.000Z' };
    const lost = localJobToRun(
      { jobId: 'j1', processKey: 'report', state: 'faulted', seq: 3, error: { code: 'JOB_LOST', message: 'The robot restarted.' } },
      context,
    );
    expect(lost.error).toMatchObject({ code: 'INTERNAL', message: 'The robot restarted.', hint: 'Start the process again.' });
    const de = await loadTranslator('de');
    expect(renderParts(de, lost.error!.messageText!)).toBe('The robot restarted.');
    expect(renderParts(de, lost.error!.hintText!)).toBe('Starten Sie den Prozess erneut.');
  });
});
