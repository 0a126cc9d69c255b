import { describe, expect, it } from 'vitest';
import type { Process } from '../../../../src/shared/contract/catalog';
import type { RemoteRun, Run, StartRunParams } from '../../../../src/shared/contract/runs';
import { localRun, remoteRun } from '../../../support/runs';
import { createTrayActions, type TrayActionDeps } from '../../../../src/main/electron/tray/tray-actions';
import { createRecordingLogger } from '../../../../src/main/platform/memory';
import type { AppTarget } from '../../../../src/shared/contract/app';

const settle = () => new Promise((resolve) => setImmediate(resolve));

const process = (id: string, extra: Partial<Process> = {}): Process => ({
  id,
  name: id,
  description: '',
  version: '1.0.0',
  releaseId: 1,
  releaseKey: id,
  processKey: id,
  folderId: 1,
  folderPath: 'Finance',
  isRunnable: true,
  prefersLocal: false,
  inputArguments: [],
  isFavorite: true,
  ...extra,
});

const run = (id: string, extra: Partial<RemoteRun> = {}): Run =>
  remoteRun({ id, processId: 'Finance:Invoices', processName: 'Invoices', createdAt: '2026-01-01T00:00:00Z', ...extra });

function actionsWith(options: { active?: Run[]; quitAnswer?: number; runs?: Run[] } = {}) {
  const started: StartRunParams[] = [];
  const shown: (AppTarget | undefined)[] = [];
  const dialogs: { message: string; detail?: string }[] = [];
  let quits = 0;
  const deps: TrayActionDeps = {
    handlers: {
      'catalog.get': async () => ({
        profileId: 'p1',
        folders: [],
        processes: [
          process('Finance:Invoices'),
          process('Finance:Vendor', {
            inputArguments: [{ name: 'VendorId', kind: 'string', typeName: 'System.String', isRequired: true, hasDefault: false }],
          }),
        ],
        refreshedAt: '2026-01-01T00:00:00Z',
        source: 'server',
        isRefreshing: false,
      }),
      'runs.get': async ({ runId }) => options.runs?.find((candidate) => candidate.id === runId) ?? run(runId),
      'runs.start': async (params) => {
        started.push(params);
        return run('new');
      },
      'runs.stop': async ({ runId }) => run(runId, { state: 'stopping' }),
    },
    showWindow: (target) => void shown.push(target),
    togglePalette: () => {},
    toggleNotificationPause: async () => {},
    activeRuns: () => options.active ?? [],
    installUpdate: () => {},
    quitApp: () => void quits++,
    logsDir: '/fake/logs',
    // Electron's overloads (with or without a parent window) are more than this fake needs.
    dialog: {
      showMessageBox: (async (box: { message: string; detail?: string }) => (
        dialogs.push(box),
        { response: options.quitAnswer ?? 0, checkboxChecked: false }
      )) as never,
    },
    aboutDetail: () => 'Baton 1.0.0',
    logger: createRecordingLogger(),
  };
  return { actions: createTrayActions(deps), started, shown, dialogs, quits: () => quits };
}

describe('the tray’s actions', () => {
  it('runs a favourite remotely at once', async () => {
    const { actions, started, shown } = actionsWith();
    actions['run-favorite']?.('Finance:Invoices');
    await settle();
    expect(started).toEqual([{ target: 'remote', processId: 'Finance:Invoices' }]);
    expect(shown).toEqual([]);
  });

  it('opens the run dialog of a favourite that needs inputs instead of running it', async () => {
    const { actions, started, shown } = actionsWith();
    actions['run-favorite']?.('Finance:Vendor');
    await settle();
    expect(started).toEqual([]);
    expect(shown).toEqual([{ kind: 'process', processId: 'Finance:Vendor' }]);
  });

  it('runs a local run again on the robot with the same inputs', async () => {
    const { actions, started } = actionsWith({
      runs: [localRun({ id: 'r1', processKey: 'Backup', inputArguments: { Path: '/data' }, state: 'successful' })],
    });
    actions.rerun?.('r1');
    await settle();
    expect(started).toEqual([{ target: 'local', processKey: 'Backup', inputArguments: { Path: '/data' } }]);
  });

  // Catches: "Run again" re-sent the inputs as kept in the history, where a sensitive value is
  // missing, so the run started without it (or with whatever stood in its place).
  it.each([
    [
      'remote',
      run('r1', { inputArguments: { Month: '2026-01' }, sensitiveArguments: ['ApiKey'], state: 'successful' }),
      { kind: 'process', processId: 'Finance:Invoices' },
    ],
    [
      'local',
      localRun({ id: 'r2', processKey: 'Backup', sensitiveArguments: ['Password'], state: 'successful' }),
      { kind: 'area', area: 'robot' },
    ],
  ])('opens the run dialog instead of running a %s run again that had sensitive inputs', async (_target, given, where) => {
    const { actions, started, shown } = actionsWith({ runs: [given] });
    actions.rerun?.(given.id);
    await settle();
    expect(started).toEqual([]);
    expect(shown).toEqual([where]);
  });

  it('says which runs keep going before quitting, and Cancel keeps Baton running', async () => {
    const { actions, dialogs, quits } = actionsWith({
      active: [run('r1'), localRun({ id: 'r2', processName: 'Backup' })],
      quitAnswer: 1,
    });
    actions.quit();
    await settle();
    expect(dialogs[0]).toMatchObject({
      message: 'These 2 runs keep going after Baton quits:',
      detail: 'Invoices (Orchestrator)\nBackup (this machine)',
    });
    expect(quits()).toBe(0);
  });

  it('quits without asking when nothing is running', async () => {
    const { actions, dialogs, quits } = actionsWith();
    actions.quit();
    await settle();
    expect(dialogs).toEqual([]);
    expect(quits()).toBe(1);
  });
});
