import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/main/platform/memory';
import { buildUiRobotExecuteArgs, createUiRobotExecutor, listFeedPackages, parseUiRobotOutput } from '../../../src/robot-bridge/executors';

describe('uirobot executor', () => {
  it('builds an execute command for a package file with its input as one JSON argument', () => {
    expect(buildUiRobotExecuteArgs({ file: 'C:\\Packages\\Invoices.1.0.0.nupkg', input: { Folder: 'C:\\In', Max: 3 } })).toEqual([
      'execute',
      '--file',
      'C:\\Packages\\Invoices.1.0.0.nupkg',
      '--input',
      '{"Folder":"C:\\\\In","Max":3}',
    ]);
  });

  it('builds an execute command for a named process in a folder, without --input when there is none', () => {
    expect(buildUiRobotExecuteArgs({ process: 'Invoices', folder: 'Finance', input: {} })).toEqual([
      'execute',
      '--process',
      'Invoices',
      '--folder',
      'Finance',
    ]);
  });

  it('keeps quotes and spaces in input values intact because no shell is involved', () => {
    const args = buildUiRobotExecuteArgs({ process: 'P', input: { Note: 'say "hi" & bye' } });
    expect(JSON.parse(args.at(-1)!)).toEqual({ Note: 'say "hi" & bye' });
  });

  it('refuses a target with both or neither of file and process', () => {
    expect(() => buildUiRobotExecuteArgs({})).toThrow();
    expect(() => buildUiRobotExecuteArgs({ file: 'a', process: 'b' })).toThrow();
  });

  it('reads the output arguments from the last JSON object UiRobot printed', () => {
    expect(parseUiRobotOutput(['Starting...', '{"Total":5}', 'Done'])).toEqual({ Total: 5 });
    expect(parseUiRobotOutput(['no json here'])).toBeUndefined();
  });

  it('refuses to start a job on anything but Windows, with a reason', () => {
    const executor = createUiRobotExecutor({
      clock: createManualClock(),
      platform: 'linux',
      config: { processes: [{ key: 'p', name: 'P', process: 'P' }] },
    });
    const reporter = { log() {}, progress() {}, event() {}, output() {} };
    expect(() =>
      executor.start({
        jobId: 'j',
        process: { key: 'p', name: 'P', version: '', description: '', installed: true, inputArguments: [] },
        inputArguments: {},
        reporter,
      }),
    ).toThrow(/only on Windows/);
  });
});

describe('uirobot processes from the local packages feed', () => {
  const feed = mkdtempSync(join(tmpdir(), 'baton-feed-'));
  afterAll(() => rmSync(feed, { recursive: true, force: true }));
  for (const file of [
    'Invoice.Intake.2.1.0.nupkg',
    'Invoice.Intake.2.10.0.nupkg',
    'Payroll.1.0.0.nupkg',
    'Payroll.1.0.0-beta.nupkg',
    'notes.txt',
  ])
    writeFileSync(join(feed, file), '');

  it('lists the newest version of each package, run by file, next to the configured processes', async () => {
    const executor = createUiRobotExecutor({
      config: { feedDir: feed, processes: [{ key: 'payroll', name: 'Payroll', process: 'Payroll', folder: 'HR' }] },
      clock: createManualClock(),
    });
    const processes = await executor.listProcesses();
    expect(processes.map((process) => [process.key, process.name, process.version])).toEqual([
      ['payroll', 'Payroll', ''],
      ['feed:Invoice.Intake', 'Invoice.Intake', '2.10.0'],
    ]);
    expect(listFeedPackages(feed).find((entry) => entry.name === 'Invoice.Intake')?.file).toBe(join(feed, 'Invoice.Intake.2.10.0.nupkg'));
    expect(listFeedPackages(feed).find((entry) => entry.name === 'Payroll')?.version).toBe('1.0.0');
  });

  it('lists nothing from a feed folder that does not exist', () => {
    expect(listFeedPackages(join(feed, 'missing'))).toEqual([]);
  });
});
