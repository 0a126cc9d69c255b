import type { Command } from 'commander';
import type { ReminderRule, ReminderView } from '../../shared/contract/reminders';
import { BatonError } from '../../shared/errors';
import { loadCatalog } from './catalog-commands';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { pickProcess } from './run-commands';
import { withCore } from './with-core';
import { commandLineParams, coreApi } from './core-api';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const REPEATS = ['once', 'daily', 'weekdays', 'weekly'] as const;

interface AddOptions {
  time: string;
  repeat: string;
  date?: string;
  days?: string;
  folder?: string;
}

/** The rule the options describe; the contract's schema then checks the time and date themselves. */
export function ruleFromOptions(options: AddOptions): unknown {
  const repeat = options.repeat.toLowerCase();
  if (!(REPEATS as readonly string[]).includes(repeat)) {
    throw new BatonError('VALIDATION', `--repeat is one of ${REPEATS.join(', ')}, not "${options.repeat}".`);
  }
  if (repeat === 'once') {
    if (!options.date) throw new BatonError('VALIDATION', 'A one-off reminder needs --date YYYY-MM-DD.');
    return { kind: 'once', date: options.date, time: options.time };
  }
  if (repeat === 'weekly') {
    const names = (options.days ?? '')
      .toLowerCase()
      .split(',')
      .map((day) => day.trim().slice(0, 3))
      .filter(Boolean);
    const unknown = names.filter((name) => !(DAYS as readonly string[]).includes(name));
    if (names.length === 0 || unknown.length > 0) {
      throw new BatonError('VALIDATION', 'A weekly reminder needs --days, e.g. --days mon,wed,fri.', {
        hint: unknown.length > 0 ? `Not a day: ${unknown.join(', ')}.` : undefined,
      });
    }
    return { kind: 'weekly', time: options.time, days: [...new Set(names.map((name) => DAYS.indexOf(name as (typeof DAYS)[number])))] };
  }
  return { kind: repeat, time: options.time };
}

function describeRule(rule: ReminderRule): string {
  if (rule.kind === 'once') return `once on ${rule.date} at ${rule.time}`;
  if (rule.kind === 'weekly') return `${rule.days.map((day) => DAYS[day]).join(',')} at ${rule.time}`;
  return `${rule.kind} at ${rule.time}`;
}

const describeProfile = (reminder: ReminderView): string =>
  reminder.profileId === null
    ? 'profile unknown'
    : `${reminder.profileName ?? 'removed profile'}${reminder.isForActiveProfile ? '' : ', not active'}`;

const describeReminder = (reminder: ReminderView): string =>
  `${reminder.id}  ${reminder.processName} (${reminder.folderPath})  ${describeRule(reminder.rule)}  ` +
  `next: ${reminder.isEnabled ? (reminder.nextAt ?? 'done') : 'off'}  [${describeProfile(reminder)}]`;

interface EditOptions {
  time?: string;
  repeat?: string;
  date?: string;
  days?: string;
  on?: boolean;
  off?: boolean;
}

/**
 * The reminder's rule with the options given changed and the others kept: `--time 10:00` alone
 * keeps the repeat (and its days or date); a new repeat takes what it needs from the options.
 */
export function editedRule(current: ReminderRule, options: EditOptions): unknown {
  if (options.time === undefined && options.repeat === undefined && options.date === undefined && options.days === undefined)
    return undefined;
  const repeat = options.repeat ?? current.kind;
  const date = options.date ?? (current.kind === 'once' ? current.date : undefined);
  const days = options.days ?? (current.kind === 'weekly' ? current.days.map((day) => DAYS[day]).join(',') : undefined);
  return ruleFromOptions({ time: options.time ?? current.time, repeat, date, days });
}

/** `baton reminders list|add|remove`: the Reminders of the desktop app, kept in the same settings. */
export function addReminderCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  // The contract's generic `baton reminders <action> [json]` group exists already: these three replace its JSON forms.
  let reminders = program.commands.find((command) => command.name() === 'reminders');
  if (!reminders) reminders = addJsonOption(program.command('reminders'));
  const generic = reminders.commands as Command[];
  for (let index = generic.length - 1; index >= 0; index -= 1) {
    if (['list', 'add', 'update', 'remove'].includes(generic[index]?.name() ?? '')) generic.splice(index, 1);
  }
  reminders.description('reminders to run a process at a time or on a repeat (prompts and answer stay generic)');

  addJsonOption(
    reminders
      .command('edit <id>')
      .description('change a reminder in place: its time, its repeat, or turn it off and on (what you leave out stays)')
      .option('--time <HH:MM>', "the new time, on the 24-hour clock, in this machine's time zone")
      .option('--repeat <kind>', `${REPEATS.join(', ')}`)
      .option('--date <YYYY-MM-DD>', 'the day of a one-off reminder')
      .option('--days <list>', 'the days of a weekly reminder, e.g. mon,wed,fri')
      .option('--on', 'turn it on again (its next time is worked out from now)')
      .option('--off', 'turn it off: it is kept, and does not come')
      .action(async (id: string, options: EditOptions, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        if (options.on && options.off) throw new BatonError('VALIDATION', 'Choose --on or --off, not both.');
        await withCore(context, 'cli', async (core) => {
          const api = coreApi(core);
          const current = (await api.reminders.list()).find((reminder) => reminder.id === id);
          if (!current) throw new BatonError('NOT_FOUND', 'There is no such reminder.', { hint: 'List them with `baton reminders list`.' });
          const rule = editedRule(current.rule, options);
          const isEnabled = options.on ? true : options.off ? false : undefined;
          if (rule === undefined && isEnabled === undefined) {
            throw new BatonError('VALIDATION', 'Say what to change: --time, --repeat, --date, --days, --on or --off.');
          }
          const edited = await api.reminders.update(
            commandLineParams('reminders.update', {
              id,
              ...(rule === undefined ? {} : { rule }),
              ...(isEnabled === undefined ? {} : { isEnabled }),
            }),
          );
          printResult(context.output, isJson, edited, () => `Changed: ${describeReminder(edited)}`);
        });
      }),
  );

  addJsonOption(
    reminders
      .command('list')
      .description('list the reminders')
      .action(async (_options: unknown, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const list = await coreApi(core).reminders.list();
          printResult(context.output, isJson, list, () => (list.length === 0 ? 'No reminders.' : list.map(describeReminder).join('\n')));
        });
      }),
  );

  addJsonOption(
    reminders
      .command('add <process>')
      .description('remind you to run a process (Baton shows it with Start, Snooze and Dismiss; nothing runs by itself)')
      .requiredOption('--time <HH:MM>', "the time, on the 24-hour clock, in this machine's time zone")
      .option('--repeat <kind>', `${REPEATS.join(', ')}`, 'once')
      .option('--date <YYYY-MM-DD>', 'the day of a one-off reminder')
      .option('--days <list>', 'the days of a weekly reminder, e.g. mon,wed,fri')
      .option('--folder <path>', "the process's folder, when its name is in more than one")
      .action(async (name: string, options: AddOptions, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        const rule = ruleFromOptions(options);
        await withCore(context, 'cli', async (core) => {
          const api = coreApi(core);
          const process = pickProcess((await loadCatalog(api, context)).processes, name, options.folder);
          const added = await api.reminders.add(commandLineParams('reminders.add', { processId: process.id, rule }));
          printResult(context.output, isJson, added, () => `Added: ${describeReminder(added)}`);
        });
      }),
  );

  addJsonOption(
    reminders
      .command('remove <id>')
      .description('remove a reminder (its id is in `baton reminders list`)')
      .action(async (id: string, _options: unknown, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const left = await coreApi(core).reminders.remove({ id });
          printResult(context.output, isJson, left, () => `Removed. ${left.length} reminder${left.length === 1 ? '' : 's'} left.`);
        });
      }),
  );
}
