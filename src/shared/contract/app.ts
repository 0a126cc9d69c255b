import { z } from 'zod';
import { textPartsSchema } from '../message-parts';
import { appInfoSchema } from '../model';
import { CHECK_IDS } from './diagnostics';
import { noParams } from './params';

/** The window's areas, by the ids its hash routes use (`#/diagnostics`). */
export const AREA_IDS = ['processes', 'runs', 'jobs', 'robot', 'diagnostics', 'settings'] as const;
export type AreaId = (typeof AREA_IDS)[number];

/**
 * Where something in Baton leads: a notification's click, a tray item, a deep link, the palette's
 * "Check …" links. One typed union, never a string to parse; `targetHash` (src/shared/app-target.ts)
 * is the one place that turns it into the window's route.
 */
export const appTargetSchema = z.discriminatedUnion('kind', [
  /** The Runs page with this run selected. */
  z.object({ kind: z.literal('run'), runId: z.string().min(1).max(200) }).strict(),
  /** An area as it was. */
  z.object({ kind: z.literal('area'), area: z.enum(AREA_IDS) }).strict(),
  /** Diagnostics, running the checks and bringing this one into view. */
  z.object({ kind: z.literal('check'), checkId: z.enum(CHECK_IDS) }).strict(),
  /** Processes with this process's run dialog open (its inputs asked for). */
  z.object({ kind: z.literal('process'), processId: z.string().min(1).max(200) }).strict(),
  /** The prompt of a reminder that came, with Start, Snooze 10 min and Dismiss. */
  z.object({ kind: z.literal('reminder'), reminderId: z.string().min(1).max(100) }).strict(),
]);
export type AppTarget = z.infer<typeof appTargetSchema>;

export const showAreaParamsSchema = z.object({ target: appTargetSchema }).strict();
export type ShowAreaParams = z.infer<typeof showAreaParamsSchema>;

/** What a person can answer from a notification's own buttons (a reminder's: Start, Snooze 10 min, Dismiss). */
export const NOTIFICATION_ACTIONS = ['start', 'snooze', 'dismiss'] as const;
export type NotificationActionId = (typeof NOTIFICATION_ACTIONS)[number];

/**
 * A notification Baton sent, as every host receives it: the desktop shows it through the OS, the
 * web page in the page. `actions` are buttons, shown where the host can (macOS); elsewhere the
 * click leads to `target`, whose page offers the same choices.
 */
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(['run-finished', 'runs-caught-up', 'sign-in-expired', 'robot-pairing', 'reminder', 'info']),
  title: z.string(),
  body: z.string(),
  target: appTargetSchema.optional(),
  actions: z.array(z.object({ id: z.enum(NOTIFICATION_ACTIONS), label: z.string() })).optional(),
  sentAt: z.string(),
  /** The title as message ids (docs/i18n.md), for the person's language; `title` is its English. */
  titleText: textPartsSchema.optional(),
  /** The body's lines, each as message ids; `body` is their English, one line each. A button's label is `notifications.action`. */
  bodyText: z.array(textPartsSchema).max(50).optional(),
});
export type BatonNotification = z.infer<typeof notificationSchema>;

/** app.* (and notifications.act, the answer to a notification's button). */
export const appMethods = {
  'app.info': { params: noParams, result: appInfoSchema },
  /**
   * Brings the app's main window forward at an area. Only the desktop host has a window apart from
   * the caller's (its quick-launch palette is one); elsewhere the answer is `isShown: false`.
   */
  'app.showArea': { params: showAreaParamsSchema, result: z.object({ isShown: z.boolean() }) },
  /**
   * Answers a notification through one of its buttons. The answer says where the person must go
   * to finish, if anywhere (a process whose inputs must be asked for).
   */
  'notifications.act': {
    params: z.object({ id: z.string().min(1).max(100), action: z.enum(NOTIFICATION_ACTIONS) }).strict(),
    result: z.object({ show: appTargetSchema.optional() }),
  },
} as const;

export const appEvents = {
  /** Baton sent a notification (after the person's preferences allowed it). */
  'notification.shown': notificationSchema,
} as const satisfies Record<string, z.ZodType>;
