import type { HandlersFor } from '../../shared/api';
import type { ReminderService } from './reminder-service';

/** The reminders.* part of the contract. */
export function remindersHandlers(reminders: ReminderService): HandlersFor<'reminders'> {
  return {
    'reminders.list': async () => reminders.list(),
    'reminders.add': (params) => reminders.add(params),
    'reminders.update': async ({ id, ...patch }) => reminders.update(id, patch),
    'reminders.remove': async ({ id }) => reminders.remove(id),
    'reminders.prompts': async () => reminders.prompts(),
    'reminders.answer': async ({ id, answer }) => reminders.answer(id, answer),
  };
}
