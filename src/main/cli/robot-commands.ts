import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { RobotStatusView } from '../../shared/contract/robot';
import { BatonError } from '../../shared/errors';
import type { LocalProcess } from '../../shared/robot-protocol';
import type { Platform } from '../platform';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, renderParts, said, verbatim, type TextParts } from '../../shared/message-parts';
import { helpWords } from './help-words';
import { coreApi } from './core-api';
import type { BatonApi } from '../../shared/api';

const ROBOT_COMMANDS = ['status', 'pair', 'unpair', 'processes'] as const;

/**
 * `baton robot status|pair|unpair|processes`: friendlier than the generic contract commands
 * they replace (`--robot-url`, the pairing prompt); `baton robot connect` stays generic.
 */
export function addRobotCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const t = context.t ?? englishTranslator;
  const h = helpWords(context.t);
  let group = program.commands.find((command) => command.name() === 'robot');
  if (!group) group = addJsonOption(program.command('robot'));
  const generic = group.commands as Command[];
  for (let index = generic.length - 1; index >= 0; index -= 1) {
    if ((ROBOT_COMMANDS as readonly string[]).includes(generic[index]?.name() ?? '')) generic.splice(index, 1);
  }
  group.description(h('robot'));

  const command = (
    name: (typeof ROBOT_COMMANDS)[number],
    description: string,
    action: (api: BatonApi, platform: Platform) => Promise<{ value: unknown; human: string }>,
  ) =>
    addJsonOption(
      group
        .command(name)
        .description(description)
        .option('--robot-url <url>', h('robotUrlOption'))
        .action(async (options: { robotUrl?: string }, self: Command) => {
          const isJson = Boolean(self.optsWithGlobals().json);
          await withCore(context, 'cli', async (core, platform) => {
            const api = coreApi(core);
            // Pairing remembers the URL with the token; looking only does not change the settings.
            if (options.robotUrl) await api.robot.connect({ url: options.robotUrl, remember: name === 'pair' });
            const { value, human } = await action(api, platform);
            printResult(context.output, isJson, value, () => human);
          });
        }),
    );

  command('status', h('robotStatus'), async (api) => {
    const status = await api.robot.status();
    return { value: status, human: describeStatus(status, t) };
  });

  command('processes', h('robotProcesses'), async (api) => {
    const processes = await api.robot.processes();
    return { value: processes, human: describeProcesses(processes, t) };
  });

  command('unpair', h('robotUnpair'), async (api) => {
    const status = await api.robot.unpair();
    return { value: status, human: `${t.t('cli.unpaired')} ${describeStatus(status, t)}` };
  });

  command('pair', h('robotPair'), async (api, platform) => {
    const status = await api.robot.status();
    if (status.state === 'ready' || status.state === 'busy')
      return { value: status, human: `${t.t('cli.alreadyPaired')} ${describeStatus(status, t)}` };
    if (status.state !== 'pairing-required') {
      throw BatonError.said('ROBOT_UNAVAILABLE', said('cli.bridgeUnreachable', { url: String(status.url) }), {
        ...(status.hintText ? { hint: status.hintText } : status.hint ? { hint: verbatim(status.hint) } : {}),
      });
    }
    const code = await readCode(context, t);
    const paired = await api.robot.pair({ code });
    const remembered =
      platform.vault.persistence === 'session-only'
        ? `\n${t.t('cli.pairingEnds', { store: renderParts(t, platform.vault.describe()) })}`
        : '';
    return { value: paired, human: `${t.t('cli.paired')} ${describeStatus(paired, t)}${remembered}` };
  });
}

async function readCode(context: CliContext, t: Translator): Promise<string> {
  if (process.stdin.isTTY) context.output.err(`${t.t('cli.enterPairingCode')} `);
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) {
      if (line.trim().length > 0) return line.trim();
    }
  } finally {
    lines.close();
  }
  throw BatonError.said('VALIDATION', said('cli.noPairingCode'), { hint: said('cli.pairingCodeHint') });
}

export function describeStatus(status: RobotStatusView, t: Translator = englishTranslator): string {
  return [headline(status, t), ...managedLines(status, t)].join('\n');
}

function headline(status: RobotStatusView, t: Translator): string {
  // `none`: the message leaves out "at …".
  const url = status.url || 'none';
  const hint = status.hintText ? renderParts(t, status.hintText) : status.hint;
  const hintLine = hint ? `\n${t.t('cli.hintLine', { hint })}` : '';
  switch (status.state) {
    case 'ready':
    case 'busy': {
      const robot = status.robot
        ? t.t('cli.robotOn', { name: status.robot.name, machine: status.robot.machine, executor: status.robot.executor })
        : t.t('cli.theRobot');
      return t.t('cli.robotReady', { state: status.state, robot, url, jobs: status.activeJobs });
    }
    case 'pairing-required':
      return `${t.t('cli.robotPairingRequired', { url })}\n${t.t('cli.hintLine', { hint: t.t('cli.robotPairHint') })}`;
    case 'not-installed':
    case 'unreachable': {
      const what =
        status.error?.message === 'No robot found on this machine.'
          ? 'noRobot'
          : status.state === 'not-installed'
            ? 'notFound'
            : 'unreachable';
      return `${t.t('cli.robotMissing', { what, url })}${hintLine}`;
    }
  }
}

/** Baton's own bridge: what it found on this machine (in the language of LANG when the bridge sent ids), and who else asks to pair with it. */
function managedLines(status: RobotStatusView, t: Translator): string[] {
  if (!status.managed) return [];
  const details = status.error?.details as { evidence?: string[]; evidenceText?: TextParts[] } | undefined;
  const english = status.evidence ?? details?.evidence ?? [];
  const ids = status.evidence ? status.evidenceText : details?.evidenceText;
  const evidence = ids && ids.length === english.length ? ids.map((line) => renderParts(t, line)) : english;
  const isRunning = status.state === 'ready' || status.state === 'busy';
  return [
    t.t(isRunning ? 'cli.managedRunning' : 'cli.managedLookedFor'),
    ...evidence.map((line) => `  - ${line}`),
    ...(status.pairingRequest
      ? [t.t('cli.pairingRequest', { client: status.pairingRequest.clientName, code: status.pairingRequest.code })]
      : []),
  ];
}

function describeProcesses(processes: LocalProcess[], t: Translator): string {
  if (processes.length === 0) return t.t('cli.robotNoProcesses');
  return processes
    .map((process) => {
      const args = process.inputArguments.map((argument) => `${argument.name}${argument.required ? '*' : ''}:${argument.type}`).join(', ');
      return `${process.key}  ${process.name} ${process.version}${process.installed ? '' : ` ${t.t('cli.notInstalled')}`}${args ? `  [${args}]` : ''}`;
    })
    .join('\n');
}
