import type { Command } from 'commander';
import type { ReminderRule, ReminderView } from '../../shared/contract/reminders';
import { BatonError } from '../../shared/errors';
import { loadCatalog } from './catalog-commands';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { pickProcess } from './run-commands';
import { withCore } from './with-core';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, said } from '../../shared/message-parts';
import { helpWords } from './help-words';
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
    throw BatonError.said('VALIDATION', said('cli.badRepeat', { repeats: REPEATS.join(', '), repeat: options.repeat }));
  }
  if (repeat === 'once') {
    if (!options.date) throw BatonError.said('VALIDATION', said('cli.onceNeedsDate'));
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
      throw BatonError.said('VALIDATION', said('cli.weeklyNeedsDays'), {
        ...(unknown.length > 0 ? { hint: said('cli.notADay', { days: unknown.join(', ') }) } : {}),
      });
    }
    return { kind: 'weekly', time: options.time, days: [...new Set(names.map((name) => DAYS.indexOf(name as (typeof DAYS)[number])))] };
  }
  return { kind: repeat, time: options.time };
}

function describeRule(rule: ReminderRule, t: Translator): string {
  if (rule.kind === 'once') return t.t('cli.ruleOnce', { date: rule.date, time: rule.time });
  // Day names and `daily`/`weekdays` are what --days and --repeat accept, so they stay as typed.
  if (rule.kind === 'weekly') return t.t('cli.ruleAt', { repeat: rule.days.map((day) => DAYS[day]).join(','), time: rule.time });
  return t.t('cli.ruleAt', { repeat: rule.kind, time: rule.time });
}

function describeProfile(reminder: ReminderView, t: Translator): string {
  if (reminder.profileId === null) return t.t('cli.profileUnknown');
  const name = reminder.profileName ?? t.t('cli.removedProfileName');
  return reminder.isForActiveProfile ? name : t.t('cli.profileNotActive', { name });
}

const describeReminder = (reminder: ReminderView, t: Translator): string =>
  `${reminder.id}  ${reminder.processName} (${reminder.folderPath})  ${describeRule(reminder.rule, t)}  ` +
  `${t.t('cli.reminderNext', { state: !reminder.isEnabled ? 'off' : reminder.nextAt ? 'at' : 'done', next: reminder.nextAt ?? '' })}  [${describeProfile(reminder, t)}]`;

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
  const t = context.t ?? englishTranslator;
  const h = helpWords(context.t);
  // The contract's generic `baton reminders <action> [json]` group exists already: these three replace its JSON forms.
  let reminders = program.commands.find((command) => command.name() === 'reminders');
  if (!reminders) reminders = addJsonOption(program.command('reminders'));
  const generic = reminders.commands as Command[];
  for (let index = generic.length - 1; index >= 0; index -= 1) {
    if (['list', 'add', 'update', 'remove'].includes(generic[index]?.name() ?? '')) generic.splice(index, 1);
  }
  reminders.description(h('reminders'));

  addJsonOption(
    reminders
      .command('edit <id>')
      .description(h('remindersEdit'))
      .option('--time <HH:MM>', h('newTimeOption'))
      .option('--repeat <kind>', h('repeatOption', { kinds: REPEATS.join(', ') }))
      .option('--date <YYYY-MM-DD>', h('dateOption'))
      .option('--days <list>', h('daysOption'))
      .option('--on', h('onOption'))
      .option('--off', h('offOption'))
      .action(async (id: string, options: EditOptions, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        if (options.on && options.off) throw BatonError.said('VALIDATION', said('cli.onOrOff'));
        await withCore(context, 'cli', async (core) => {
          const api = coreApi(core);
          const current = (await api.reminders.list()).find((reminder) => reminder.id === id);
          if (!current) throw BatonError.said('NOT_FOUND', said('cli.noReminder'), { hint: said('cli.listReminders') });
          const rule = editedRule(current.rule, options);
          const isEnabled = options.on ? true : options.off ? false : undefined;
          if (rule === undefined && isEnabled === undefined) {
            throw BatonError.said('VALIDATION', said('cli.sayWhatToChange'));
          }
          const edited = await api.reminders.update(
            commandLineParams('reminders.update', {
              id,
              ...(rule === undefined ? {} : { rule }),
              ...(isEnabled === undefined ? {} : { isEnabled }),
            }),
          );
          printResult(context.output, isJson, edited, () => t.t('cli.reminderChanged', { reminder: describeReminder(edited, t) }));
        });
      }),
  );

  addJsonOption(
    reminders
      .command('list')
      .description(h('remindersList'))
      .action(async (_options: unknown, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const list = await coreApi(core).reminders.list();
          printResult(context.output, isJson, list, () =>
            list.length === 0 ? t.t('cli.noReminders') : list.map((item) => describeReminder(item, t)).join('\n'),
          );
        });
      }),
  );

  addJsonOption(
    reminders
      .command('add <process>')
      .description(h('remindersAdd'))
      .requiredOption('--time <HH:MM>', h('timeOption'))
      .option('--repeat <kind>', h('repeatOption', { kinds: REPEATS.join(', ') }), 'once')
      .option('--date <YYYY-MM-DD>', h('dateOption'))
      .option('--days <list>', h('daysOption'))
      .option('--folder <path>', h('reminderFolderOption'))
      .action(async (name: string, options: AddOptions, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        const rule = ruleFromOptions(options);
        await withCore(context, 'cli', async (core) => {
          const api = coreApi(core);
          const process = pickProcess((await loadCatalog(api, context)).processes, name, options.folder);
          const added = await api.reminders.add(commandLineParams('reminders.add', { processId: process.id, rule }));
          printResult(context.output, isJson, added, () => t.t('cli.reminderAdded', { reminder: describeReminder(added, t) }));
        });
      }),
  );

  addJsonOption(
    reminders
      .command('remove <id>')
      .description(h('remindersRemove'))
      .action(async (id: string, _options: unknown, self: Command) => {
        const isJson = Boolean(self.optsWithGlobals().json);
        await withCore(context, 'cli', async (core) => {
          const left = await coreApi(core).reminders.remove({ id });
          printResult(context.output, isJson, left, () => t.t('cli.remindersLeft', { count: left.length }));
        });
      }),
  );
}
