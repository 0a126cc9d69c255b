import { describe, expect, it } from 'vitest';
import { createUiRobotProcessList, offeredProcessKey } from '../../../src/robot-bridge/executors/uirobot-processes';
import { offerProcessesParamsSchema, type OfferedProcess } from '../../../src/shared/robot-protocol';

const invoices: OfferedProcess = {
  name: 'Invoices',
  folder: 'Finance/AP',
  version: '1.0.3',
  description: 'Books invoices',
  inputArguments: [{ name: 'Month', type: 'string', required: true }],
};

function list() {
  const configured = [{ key: 'payroll', name: 'Payroll', version: '', description: '', process: 'Payroll', inputArguments: [] }];
  return createUiRobotProcessList({ configured });
}

describe('the uirobot process list with Orchestrator processes offered', () => {
  it('lists offered processes after the configured ones, run by name in their folder, under a key that survives a new offer', () => {
    const processes = list();
    let changes = 0;
    processes.onChanged(() => changes++);
    expect(processes.offer([invoices])).toBe(1);
    expect(processes.list().map((entry) => entry.key)).toEqual(['payroll', 'orchestrator:Finance/AP/Invoices']);
    expect(processes.find(offeredProcessKey(invoices))).toMatchObject({ process: 'Invoices', folder: 'Finance/AP', version: '1.0.3' });
    processes.offer([{ ...invoices, version: '1.0.4' }]);
    expect(processes.find('orchestrator:Finance/AP/Invoices')?.version).toBe('1.0.4');
    expect(changes).toBe(2);
  });

  it('keeps a configured process over an offered one of the same name, and forgets the offer when it is withdrawn', () => {
    const processes = list();
    expect(processes.offer([{ ...invoices, name: 'payroll' }, invoices])).toBe(1);
    expect(processes.list().filter((entry) => entry.name.toLowerCase() === 'payroll')).toHaveLength(1);
    processes.offer([]);
    expect(processes.find('orchestrator:Finance/AP/Invoices')).toBeUndefined();
    expect(processes.list().map((entry) => entry.key)).toEqual(['payroll']);
  });

  it('refuses an offer that is not a list of processes, or too long, at the protocol boundary', () => {
    expect(offerProcessesParamsSchema.safeParse({ processes: [{ ...invoices, name: '' }] }).success).toBe(false);
    expect(offerProcessesParamsSchema.safeParse({ processes: Array.from({ length: 5001 }, () => invoices) }).success).toBe(false);
    expect(
      offerProcessesParamsSchema.safeParse({ processes: [{ ...invoices, inputArguments: [{ name: 'x', type: 'map' }] }] }).success,
    ).toBe(false);
  });
});
