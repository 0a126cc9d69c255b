import { describe, expect, it, vi } from 'vitest';
import { createReminderAnswers } from '../../../src/main/notifications';
import type { Process, ArgumentSchema } from '../../../src/shared/contract/catalog';

const arg = (name: string, extra: Partial<ArgumentSchema> = {}): ArgumentSchema =>
  ({ name, type: 'System.String', isRequired: false, hasDefault: false, ...extra }) as ArgumentSchema;

const process = (inputArguments: ArgumentSchema[] = [], extra: Partial<Process> = {}): Process =>
  ({ id: '1:a', name: 'Invoices', folderPath: 'Finance', inputArguments, isRunnable: true, prefersLocal: false, ...extra }) as Process;

function setUp(found: Process, remembered: Record<string, unknown> = {}) {
  const answer = vi.fn();
  const startRun = vi.fn(async () => ({}));
  const act = createReminderAnswers({
    answer,
    processOf: (id) => (id === 'm1' ? found.id : undefined),
    findProcess: async () => found,
    rememberedValues: async () => remembered,
    startRun,
  });
  return { act, answer, startRun };
}

describe('a reminder answered from its notification', () => {
  it('starts the run on Start, with the values the person ran it with last', async () => {
    const { act, answer, startRun } = setUp(process([arg('Month', { isRequired: true })]), { Month: 'March' });
    expect(await act('m1', 'start')).toEqual({});
    expect(answer).toHaveBeenCalledWith('m1', 'start');
    expect(startRun).toHaveBeenCalledWith({ target: 'remote', processId: '1:a', inputArguments: { Month: 'March' } });
  });

  it('starts nothing on Snooze or Dismiss', async () => {
    const { act, answer, startRun } = setUp(process());
    await act('m1', 'snooze');
    await act('m1', 'dismiss');
    expect(answer.mock.calls).toEqual([
      ['m1', 'snooze'],
      ['m1', 'dismiss'],
    ]);
    expect(startRun).not.toHaveBeenCalled();
  });

  it('opens the run dialog instead when an input, a password or this machine is needed', async () => {
    for (const found of [
      process([arg('Month', { isRequired: true })]),
      process([arg('Password', { isSensitive: true })]),
      process([], { prefersLocal: true }),
    ]) {
      const { act, startRun } = setUp(found);
      expect(await act('m1', 'start')).toEqual({ show: { kind: 'process', processId: '1:a' } });
      expect(startRun).not.toHaveBeenCalled();
    }
  });

  it('opens the run dialog when the start fails, so the reminder is not lost with it', async () => {
    const { act, startRun } = setUp(process());
    startRun.mockRejectedValueOnce(new Error('Orchestrator cannot be reached'));
    expect(await act('m1', 'start')).toEqual({ show: { kind: 'process', processId: '1:a' } });
  });

  it('starts nothing when the reminder refuses the answer', async () => {
    const { act, answer, startRun } = setUp(process());
    answer.mockRejectedValueOnce(new Error('another profile is active'));
    await expect(act('m1', 'start')).rejects.toThrow('another profile');
    expect(startRun).not.toHaveBeenCalled();
  });
});
