import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { reminderSchema, type Reminder, type ReminderPrompt, type ReminderRule, type ReminderView } from '../../shared/contract/reminders';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Clock, Logger, SettingsStore } from '../platform';
import { editReminder } from './reminder-edit';
import { nextOccurrence, type TimeZone } from './schedule';

export const REMINDERS_KEY = 'reminders';
export const SNOOZE_MS = 10 * 60_000;
export const MAX_REMINDERS = 200;
// Long timers drift over sleep and clock changes; waking at least hourly re-reads the clock.
const MAX_WAIT_MS = 60 * 60_000;

const storedSchema = z.array(reminderSchema);

export interface ReminderService {
  list(): ReminderView[];
  /** A reminder for a process of the active profile. */
  add(params: { processId: string; rule: ReminderRule }): Promise<ReminderView>;
  /** Changes the time and repeat, or turns it off and on, in place; the next time is worked out again. */
  update(id: string, patch: { rule?: ReminderRule; isEnabled?: boolean }): ReminderView;
  remove(id: string): ReminderView[];
  /** Removes a removed profile's reminders (and their waiting prompts); says how many went. */
  forgetProfile(profileId: string): number;
  prompts(): ReminderPrompt[];
  answer(id: string, answer: 'start' | 'snooze' | 'dismiss'): ReminderPrompt[];
  onDue(listener: (prompt: ReminderPrompt) => void): () => void;
  /** Collects what came while Baton was closed, then waits for the next one, until `dispose`. */
  start(): void;
  dispose(): Promise<void>;
}

/**
 * Reminders to run a process (UiPath Assistant's Reminders): a time or a repeat; when one comes
 * it becomes a prompt (the notifications domain tells the person), and waits for Start, Snooze or Dismiss. It never
 * starts a run itself: the person does, from the prompt.
 */
export function createReminderService(deps: {
  settings: SettingsStore;
  clock: Clock;
  zone: TimeZone;
  logger: Logger;
  /** The connection profiles: which is active, and their names (undefined once one is removed). */
  profiles: { activeId(): string | null; nameOf(profileId: string): string | undefined };
  /** Finds a process in the active profile's catalog. */
  findProcess(processId: string): Promise<{ id: string; name: string; folderPath: string }>;
}): ReminderService {
  const listeners = new Set<(prompt: ReminderPrompt) => void>();
  // Prompts live in memory: one that came while Baton ran and was never answered is not shown again next time.
  const waiting = new Map<string, ReminderPrompt>();
  let cancelTimer: (() => void) | undefined;
  let isStarted = false;

  const read = (): Reminder[] => deps.settings.read(REMINDERS_KEY, storedSchema) ?? [];
  const write = (reminders: Reminder[]) => deps.settings.set(REMINDERS_KEY, reminders);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const find = (id: string): Reminder => {
    const reminder = read().find((candidate) => candidate.id === id);
    if (!reminder) throw BatonError.said('NOT_FOUND', said('errors.reminderUnknown'), { hint: said('errors.reminderUnknownHint') });
    return reminder;
  };
  const view = (reminder: Reminder): ReminderView => {
    const profileName = reminder.profileId === null ? null : (deps.profiles.nameOf(reminder.profileId) ?? null);
    return { ...reminder, profileName, isForActiveProfile: reminder.profileId !== null && reminder.profileId === deps.profiles.activeId() };
  };

  /** When a reminder next wants attention: its snooze, or its next time; never while it is off. */
  const wakeAt = (reminder: Reminder): number | undefined => {
    if (!reminder.isEnabled) return undefined;
    const times = [reminder.snoozedUntil, reminder.nextAt ?? undefined].filter((at): at is string => at !== undefined).map(Date.parse);
    return times.length > 0 ? Math.min(...times) : undefined;
  };

  function raise(reminder: Reminder, dueAt: number, isMissed: boolean): void {
    const prompt: ReminderPrompt = { reminder: view(reminder), dueAt: new Date(dueAt).toISOString(), isMissed };
    waiting.set(reminder.id, prompt);
    for (const listener of listeners) listener(prompt);
  }

  /** Raises every reminder whose time has come and moves it on to its next time. */
  function collect(isMissed: boolean): void {
    const now = deps.clock.now();
    let isChanged = false;
    const reminders = read().map((reminder) => {
      const at = wakeAt(reminder);
      if (at === undefined || at > now) return reminder;
      isChanged = true;
      raise(reminder, at, isMissed);
      // Every time that passed while closed collapses into this one prompt.
      return { ...reminder, snoozedUntil: undefined, nextAt: iso(nextOccurrence(reminder.rule, now, deps.zone)) };
    });
    if (isChanged) write(reminders.map(({ snoozedUntil, ...rest }) => (snoozedUntil ? { ...rest, snoozedUntil } : rest)));
  }

  function schedule(): void {
    cancelTimer?.();
    cancelTimer = undefined;
    if (!isStarted) return;
    const next = Math.min(...read().map((reminder) => wakeAt(reminder) ?? Infinity));
    if (next === Infinity) return;
    const wait = Math.max(0, Math.min(next - deps.clock.now(), MAX_WAIT_MS));
    cancelTimer = deps.clock.setTimeout(() => {
      collect(false);
      schedule();
    }, wait);
  }

  return {
    list: () => read().map(view),
    async add({ processId, rule }) {
      const profileId = deps.profiles.activeId();
      if (profileId === null) {
        throw BatonError.said('AUTH_REQUIRED', said('errors.reminderNeedsProfile'), { hint: said('errors.reminderNeedsProfileHint') });
      }
      const reminders = read();
      if (reminders.length >= MAX_REMINDERS) {
        throw BatonError.said('VALIDATION', said('errors.remindersFull', { max: MAX_REMINDERS }), {
          hint: said('errors.remindersFullHint'),
        });
      }
      const nextAt = nextOccurrence(rule, deps.clock.now(), deps.zone);
      if (nextAt === null) {
        throw BatonError.said('VALIDATION', said('errors.reminderTimePassed'), { hint: said('errors.reminderTimePassedHint') });
      }
      const process = await deps.findProcess(processId);
      const reminder: Reminder = {
        id: randomUUID(),
        profileId,
        processId: process.id,
        processName: process.name,
        folderPath: process.folderPath,
        rule,
        nextAt: iso(nextAt),
        isEnabled: true,
        createdAt: new Date(deps.clock.now()).toISOString(),
      };
      write([...reminders, reminder]);
      schedule();
      return view(reminder);
    },
    update(id, patch) {
      const before = find(id);
      const updated = editReminder(before, patch, deps.clock.now(), deps.zone);
      write(read().map((reminder) => (reminder.id === id ? updated : reminder)));
      schedule();
      return view(updated);
    },
    remove(id) {
      find(id);
      const left = read().filter((reminder) => reminder.id !== id);
      write(left);
      waiting.delete(id);
      schedule();
      return left.map(view);
    },
    forgetProfile(profileId) {
      const reminders = read();
      const left = reminders.filter((reminder) => reminder.profileId !== profileId);
      for (const reminder of reminders) if (reminder.profileId === profileId) waiting.delete(reminder.id);
      if (left.length !== reminders.length) write(left);
      schedule();
      return reminders.length - left.length;
    },
    prompts: () => [...waiting.values()],
    answer(id, answer) {
      const prompt = waiting.get(id);
      if (!prompt) throw BatonError.said('NOT_FOUND', said('errors.reminderNotWaiting'));
      if (answer === 'start') assertStartable(view(prompt.reminder));
      waiting.delete(id);
      if (answer === 'snooze') {
        const until = new Date(deps.clock.now() + SNOOZE_MS).toISOString();
        write(read().map((reminder) => (reminder.id === id ? { ...reminder, snoozedUntil: until } : reminder)));
        schedule();
      }
      return [...waiting.values()];
    },
    onDue(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      isStarted = true;
      try {
        collect(true);
      } catch (error) {
        deps.logger.warn('Could not check the reminders that came while Baton was closed', { error: String(error) });
      }
      schedule();
    },
    async dispose() {
      isStarted = false;
      cancelTimer?.();
    },
  };
}

/** What a prompt says when the reminder's profile is not the active one (undefined when it is, or unknown). */
export function otherProfileNote(reminder: ReminderView): string | undefined {
  if (reminder.profileId === null || reminder.isForActiveProfile) return undefined;
  return `It is for the profile ${reminder.profileName ?? '(removed)'}, which is not the active one: switch to it in Baton to start it.`;
}

/** A reminder of one profile never starts a process from another profile's list. */
function assertStartable(reminder: ReminderView): void {
  if (otherProfileNote(reminder) === undefined) return;
  const profile = { hasProfile: reminder.profileName === null ? 'no' : 'yes', profile: reminder.profileName ?? '' };
  throw BatonError.said('CONFLICT', said('errors.reminderOtherProfile', profile), {
    hint: said('errors.reminderOtherProfileHint', profile),
  });
}
