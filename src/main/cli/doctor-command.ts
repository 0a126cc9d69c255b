import type { Command } from 'commander';
import { formatCheck, formatVerdict } from '../../shared/contract/diagnostics';
import type { CliContext } from './cli-context';
import { EXIT_FAILED } from './exit-codes';
import { helpWords } from './help-words';
import { resolveProfileId } from './profile-commands';
import { CommandExit } from './run-commands';
import { withCore } from './with-core';
import { coreApi } from './core-api';

/**
 * `baton doctor`: runs every diagnostics check and prints one line per check as it finishes
 * (✓ pass, ✗ fail, ! warning, - skipped) with the fix under each problem. Exit 0 when nothing
 * failed, 1 when a check failed.
 */
export function addDoctorCommand(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const h = helpWords(context.t);
  addJsonOption(
    program
      .command('doctor')
      .description(h('doctor'))
      .option('--profile <name>', h('doctorProfileOption'))
      .option('--url <url>', h('doctorUrlOption'))
      .option('--process <name>', h('doctorProcessOption'))
      .option('--folder <path>', h('doctorFolderOption'))
      .option('--evidence', h('evidenceOption'))
      .action(
        async (options: { profile?: string; url?: string; process?: string; folder?: string; evidence?: boolean }, command: Command) => {
          const isJson = Boolean(command.optsWithGlobals().json);
          // The words follow LANG; --json prints the report as the core made it (English strings and message ids).
          const t = context.t;
          const report = await withCore(context, 'cli', async (core) => {
            const profileId = options.url ? undefined : await resolveProfileId(core, options.profile);
            const stop = isJson
              ? () => {}
              : core.events.on('diagnostics.progress', (progress) => {
                  if (progress.state === 'done' && progress.result)
                    context.output.out(`${formatCheck(progress.result, { withEvidence: options.evidence, ...(t ? { t } : {}) })}\n`);
                });
            try {
              const params = {
                ...(profileId ? { profileId } : {}),
                ...(options.url ? { orchestratorUrl: options.url } : {}),
                ...(options.process ? { processName: options.process } : {}),
                ...(options.folder ? { folderPath: options.folder } : {}),
              };
              return await coreApi(core).diagnostics.run(params);
            } finally {
              stop();
            }
          });
          context.output.out(isJson ? `${JSON.stringify(report)}\n` : `${formatVerdict(report, t)}\n`);
          if (report.overall === 'fail') throw new CommandExit(EXIT_FAILED);
        },
      ),
  );
}
