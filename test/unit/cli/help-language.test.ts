import type { Command } from 'commander';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProgram, type CliContext } from '../../../src/main/cli';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createTranslator, loadTranslator, type Translator } from '../../../src/shared/i18n';

function program(t?: Translator): Command {
  const context: CliContext = {
    output: { out: () => {}, err: () => {} },
    logger: createRecordingLogger(),
    version: '1.2.3',
    packageRoot: '/nonexistent',
    createPlatform: () => Promise.reject(new Error('no platform in this test')),
    waitForStop: () => new Promise(() => {}),
    loadWebHost: () => Promise.reject(new Error('no web host in this test')),
    buildRenderer: () => Promise.reject(new Error('no build in this test')),
    ...(t ? { t } : {}),
  };
  return createProgram(context);
}

/** Every command with its path, the help command and option included, as `--help` shows them. */
function everyCommand(root: Command): { path: string; command: Command }[] {
  const found: { path: string; command: Command }[] = [];
  const visit = (command: Command, path: string) => {
    found.push({ path, command });
    for (const sub of command.commands) visit(sub, `${path} ${sub.name()}`);
  };
  visit(root, root.name());
  return found;
}

/** What `--help` says about a command: its description, its arguments' and its options' (the help option's too). */
function descriptions(command: Command): string[] {
  const help = command.createHelp();
  return [
    command.description(),
    ...help.visibleArguments(command).map((argument) => argument.description),
    ...help.visibleOptions(command).map((option) => option.description),
    ...help.visibleCommands(command).map((sub) => sub.description()),
  ];
}

describe("baton's --help in the person's language", () => {
  it('takes every description of every command, argument and option from the catalog', () => {
    // The pseudo-locale brackets and accents each catalog text: a description written in English
    // in code (a new option, say) is the one that is not bracketed.
    const untranslated = everyCommand(program(createTranslator('en-XA'))).flatMap(({ path, command }) =>
      descriptions(command)
        .filter((text) => !/^\[[\s\S]*·\]$/.test(text))
        .map((text) => `${path}: ${text}`),
    );
    expect(untranslated).toEqual([]);
  });

  let de: Translator;
  beforeAll(async () => void (de = await loadTranslator('de')));

  it('leaves none of the English descriptions in German, and keeps the flags, names and placeholders', () => {
    const english = new Set(everyCommand(program()).flatMap(({ command }) => descriptions(command)));
    const german = everyCommand(program(de));
    const leftover = german.flatMap(({ path, command }) =>
      descriptions(command)
        // A list of values (`bash, zsh, fish`) reads the same in every language.
        .filter((text) => english.has(text) && /[a-z]{3,} [a-z]{3,}/.test(text))
        .map((text) => `${path}: ${text}`),
    );
    expect(leftover).toEqual([]);
    expect(german.map(({ path }) => path)).toEqual(everyCommand(program()).map(({ path }) => path));
    expect(german.find(({ path }) => path === 'baton reminders edit')?.command.helpInformation()).toContain('--time <HH:MM>');
  });

  it("says commander's headings, defaults and choices in the language", () => {
    const help = program(de).helpInformation();
    expect(help).toMatch(/^Aufruf: baton \[options\] \[command\]$/m);
    expect(help).toMatch(/^Optionen:$/m);
    expect(help).toMatch(/^Befehle:$/m);
    expect(help).toMatch(/^ {2}-h, --help +Hilfe zum Befehl anzeigen$/m);
    expect(help).toMatch(/^ {2}help \[command\] +Hilfe zum Befehl anzeigen$/m);
    expect(help.replace(/\s+/g, ' ')).toContain('(Auswahl: "human", "json")');
    expect(help).not.toMatch(/Usage:|Options:|Commands:|display help|choices:/);
  });
});
