import './reminders.css';
export { ProcessReminders } from './reminder-form';
export { ReminderPrompts } from './reminder-prompts';
export { RemindersSection } from './reminders-section';
export { describeRule } from './reminder-text';
