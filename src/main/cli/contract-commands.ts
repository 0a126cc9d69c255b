import type { Command } from 'commander';
import { isMethodName, methodNames, type MethodName } from '../../shared/api';
import { createDispatcher } from '../../shared/dispatch';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { CliContext } from './cli-context';
import { helpWords } from './help-words';
import { formatterFor } from './formatters';
import { formatAsJson, printResult } from './output';
import { withCore } from './with-core';

/**
 * Binds the contract generically: `baton call <method> [params]` for any method, and one
 * friendly command per method (`session.status` → `baton session status`), both through the
 * same validating dispatcher every other host uses. A new contract method gets its commands
 * without a line here.
 */
export function addContractCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const h = helpWords(context.t);
  const run = async (method: string, rawParams: string | undefined, command: Command) => {
    const isJson = Boolean(command.optsWithGlobals().json);
    const params = withCliDefaults(method, parseParams(rawParams));
    const result = await withCore(context, 'cli', (core) => createDispatcher(core.handlers)(method, params));
    const human = (isMethodName(method) ? formatterFor(method, context.t) : undefined) ?? formatAsJson;
    printResult(context.output, isJson, result, human);
  };

  addJsonOption(
    program
      .command('call')
      .description(h('call', { example: "baton call app.info '{}'" }))
      .argument('<method>', h('methodArgument', { methods: methodNames.join(', ') }))
      .argument('[params]', h('paramsArgument', { empty: '{}' }))
      .action((method: string, params: string | undefined, _options: unknown, command: Command) => run(method, params, command)),
  );

  const groups = new Map<string, Command>();
  for (const method of methodNames) {
    const { domain, action } = splitMethod(method);
    let group = groups.get(domain);
    if (!group) {
      group = addJsonOption(program.command(domain).description(h('domainCommands', { domain })));
      groups.set(domain, group);
    }
    addJsonOption(
      group
        .command(action)
        .description(h('callMethod', { method }))
        .argument('[params]', h('paramsArgument', { empty: '{}' }))
        .action((params: string | undefined, _options: unknown, command: Command) => run(method, params, command)),
    );
  }
}

/** `runs.startRemote` → domain `runs`, action `start-remote`; `session.profiles.list` → `session`, `profiles-list`. */
export function splitMethod(method: MethodName): { domain: string; action: string } {
  const [domain = method, ...rest] = method.split('.');
  return { domain, action: rest.join('-').replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) };
}

/**
 * What a command line asks by default where the contract leaves a choice: a terminal has no
 * live view, so a run's state is read from Orchestrator, not answered from local history.
 */
const CLI_DEFAULT_PARAMS: Partial<Record<MethodName, Record<string, unknown>>> = {
  'runs.get': { isFresh: true },
  'runs.list': { isFresh: true },
};

function withCliDefaults(method: string, params: unknown): unknown {
  const defaults = isMethodName(method) ? CLI_DEFAULT_PARAMS[method] : undefined;
  if (!defaults || params === null || typeof params !== 'object' || Array.isArray(params)) return params;
  return { ...defaults, ...params };
}

function parseParams(raw: string | undefined): unknown {
  if (raw === undefined) return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw BatonError.said('VALIDATION', said('cli.paramsNotJson'), { hint: said('cli.paramsHint', { example: `'{"folderId": 12}'` }) });
  }
}
