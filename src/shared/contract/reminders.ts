import { z } from 'zod';
import type { MethodSpec } from '../api';
import { noParams } from './params';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is HH:MM on the 24-hour clock, e.g. 09:00.');
const date = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'A date is YYYY-MM-DD, e.g. 2026-03-02.')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
  }, 'That day does not exist in that month.');

/** When a reminder comes: once, every day, Monday to Friday, or on chosen days of the week (0 = Sunday). All in local time. */
export const reminderRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once'), date, time }).strict(),
  z.object({ kind: z.literal('daily'), time }).strict(),
  z.object({ kind: z.literal('weekdays'), time }).strict(),
  z
    .object({
      kind: z.literal('weekly'),
      time,
      days: z.array(z.number().int().min(0).max(6)).min(1, 'Choose at least one day.').max(7),
    })
    .strict(),
]);
export type ReminderRule = z.infer<typeof reminderRuleSchema>;

export const reminderSchema = z.object({
  id: z.string(),
  processId: z.string(),
  processName: z.string(),
  folderPath: z.string(),
  rule: reminderRuleSchema,
  /** The next time it comes (ISO 8601), null once a one-off reminder has come. */
  nextAt: z.string().nullable(),
  /** Snoozed: it comes again at this time. */
  snoozedUntil: z.string().optional(),
  createdAt: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** A reminder waiting for the person's answer: Start, Snooze or Dismiss. */
export const reminderPromptSchema = z.object({
  reminder: reminderSchema,
  /** When it was due. */
  dueAt: z.string(),
  /** It came while Baton was closed; shown once at the next start. */
  isMissed: z.boolean(),
});
export type ReminderPrompt = z.infer<typeof reminderPromptSchema>;

const id = z.string().min(1).max(100);

export const remindersMethods = {
  'reminders.list': { params: noParams, result: z.array(reminderSchema) },
  'reminders.add': {
    params: z.object({ processId: z.string().min(1).max(200), rule: reminderRuleSchema }).strict(),
    result: reminderSchema,
  },
  'reminders.remove': { params: z.object({ id }).strict(), result: z.array(reminderSchema) },
  /** The prompts waiting for an answer (due now, or missed while Baton was closed). */
  'reminders.prompts': { params: noParams, result: z.array(reminderPromptSchema) },
  /** Answers a prompt: "Snooze 10 min" brings it back in ten minutes, "Dismiss" (and "Start", which the UI follows with the run) ends it. */
  'reminders.answer': {
    params: z.object({ id, answer: z.enum(['start', 'snooze', 'dismiss']) }).strict(),
    result: z.array(reminderPromptSchema),
  },
} as const satisfies Record<string, MethodSpec>;

export const remindersEvents = {
  /** A reminder came (or came back from a snooze); it waits in `reminders.prompts` until answered. */
  'reminder.due': reminderPromptSchema,
} as const satisfies Record<string, z.ZodType>;
