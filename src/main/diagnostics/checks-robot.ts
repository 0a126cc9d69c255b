import { isBatonError } from '../../shared/errors';
import type { MessageText } from '../../shared/i18n';
import { said, verbatim } from '../../shared/message-parts';
import { errorWords } from './check-words';
import type { CheckDefinition, CheckText } from './types';

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
    const where = { url: status.url, isOwn: status.url ? 'no' : 'yes', state: status.state };
    const evidence: CheckText[] = [
      // The error's own words are a value here: the summary and the fix say them in the person's language.
      status.error
        ? said('diagnostics.evBridgeError', { ...where, code: status.error.code, message: status.error.message })
        : said('diagnostics.evBridge', where),
      // What Baton's own bridge found on this machine: its ids, or (a bridge that sent none) its own words.
      ...(status.evidenceText ?? (status.evidence ?? []).map((line) => [verbatim(line)])),
    ];
    if (status.robot)
      evidence.push(
        said('diagnostics.evRobotInfo', {
          name: status.robot.name,
          version: status.robot.version,
          machine: status.robot.machine,
          executor: status.robot.executor,
        }),
      );
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
        evidence: [
          isBatonError(error)
            ? [said('diagnostics.evCallSaid', { call: 'processes.list' }), ...errorWords(error)]
            : said('diagnostics.evCallFailed', { call: 'processes.list' }),
        ],
        fix: said('diagnostics.robotNoListFix'),
      };
    }
    const wanted = [ctx.processName, ctx.facts.release?.ProcessKey].filter((v): v is string => Boolean(v)).map(normal);
    const found = processes.find((p) => wanted.includes(normal(p.name)) || wanted.includes(normal(p.key)));
    const evidence = [
      found
        ? said('diagnostics.evRobotListsFound', {
            count: processes.length,
            process: found.name,
            version: found.version,
            installed: found.installed ? 'yes' : 'no',
          })
        : said('diagnostics.evRobotLists', { count: processes.length }),
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
