export { editReminder } from './reminder-edit';
export { createReminderService, MAX_REMINDERS, otherProfileNote, REMINDERS_KEY, SNOOZE_MS, type ReminderService } from './reminder-service';
export { nextOccurrence, systemTimeZone, wallToUtc, type TimeZone } from './schedule';
export { remindersHandlers } from './handlers';
