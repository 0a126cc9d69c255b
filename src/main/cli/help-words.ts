import type { Command, Help } from 'commander';
import type { MessageValues, Translator } from '../../shared/i18n';
import type { cliHelp } from '../../shared/i18n/messages/en/cli-help';
import { englishTranslator } from '../../shared/message-parts';

export type HelpKey = keyof typeof cliHelp & string;

/** A `--help` text by its key in the `cliHelp` namespace, in the invocation's language. */
export type HelpWords = (key: HelpKey, values?: MessageValues) => string;

export function helpWords(t: Translator = englishTranslator): HelpWords {
  return (key, values) => t.t(`cliHelp.${key}`, values);
}

/**
 * Commander's own words in the invocation's language: the headings ("Usage:", "Options:"…), the
 * help option and command, and the "(default: …, choices: …)" after a description. Set on the
 * program before its commands are added: commander hands these settings down to each subcommand.
 * Commander's usage errors ("error: unknown option '--x'") stay as commander writes them.
 */
export function speakHelp(program: Command, h: HelpWords): void {
  const titles: Record<string, string> = {
    'Usage:': h('usageTitle'),
    'Arguments:': h('argumentsTitle'),
    'Options:': h('optionsTitle'),
    'Global Options:': h('globalOptionsTitle'),
    'Commands:': h('commandsTitle'),
  };
  const extra = (item: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string }, showDefault: boolean) => [
    ...(item.argChoices ? [h('choices', { values: item.argChoices.map((choice) => JSON.stringify(choice)).join(', ') })] : []),
    ...(item.defaultValue !== undefined && showDefault
      ? [h('default', { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) })]
      : []),
  ];
  const withExtra = (description: string, info: string[]) =>
    info.length === 0 ? description : description ? `${description} (${info.join(', ')})` : `(${info.join(', ')})`;
  program
    .helpOption('-h, --help', h('helpOption'))
    .helpCommand('help [command]', h('helpCommand'))
    .configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      // As commander's own (lib/help.js), with its words from the catalog.
      optionDescription: (option) => {
        const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
        const info = extra(option, showDefault);
        if (option.presetArg !== undefined && option.optional) info.push(h('preset', { value: JSON.stringify(option.presetArg) }));
        if (option.envVar !== undefined) info.push(h('env', { name: option.envVar }));
        return withExtra(option.description, info);
      },
      argumentDescription: (argument) => withExtra(argument.description, extra(argument, true)),
    } satisfies Partial<Help>);
}
