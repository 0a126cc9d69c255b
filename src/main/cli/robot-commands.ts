import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { RobotStatusView } from '../../shared/contract/robot';
import { BatonError } from '../../shared/errors';
import type { LocalProcess } from '../../shared/robot-protocol';
import type { Platform } from '../platform';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
import { coreApi } from './core-api';
import type { BatonApi } from '../../shared/api';

const ROBOT_COMMANDS = ['status', 'pair', 'unpair', 'processes'] as const;

/**
 * `baton robot status|pair|unpair|processes`: friendlier than the generic contract commands
 * they replace (`--robot-url`, the pairing prompt); `baton robot connect` stays generic.
 */
export function addRobotCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  let group = program.commands.find((command) => command.name() === 'robot');
  if (!group) group = addJsonOption(program.command('robot').description('robot commands'));
  const generic = group.commands as Command[];
  for (let index = generic.length - 1; index >= 0; index -= 1) {
    if ((ROBOT_COMMANDS as readonly string[]).includes(generic[index]?.name() ?? '')) generic.splice(index, 1);
  }
  group.description('the robot on this machine: pair with it, list and run its processes');

  const command = (
    name: (typeof ROBOT_COMMANDS)[number],
    description: string,
    action: (api: BatonApi, platform: Platform) => Promise<{ value: unknown; human: string }>,
  ) =>
    addJsonOption(
      group
        .command(name)
        .description(description)
        .option('--robot-url <url>', 'the robot bridge, e.g. ws://127.0.0.1:2424/robot (default: from the settings)')
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

  command('status', 'show whether Baton can reach and use the robot on this machine', async (api) => {
    const status = await api.robot.status();
    return { value: status, human: describeStatus(status) };
  });

  command('processes', 'list the processes the robot on this machine can run', async (api) => {
    const processes = await api.robot.processes();
    return { value: processes, human: describeProcesses(processes) };
  });

  command('unpair', 'forget the pairing with the robot (the robot forgets Baton too)', async (api) => {
    const status = await api.robot.unpair();
    return { value: status, human: `Unpaired. ${describeStatus(status)}` };
  });

  command('pair', 'pair with the robot: type the code it shows on this machine (read from standard input)', async (api, platform) => {
    const status = await api.robot.status();
    if (status.state === 'ready' || status.state === 'busy') return { value: status, human: `Already paired. ${describeStatus(status)}` };
    if (status.state !== 'pairing-required') {
      throw new BatonError('ROBOT_UNAVAILABLE', `The robot bridge at ${status.url} is not reachable.`, { hint: status.hint });
    }
    const code = await readCode(context);
    const paired = await api.robot.pair({ code });
    const remembered =
      platform.vault.persistence === 'session-only' ? `\nNote: ${platform.vault.describe()} The pairing ends with this command.` : '';
    return { value: paired, human: `Paired. ${describeStatus(paired)}${remembered}` };
  });
}

async function readCode(context: CliContext): Promise<string> {
  if (process.stdin.isTTY) context.output.err('Enter the code shown by the robot bridge on this machine: ');
  const lines = createInterface({ input: process.stdin, terminal: false });
  try {
    for await (const line of lines) {
      if (line.trim().length > 0) return line.trim();
    }
  } finally {
    lines.close();
  }
  throw new BatonError('VALIDATION', 'No pairing code was given on standard input.', {
    hint: 'Type the 8-digit code the robot bridge shows, or pipe it in: echo 12345678 | baton robot pair',
  });
}

export function describeStatus(status: RobotStatusView): string {
  return [headline(status), ...managedLines(status)].join('\n');
}

function headline(status: RobotStatusView): string {
  const where = status.url ? ` at ${status.url}` : '';
  switch (status.state) {
    case 'ready':
    case 'busy': {
      const robot = status.robot ? `${status.robot.name} on ${status.robot.machine} (${status.robot.executor} executor)` : 'the robot';
      return `Robot: ${status.state} — ${robot}${where}${status.state === 'busy' ? `, ${status.activeJobs} job(s) running` : ''}.`;
    }
    case 'pairing-required':
      return `Robot: pairing required${where}.\nhint: run \`baton robot pair\` and type the code the robot bridge shows.`;
    case 'not-installed':
    case 'unreachable': {
      const what =
        status.error?.message === 'No robot found on this machine.'
          ? 'no robot found on this machine'
          : status.state === 'not-installed'
            ? 'not found'
            : 'unreachable';
      return `Robot: ${what}${where}.${status.hint ? `\nhint: ${status.hint}` : ''}`;
    }
  }
}

/** Baton's own bridge: what it found on this machine, and who else asks to pair with it. */
function managedLines(status: RobotStatusView): string[] {
  if (!status.managed) return [];
  const evidence = status.evidence ?? (status.error?.details as { evidence?: string[] } | undefined)?.evidence ?? [];
  const isRunning = status.state === 'ready' || status.state === 'busy';
  return [
    isRunning
      ? 'Baton started this robot bridge itself (no pairing code needed). What it found:'
      : 'What Baton looked for on this machine:',
    ...evidence.map((line) => `  - ${line}`),
    ...(status.pairingRequest
      ? [`${status.pairingRequest.clientName} asks to pair with this robot: give it the code ${status.pairingRequest.code}.`]
      : []),
  ];
}

function describeProcesses(processes: LocalProcess[]): string {
  if (processes.length === 0) return 'The robot offers no processes.';
  return processes
    .map((process) => {
      const args = process.inputArguments.map((argument) => `${argument.name}${argument.required ? '*' : ''}:${argument.type}`).join(', ');
      return `${process.key}  ${process.name} ${process.version}${process.installed ? '' : ' (not installed)'}${args ? `  [${args}]` : ''}`;
    })
    .join('\n');
}
