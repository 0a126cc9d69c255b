import { z } from 'zod';
import type { MethodSpec } from './method-spec';
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
  /**
   * The connection profile whose process it is: it is listed, comes and starts for that profile
   * only. Null on a reminder made before reminders had a profile ("profile unknown"): Baton does
   * not guess which connection it was for; it still comes, and Start looks for the process in the
   * active profile's list (a process id carries its release's key, so it cannot be another one).
   */
  profileId: z.string().nullable().default(null),
  processId: z.string(),
  processName: z.string(),
  folderPath: z.string(),
  rule: reminderRuleSchema,
  /** The next time it comes (ISO 8601), null once a one-off reminder has come. */
  nextAt: z.string().nullable(),
  /** Snoozed: it comes again at this time. */
  snoozedUntil: z.string().optional(),
  /** Off: kept, but it does not come until turned on again (absent on older records: on). */
  isEnabled: z.boolean().default(true),
  createdAt: z.string(),
});
export type Reminder = z.infer<typeof reminderSchema>;

/** A reminder as listed: with its profile's name (null when unknown) and whether that profile is the active one. */
export const reminderViewSchema = reminderSchema.extend({
  profileName: z.string().nullable(),
  isForActiveProfile: z.boolean(),
});
export type ReminderView = z.infer<typeof reminderViewSchema>;

/** A reminder waiting for the person's answer: Start, Snooze or Dismiss. */
export const reminderPromptSchema = z.object({
  reminder: reminderViewSchema,
  /** When it was due. */
  dueAt: z.string(),
  /** It came while Baton was closed; shown once at the next start. */
  isMissed: z.boolean(),
});
export type ReminderPrompt = z.infer<typeof reminderPromptSchema>;

const id = z.string().min(1).max(100);

export const remindersMethods = {
  /** Every profile's reminders, each with its profile. */
  'reminders.list': { params: noParams, result: z.array(reminderViewSchema) },
  /** A reminder for a process of the active profile. */
  'reminders.add': {
    params: z.object({ processId: z.string().min(1).max(200), rule: reminderRuleSchema }).strict(),
    result: reminderViewSchema,
  },
  /** Changes a reminder in place: its time and repeat, or turns it off and on. Its next time is worked out again. */
  'reminders.update': {
    params: z
      .object({ id, rule: reminderRuleSchema.optional(), isEnabled: z.boolean().optional() })
      .strict()
      .refine((params) => params.rule !== undefined || params.isEnabled !== undefined, 'Say what to change: rule, isEnabled or both.'),
    result: reminderViewSchema,
  },
  'reminders.remove': { params: z.object({ id }).strict(), result: z.array(reminderViewSchema) },
  /** The prompts waiting for an answer (due now, or missed while Baton was closed). */
  'reminders.prompts': { params: noParams, result: z.array(reminderPromptSchema) },
  /**
   * Answers a prompt: "Snooze 10 min" brings it back in ten minutes, "Dismiss" (and "Start", which
   * the UI follows with the run) ends it. "Start" is refused, and the prompt kept, while another
   * profile than the reminder's is active.
   */
  'reminders.answer': {
    params: z.object({ id, answer: z.enum(['start', 'snooze', 'dismiss']) }).strict(),
    result: z.array(reminderPromptSchema),
  },
} as const satisfies Record<string, MethodSpec>;

export const remindersEvents = {
  /** A reminder came (or came back from a snooze); it waits in `reminders.prompts` until answered. */
  'reminder.due': reminderPromptSchema,
} as const satisfies Record<string, z.ZodType>;
