import type { AppTarget, NotificationActionId } from '../../shared/contract/app';
import type { Process } from '../../shared/contract/catalog';
import type { StartRunParams } from '../../shared/contract/runs';
import { toErrorPayload } from '../../shared/errors';
import type { Logger } from '../platform';

export interface ReminderAnswerDeps {
  /** The reminders domain's answer (Snooze brings it back in 10 minutes; Start and Dismiss end the prompt). */
  answer(reminderId: string, answer: NotificationActionId): unknown;
  /** The reminder's process, as the prompt names it. */
  processOf(reminderId: string): string | undefined;
  findProcess(processId: string): Promise<Process>;
  /** The last values the person ran it with (never sensitive ones). */
  rememberedValues(processId: string): Promise<Record<string, unknown>>;
  startRun(params: StartRunParams): Promise<unknown>;
  logger?: Logger;
}

/**
 * A reminder answered from its notification's buttons. Start runs the process when nothing needs
 * asking (as the window's prompt does); a process that needs inputs, a password or this machine's
 * robot opens its run dialog instead, so nothing runs with a guess; so does a start that fails
 * (offline, refused), so the reminder is not lost with it.
 */
export function createReminderAnswers(deps: ReminderAnswerDeps) {
  return async (reminderId: string, action: NotificationActionId): Promise<{ show?: AppTarget }> => {
    const processId = deps.processOf(reminderId);
    await deps.answer(reminderId, action);
    if (action !== 'start' || processId === undefined) return {};
    const process = await deps.findProcess(processId);
    const known = await deps.rememberedValues(process.id);
    const isMissing = process.inputArguments.some(
      (arg) => arg.isSensitive || (arg.isRequired && !arg.hasDefault && (known[arg.name] === undefined || known[arg.name] === '')),
    );
    if (isMissing || process.prefersLocal || !process.isRunnable) return { show: { kind: 'process', processId: process.id } };
    const inputArguments = Object.fromEntries(
      process.inputArguments.filter((arg) => Object.hasOwn(known, arg.name)).map((arg) => [arg.name, known[arg.name]]),
    );
    try {
      await deps.startRun({ target: 'remote', processId: process.id, inputArguments });
      return {};
    } catch (error) {
      // The prompt is answered already: the run dialog takes over, and its Run says what is wrong.
      deps.logger?.warn('A reminder could not start its run', { code: toErrorPayload(error).code });
      return { show: { kind: 'process', processId: process.id } };
    }
  };
}
