import { describe, expect, it } from 'vitest';
import { createDeepLinkHandler, type RunConfirmation } from '../../../../src/main/electron/deep-links/deep-link-handler';
import type { AppTarget } from '../../../../src/shared/contract/app';

const invoices = {
  id: '7:rel-1',
  name: 'Invoice Intake',
  folderPath: 'Finance/AP',
  inputArguments: [{ name: 'Month', kind: 'string', typeName: 'System.String', isRequired: true, hasDefault: false }],
};

function handlerWith(answer: boolean) {
  const confirmations: RunConfirmation[] = [];
  const started: unknown[] = [];
  const shown: AppTarget[] = [];
  const refusals: string[] = [];
  const handle = createDeepLinkHandler({
    handlers: {
      'catalog.get': async () => ({ processes: [invoices] }) as never,
      'robot.processes': async () => [{ key: 'hello', name: 'Hello World' }] as never,
      'runs.start': async (params) => {
        started.push(params);
        return { id: 'run-9' } as never;
      },
    },
    confirm: async (confirmation) => {
      confirmations.push(confirmation);
      return answer;
    },
    show: (target) => void shown.push(target),
    refuse: (message) => void refusals.push(message),
  });
  return { handle, confirmations, started, shown, refusals };
}

describe('a baton://run link', () => {
  it('shows exactly what will run, with the names as Baton found them, and starts nothing on Cancel', async () => {
    const { handle, confirmations, started, shown } = handlerWith(false);
    await handle('baton://run?process=invoice%20intake&folder=finance%2Fap&arg.Month=2026-01');
    expect(confirmations).toEqual([
      {
        title: 'Run Invoice Intake?',
        detail: [
          'Process: Invoice Intake',
          'Folder: Finance/AP',
          'Where: in Orchestrator (remote job)',
          'Arguments:',
          '  Month = "2026-01"',
        ].join('\n'),
      },
    ]);
    expect(started).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('starts the run only after Run, with the link’s arguments, then shows that run', async () => {
    const { handle, started, shown } = handlerWith(true);
    await handle('baton://run?process=Invoice%20Intake&folder=Finance%2FAP&arg.Month=2026-01');
    expect(started).toEqual([{ target: 'remote', processId: '7:rel-1', inputArguments: { Month: '2026-01' } }]);
    expect(shown).toEqual([{ kind: 'run', runId: 'run-9' }]);
  });

  it('opens the run dialog of the process when the link leaves out required inputs', async () => {
    const { handle, confirmations, started, shown, refusals } = handlerWith(true);
    await handle('baton://run?process=Invoice%20Intake&folder=Finance%2FAP');
    expect(confirmations).toEqual([]);
    expect(started).toEqual([]);
    expect(shown).toEqual([{ kind: 'process', processId: '7:rel-1' }]);
    expect(refusals).toEqual(['Invoice Intake needs Month; fill them in in Baton.']);
  });

  it('asks before a local run too, naming the robot’s process', async () => {
    const { handle, confirmations, started } = handlerWith(true);
    await handle('baton://run?process=hello%20world&folder=Local&target=local');
    expect(confirmations[0]!.title).toBe('Run Hello World?');
    expect(confirmations[0]!.detail).toContain('Where: on this machine’s robot');
    expect(started).toEqual([{ target: 'local', processKey: 'hello', inputArguments: {} }]);
  });

  it('refuses a process it cannot find, and a link it cannot read, without asking', async () => {
    const { handle, confirmations, refusals } = handlerWith(true);
    await handle('baton://run?process=Nope&folder=Finance');
    await handle('baton://run?process=A&folder=B&extra=1');
    expect(confirmations).toEqual([]);
    expect(refusals[0]).toContain('There is no process "Nope" in folder "Finance"');
    expect(refusals[1]).toContain('Unknown parameter "extra"');
  });

  it('opens a run from baton://open', async () => {
    const { handle, shown } = handlerWith(true);
    await handle('baton://open?run=run-3');
    expect(shown).toEqual([{ kind: 'run', runId: 'run-3' }]);
  });
});
