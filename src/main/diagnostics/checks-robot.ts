import { isBatonError } from '../../shared/errors';
import type { MessageText } from '../../shared/i18n';
import { said, verbatim } from '../../shared/message-parts';
import type { CheckDefinition } from './types';

const normal = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The robot's own hint (the robot domain's words, or its error's message ids). */
function robotHint(status: {
  hint?: string | undefined;
  hintText?: readonly MessageText[] | undefined;
  error?: { hint?: string | undefined; hintText?: readonly MessageText[] | undefined } | undefined;
}) {
  if (status.hintText) return [...status.hintText];
  if (status.hint) return verbatim(status.hint);
  if (status.error?.hintText) return [...status.error.hintText];
  return status.error?.hint ? verbatim(status.error.hint) : undefined;
}

export const robotCheck: CheckDefinition = {
  id: 'robot',
  dependsOn: [],
  async run(ctx) {
    if (!ctx.robot)
      return {
        status: 'skipped',
        summary: said('diagnostics.notChecked'),
        because: said('diagnostics.noRobotConnection'),
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
          summary: status.robot
            ? said('diagnostics.robotReadyExecutor', { executor: status.robot.executor })
            : said('diagnostics.robotReady'),
          evidence,
        };
      case 'pairing-required':
        return {
          status: 'fail',
          summary: said('diagnostics.robotUnpaired'),
          evidence,
          fix: said('diagnostics.robotUnpairedFix'),
        };
      case 'unreachable':
        return {
          status: 'fail',
          summary: said('diagnostics.robotSilent', { url: status.url ?? '' }),
          evidence,
          fix: robotHint(status) ?? said('diagnostics.startBridgeFix'),
        };
      default:
        return {
          status: 'warn',
          summary: status.url ? said('diagnostics.noBridgeAt', { url: status.url }) : said('diagnostics.noRobot'),
          evidence,
          fix: (status.hint ? robotHint(status) : undefined) ?? said('diagnostics.startBridgeLocalFix'),
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
        summary: said('diagnostics.notChecked'),
        because: said('diagnostics.noProcessChosenRobot'),
        evidence: [],
        isNotApplicable: true,
      };
    const status = await ctx.robot.settledStatus(ctx.timeoutMs);
    if (status.state !== 'ready' && status.state !== 'busy')
      return { status: 'skipped', summary: said('diagnostics.notChecked'), because: said('diagnostics.robotNotReady'), evidence: [] };
    let processes;
    try {
      processes = await ctx.robot.listProcesses();
    } catch (error) {
      return {
        status: 'fail',
        summary: said('diagnostics.robotNoList'),
        evidence: [`processes.list → ${isBatonError(error) ? error.message : 'failed'}`],
        fix: said('diagnostics.robotNoListFix'),
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
        summary: said('diagnostics.notOnRobot', { process: ctx.processName }),
        evidence,
        fix: said('diagnostics.notOnRobotFix', { process: ctx.processName }),
      };
    }
    if (!found.installed) {
      return {
        status: 'warn',
        summary: said('diagnostics.notInstalledYet', { process: found.name }),
        evidence,
        fix: said('diagnostics.notInstalledYetFix'),
      };
    }
    return { status: 'pass', summary: said('diagnostics.installed', { process: found.name, version: found.version }), evidence };
  },
};
