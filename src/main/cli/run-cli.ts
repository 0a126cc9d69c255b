import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { BatonError } from '../../shared/errors';
import { secretStoreChoiceSchema, type LogFormat, type SecretStoreChoice } from '../platform';
import type { CliContext } from './cli-context';
import { addAuthCommands } from './auth-commands';
import { addCatalogCommands } from './catalog-commands';
import { addCompletionCommand } from './completion';
import { addContractCommands } from './contract-commands';
import { addDoctorCommand } from './doctor-command';
import { EXIT_OK, EXIT_USAGE } from './exit-codes';
import { said, verbatim } from '../../shared/message-parts';
import { cliTranslator } from './cli-language';
import { helpWords, speakHelp } from './help-words';
import { printError, writeErrorPayload } from './output';
import { addProfileCommands } from './profile-commands';
import { addReminderCommands } from './reminder-commands';
import { addRobotCommands } from './robot-commands';
import { addRunCommands, CommandExit } from './run-commands';
import { addWebCommand } from './web-command';

/** The program in the invocation's language (`context.t`, English without it); flags, names and placeholders stay as they are. */
export function createProgram(context: CliContext): Command {
  const h = helpWords(context.t);
  const addJsonOption = (command: Command) => command.option('--json', h('jsonOption'));
  const program = new Command('baton')
    .description(h('program'))
    .version(context.version, '-V, --version', h('versionOption'))
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (text) => context.output.out(text), writeErr: (text) => context.output.err(text) });
  speakHelp(program, h);
  addJsonOption(program);
  program
    .addOption(
      new Option('--secret-store <store>', h('secretStoreOption')).choices(secretStoreChoiceSchema.options).env('BATON_SECRET_STORE'),
    )
    .option('--verbose', h('verboseOption'))
    .option('--robot-processes <dir>', h('robotProcessesOption'))
    .addOption(new Option('--log-format <format>', h('logFormatOption')).choices(['human', 'json']));
  addContractCommands(program, context, addJsonOption);
  addWebCommand(program, context, addJsonOption);
  addRobotCommands(program, context, addJsonOption);
  addProfileCommands(program, context, addJsonOption);
  addAuthCommands(program, context, addJsonOption);
  addCatalogCommands(program, context, addJsonOption);
  addRunCommands(program, context, addJsonOption);
  addReminderCommands(program, context, addJsonOption);
  addDoctorCommand(program, context, addJsonOption);
  addCompletionCommand(program, context);
  // Every subcommand inherits the same error handling, so usage errors anywhere exit with EXIT_USAGE.
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride().showHelpAfterError().configureOutput(program.configureOutput());
      inherit(sub);
    }
  };
  inherit(program);
  // Global options reach the platform (created inside each action) through the invocation.
  program.hook('preAction', (_program, action) => {
    const globals = action.optsWithGlobals<{
      json?: boolean;
      verbose?: boolean;
      secretStore?: SecretStoreChoice;
      logFormat?: LogFormat;
      robotProcesses?: string;
    }>();
    // The bridge Baton starts reads its folder from the environment, as when BATON_ROBOT_PROCESSES is set.
    if (globals.robotProcesses) process.env.BATON_ROBOT_PROCESSES = resolve(globals.robotProcesses);
    context.invocation = {
      secretStore: globals.secretStore,
      isJson: Boolean(globals.json),
      isVerbose: Boolean(globals.verbose),
      logFormat: globals.logFormat ?? (globals.json ? 'json' : 'human'),
    };
  });
  return program;
}

/** Runs one `baton` invocation and returns its exit code (docs/cli.md has the table). */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const isJson = argv.includes('--json');
  const t = context.t ?? (await cliTranslator(context.env ?? process.env));
  const program = createProgram({ ...context, t });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return usageExitCode(error, isJson, context);
    if (error instanceof CommandExit) return error.exitCode;
    logCause(context, error);
    return printError(context.output, isJson, error, t);
  }
}

/** The printed error hides what a non-BatonError said; the debug log keeps it for whoever asks. */
function logCause(context: CliContext, error: unknown): void {
  const cause = error instanceof BatonError ? error.cause : error;
  if (cause === undefined) return;
  context.logger.debug('The command failed', {
    cause: cause instanceof Error ? cause.message : String(cause),
    stack: cause instanceof Error ? cause.stack : undefined,
  });
}

function usageExitCode(error: CommanderError, isJson: boolean, context: CliContext): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
  // Commander already printed the message and the usage on stderr; scripts asking for JSON also get it on stdout.
  if (isJson) {
    // Commander's own words, as commander wrote them.
    const message = error.message.replace(/^error:\s*/, '');
    writeErrorPayload(context.output, true, BatonError.said('VALIDATION', verbatim(message), { hint: said('cli.helpHint') }).toJSON());
  }
  return EXIT_USAGE;
}
