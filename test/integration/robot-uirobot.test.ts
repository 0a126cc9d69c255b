import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createUiRobotExecutor, systemClock } from '../../src/robot-bridge';
import { detectExecutor, findUiRobot } from '../../src/robot-bridge/detect';
import { uiRobotConfigSchema } from '../../src/robot-bridge/executors/uirobot';
import { createJobManager } from '../../src/robot-bridge/job-manager';
import type { LocalJob } from '../../src/shared/robot-protocol';
import { writeFakeUiRobot } from '../support/fake-uirobot';

const isPosix = process.platform !== 'win32';

function machine() {
  const root = mkdtempSync(join(tmpdir(), 'baton-uirobot-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const env = { ProgramFiles: join(root, 'Program Files'), LOCALAPPDATA: join(root, 'Users', 'ada', 'AppData', 'Local') };
  return { root, env };
}

const noRobotJs = async () => false;

describe('finding UiPath Robot on this machine', () => {
  it('picks the newest version of the current per-machine layout, comparing versions as numbers', () => {
    const { env } = machine();
    for (const version of ['23.4.0', '23.10.2', '2019.10.5']) writeFakeUiRobot(join(env.ProgramFiles, 'UiPathPlatform', 'Robot', version));
    writeFakeUiRobot(join(env.ProgramFiles, 'UiPath', 'Studio'));
    expect(findUiRobot({ env }).path).toBe(join(env.ProgramFiles, 'UiPathPlatform', 'Robot', '2019.10.5', 'UiRobot.exe'));
    rmSync(join(env.ProgramFiles, 'UiPathPlatform', 'Robot', '2019.10.5'), { recursive: true });
    expect(findUiRobot({ env }).path).toBe(join(env.ProgramFiles, 'UiPathPlatform', 'Robot', '23.10.2', 'UiRobot.exe'));
  });

  it('finds a per-user install, then the older Studio layouts, and says where it looked when there is none', () => {
    const { env } = machine();
    expect(findUiRobot({ env }).path).toBeUndefined();
    expect(findUiRobot({ env }).looked).toEqual([
      join(env.ProgramFiles, 'UiPathPlatform', 'Robot', '<version>', 'UiRobot.exe'),
      join(env.LOCALAPPDATA, 'Programs', 'UiPathPlatform', 'Robot', '<version>', 'UiRobot.exe'),
      join(env.ProgramFiles, 'UiPath', 'Studio', 'UiRobot.exe'),
      join(env.LOCALAPPDATA, 'Programs', 'UiPath', 'Studio', 'UiRobot.exe'),
    ]);
    writeFakeUiRobot(join(env.LOCALAPPDATA, 'Programs', 'UiPath', 'Studio'));
    expect(findUiRobot({ env }).path).toBe(join(env.LOCALAPPDATA, 'Programs', 'UiPath', 'Studio', 'UiRobot.exe'));
    writeFakeUiRobot(join(env.LOCALAPPDATA, 'Programs', 'UiPathPlatform', 'Robot', '24.10.1'));
    expect(findUiRobot({ env }).path).toBe(join(env.LOCALAPPDATA, 'Programs', 'UiPathPlatform', 'Robot', '24.10.1', 'UiRobot.exe'));
  });

  it('chooses RobotJS, then UiRobot.exe, then a command folder, says why, and lets the person override it', async () => {
    const { root, env } = machine();
    const processesDir = join(root, 'processes');
    mkdirSync(processesDir);
    const windows = { env, platform: 'win32' as const, processesDir };
    expect(await detectExecutor({ ...windows, probeRobotJs: noRobotJs })).toMatchObject({
      executor: 'command',
      evidence: [
        expect.stringContaining('Nothing answers as UiPath RobotJS'),
        expect.stringContaining('No UiRobot.exe in'),
        `Command processes folder: ${processesDir}.`,
      ],
    });
    writeFakeUiRobot(join(env.ProgramFiles, 'UiPathPlatform', 'Robot', '25.10.0'));
    expect(await detectExecutor({ ...windows, probeRobotJs: noRobotJs })).toMatchObject({
      executor: 'uirobot',
      uiRobotPath: expect.stringContaining('25.10.0'),
    });
    expect(await detectExecutor({ ...windows, probeRobotJs: async () => true })).toMatchObject({ executor: 'robotjs' });
    const chosen = await detectExecutor({ ...windows, probeRobotJs: async () => true, override: 'command' });
    expect(chosen.executor).toBe('command');
    expect(chosen.evidence.at(-1)).toBe('Chosen by you: command.');
    expect(await detectExecutor({ env, platform: 'linux', probeRobotJs: noRobotJs })).toMatchObject({
      executor: undefined,
      hint: expect.stringContaining('Install UiPath Assistant'),
    });
  });
});

describe.runIf(isPosix)('uirobot executor against a stand-in UiRobot.exe', () => {
  function executorWith(processes: unknown[]) {
    const { root } = machine();
    const robot = writeFakeUiRobot(join(root, 'robot'));
    const executor = createUiRobotExecutor({
      clock: systemClock,
      platform: 'win32',
      config: { uiRobotPath: robot.path, processes } as never,
    });
    return { robot, executor };
  }

  it('installs a named process with installprocess (and its folder), and explains a failed install', async () => {
    const { robot, executor } = executorWith([
      { key: 'inv', name: 'Invoices', process: 'Invoices', folder: 'Finance' },
      { key: 'pkg', name: 'Package', file: 'C:\\Packages\\P.1.0.0.nupkg' },
      { key: 'missing', name: 'Missing', process: 'Missing' },
    ]);
    await executor.install('inv');
    await executor.install('pkg');
    await expect(executor.install('missing')).rejects.toThrow(
      'UiRobot.exe could not install Missing: Process Missing was not found in the feed.',
    );
    expect(robot.calls()).toEqual([
      ['installprocess', '--process-name', 'Invoices', '--folder', 'Finance'],
      ['installprocess', '--process-name', 'Missing'],
    ]);
  });

  it('refuses --folder with a package file', () => {
    expect(uiRobotConfigSchema.safeParse({ processes: [{ key: 'k', name: 'N', file: 'a.nupkg', folder: 'Finance' }] }).success).toBe(false);
  });

  it('reports a soft stop as requested, keeps following the job, and shows how it really ended', async () => {
    const { robot, executor } = executorWith([
      { key: 'slow', name: 'Slow', process: 'Slow', inputArguments: [{ name: 'A', type: 'integer', required: true }] },
    ]);
    const jobs = createJobManager({ executor, clock: systemClock });
    const updates: LocalJob[] = [];
    const logs: string[] = [];
    jobs.onNotification((n) =>
      n.method === 'job.updated' ? updates.push(n.params) : n.method === 'job.log' && logs.push(n.params.message),
    );
    const job = await jobs.start('me', { processKey: 'slow', inputArguments: { A: 1 } });
    await new Promise<void>((resolve) => {
      const wait = () => (robot.calls().length > 0 ? resolve() : setTimeout(wait, 20));
      wait();
    });
    expect(jobs.stop('me', job.jobId, 'soft').state).toBe('stopping');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(jobs.get('me', job.jobId)).toMatchObject({ state: 'stopping', info: 'Stop requested; the robot may still finish the job.' });
    robot.release();
    await new Promise<void>((resolve) =>
      jobs.onNotification((n) => n.method === 'job.updated' && n.params.state === 'successful' && resolve()),
    );
    expect(jobs.get('me', job.jobId)).toMatchObject({ state: 'successful', outputArguments: { Echo: { A: 1 } } });
    expect(logs).toContain('UiRobot.exe cannot stop a job it started; Baton keeps following it until it ends.');
    expect(robot.calls()).toEqual([['execute', '--process', 'Slow', '--input', '{"A":1}']]);
  });
});
