import { isBatonError } from '../../shared/errors';
import type { CheckDefinition } from './types';

const normal = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '');

export const robotCheck: CheckDefinition = {
  id: 'robot',
  dependsOn: [],
  async run(ctx) {
    if (!ctx.robot)
      return {
        status: 'skipped',
        summary: 'Not checked.',
        because: 'this host has no robot connection',
        evidence: [],
        isNotApplicable: true,
      };
    const status = await ctx.robot.settledStatus(ctx.timeoutMs);
    // Baton's own bridge has no address until something on this machine can run processes.
    const where = status.url ? `robot bridge ${status.url}` : 'robot bridge (Baton starts its own)';
    const evidence = [
      `${where}: ${status.state}${status.error ? ` (${status.error.code}: ${status.error.message})` : ''}`,
      ...(status.evidence ?? []),
    ];
    if (status.robot)
      evidence.push(`robot ${status.robot.name} ${status.robot.version} on ${status.robot.machine}, executor ${status.robot.executor}`);
    switch (status.state) {
      case 'ready':
      case 'busy':
        return {
          status: 'pass',
          summary: `Paired with the robot bridge on this machine${status.robot ? ` (${status.robot.executor} executor)` : ''}; ready to run.`,
          evidence,
        };
      case 'pairing-required':
        return {
          status: 'fail',
          summary: 'The robot bridge answers but Baton is not paired with it.',
          evidence,
          fix: 'Pair: open Robot → Pair and type the 8-digit code the robot bridge shows on this machine (or run baton robot pair).',
        };
      case 'unreachable':
        return {
          status: 'fail',
          summary: `The robot bridge at ${status.url} does not answer.`,
          evidence,
          fix: status.hint ?? status.error?.hint ?? 'Start the robot bridge (baton-robot) on this machine.',
        };
      default:
        return {
          status: 'warn',
          summary: status.url
            ? `No robot bridge answers at ${status.url}: local runs are not available (remote runs are not affected).`
            : 'No robot found on this machine: local runs are not available (remote runs are not affected).',
          evidence,
          fix: status.hint ?? 'Start the robot bridge (baton-robot) on this machine to run processes locally.',
        };
    }
  },
};

export const robotProcessCheck: CheckDefinition = {
  id: 'robot-process',
  dependsOn: ['robot'],
  async run(ctx) {
    if (!ctx.processName || !ctx.robot)
      return {
        status: 'skipped',
        summary: 'Not checked.',
        because: 'no process was chosen (--process NAME)',
        evidence: [],
        isNotApplicable: true,
      };
    const status = await ctx.robot.settledStatus(ctx.timeoutMs);
    if (status.state !== 'ready' && status.state !== 'busy')
      return { status: 'skipped', summary: 'Not checked.', because: 'the robot bridge is not ready', evidence: [] };
    let processes;
    try {
      processes = await ctx.robot.listProcesses();
    } catch (error) {
      return {
        status: 'fail',
        summary: 'The robot did not list its processes.',
        evidence: [`processes.list → ${isBatonError(error) ? error.message : 'failed'}`],
        fix: 'Restart the robot bridge and run the checks again.',
      };
    }
    const wanted = [ctx.processName, ctx.facts.release?.ProcessKey].filter((v): v is string => Boolean(v)).map(normal);
    const found = processes.find((p) => wanted.includes(normal(p.name)) || wanted.includes(normal(p.key)));
    const evidence = [
      `the robot lists ${processes.length} process(es)${found ? `; ${found.name} ${found.version} ${found.installed ? 'installed' : 'not installed yet'}` : ''}`,
    ];
    if (!found) {
      return {
        status: 'fail',
        summary: `${ctx.processName} is not installed on this machine's robot.`,
        evidence,
        fix: `Install the ${ctx.processName} package on this machine (UiPath Assistant, or the robot's process folder), or run it remotely instead.`,
      };
    }
    if (!found.installed) {
      return {
        status: 'warn',
        summary: `${found.name} is available to this robot but not installed yet; Baton installs it at the first local run.`,
        evidence,
        fix: 'Nothing to do, unless installing is blocked on this machine: then install it from UiPath Assistant.',
      };
    }
    return { status: 'pass', summary: `${found.name} ${found.version} is installed on this machine's robot.`, evidence };
  },
};
