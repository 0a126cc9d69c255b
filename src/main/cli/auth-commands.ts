import type { Command } from 'commander';
import type { ResultOf } from '../../shared/api';
import { BatonError } from '../../shared/errors';
import type { CliContext } from './cli-context';
import { formatterFor } from './formatters';
import { formatAsJson, printResult } from './output';
import { resolveProfileId } from './profile-commands';
import { withCore } from './with-core';
import { englishTranslator, renderParts, said } from '../../shared/message-parts';
import { helpWords } from './help-words';
import { coreApi } from './core-api';

type Status = ResultOf<'session.status'>;

export interface SecretSources {
  env: Record<string, string | undefined>;
  readStdin(): Promise<string>;
}

const processSecretSources: SecretSources = {
  env: process.env,
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** A secret from stdin (when asked), else the environment; never echoed anywhere. */
const STDIN_FLAG = { clientSecret: '--client-secret-stdin', pat: '--pat-stdin', password: '--password-stdin' } as const;

async function secretFrom(
  sources: SecretSources,
  options: { isStdin?: boolean; envName: string; what: keyof typeof STDIN_FLAG },
): Promise<string> {
  const value = options.isStdin ? (await sources.readStdin()).replace(/\r?\n$/, '') : sources.env[options.envName];
  if (!value) {
    throw BatonError.said('VALIDATION', said('cli.noSecret', { what: options.what }), {
      hint: said('cli.secretHint', { flag: STDIN_FLAG[options.what], envName: options.envName }),
    });
  }
  return value;
}

/** `baton login`, `baton logout`, `baton whoami`: sign-in from the terminal. */
export function addAuthCommands(
  program: Command,
  context: CliContext,
  addJsonOption: (command: Command) => Command,
  sources: SecretSources = processSecretSources,
): void {
  const isJsonFor = (command: Command) => Boolean(command.optsWithGlobals().json);
  const t = context.t ?? englishTranslator;
  const h = helpWords(context.t);
  const formatStatus = (status: Status) => (formatterFor('session.status', t) ?? formatAsJson)(status);

  addJsonOption(
    program
      .command('login')
      .description(h('login'))
      .option('--profile <name>', h('loginProfileOption'))
      .option('--no-browser', h('noBrowserOption'))
      .option('--client-id <id>', h('loginClientIdOption'))
      .option('--client-secret <secret>', h('clientSecretOption'))
      .option('--client-secret-stdin', h('clientSecretStdinOption'))
      .option('--pat', h('patOption'))
      .option('--pat-stdin', h('patStdinOption'))
      .option('--username <name>', h('loginUsernameOption'))
      .option('--password-stdin', h('passwordStdinOption'))
      .option('--remember-password', h('rememberPasswordOption'))
      .option('--timeout <seconds>', h('timeoutOption'))
      .action(async (options: Record<string, string | boolean | undefined>, command: Command) => {
        const params: Record<string, unknown> = { openBrowser: options.browser !== false };
        if (options.timeout) params.timeoutSeconds = Number(options.timeout);
        const isClientCredentials = Boolean(options.clientSecret || options.clientSecretStdin || options.clientId);
        if (isClientCredentials) {
          params.clientSecret =
            typeof options.clientSecret === 'string'
              ? options.clientSecret
              : await secretFrom(sources, {
                  isStdin: Boolean(options.clientSecretStdin),
                  envName: 'BATON_CLIENT_SECRET',
                  what: 'clientSecret',
                });
        } else if (options.pat || options.patStdin) {
          params.pat = await secretFrom(sources, { isStdin: Boolean(options.patStdin), envName: 'BATON_PAT', what: 'pat' });
        } else if (options.username) {
          params.username = options.username;
          params.password = await secretFrom(sources, {
            isStdin: Boolean(options.passwordStdin),
            envName: 'BATON_PASSWORD',
            what: 'password',
          });
          if (options.rememberPassword) params.rememberPassword = true;
        }
        const status = await withCore(context, 'cli', async (core) => {
          const api = coreApi(core);
          const profileId = await resolveProfileId(core, options.profile as string | undefined);
          if (profileId) params.profileId = profileId;
          // Signing in to a profile makes it the active one: the next command uses it, and the
          // sign-in address arrives with the active profile's session events.
          if (profileId) await api.session.profiles.setActive({ id: profileId });
          if (typeof options.clientId === 'string' && profileId)
            await api.session.profiles.update({ id: profileId, clientId: options.clientId, authMethod: 'client-credentials' });
          let isUrlShown = false;
          const stopWatching = core.events.on('session.changed', (changed) => {
            if (isUrlShown || !changed.signInUrl || changed.profileId !== profileId) return;
            isUrlShown = true;
            context.output.err(`${t.t(params.openBrowser ? 'cli.waitingForBrowser' : 'cli.openToSignIn', { url: changed.signInUrl })}\n`);
          });
          const signingIn = api.session.signIn(params);
          // Ctrl+C cancels the sign-in (and closes the listener) instead of leaving the port bound.
          void context.waitForStop().then(() => api.session.cancelSignIn(profileId ? { profileId } : {}).catch(() => {}));
          try {
            return await signingIn;
          } finally {
            stopWatching();
          }
        });
        printResult(context.output, isJsonFor(command), status, () => formatStatus(status));
      }),
  );

  addJsonOption(
    program
      .command('logout')
      .description(h('logout'))
      .option('--profile <name>', h('logoutProfileOption'))
      .option('--keep-browser-session', h('keepBrowserSessionOption'))
      .action(async (options: { profile?: string; keepBrowserSession?: boolean }, command: Command) => {
        const status = await withCore(context, 'cli', async (core) => {
          const profileId = await resolveProfileId(core, options.profile);
          return coreApi(core).session.signOut({
            ...(profileId ? { profileId } : {}),
            endBrowserSession: !options.keepBrowserSession,
          });
        });
        printResult(context.output, isJsonFor(command), status, () =>
          status.profileName ? t.t('cli.signedOutOf', { name: status.profileName }) : t.t('cli.signedOut'),
        );
      }),
  );

  addJsonOption(
    program
      .command('whoami')
      .description(h('whoami'))
      .option('--profile <name>', h('whoamiProfileOption'))
      .action(async (options: { profile?: string }, command: Command) => {
        const status = await withCore(context, 'cli', async (core) => {
          const profileId = await resolveProfileId(core, options.profile);
          if (!profileId || profileId === (await coreApi(core).session.status()).profileId) return coreApi(core).session.status();
          // Another profile's status without making it the active one.
          const list = await coreApi(core).session.profiles.list();
          const profile = list.profiles.find((item) => item.id === profileId);
          return {
            state: profile?.state ?? 'signed-out',
            profileId,
            profileName: profile?.name ?? null,
            user: profile?.user ?? null,
          } satisfies Status;
        });
        printResult(context.output, isJsonFor(command), status, () => {
          const line = formatStatus(status);
          const { problem } = status;
          if (status.state !== 'signed-out' || !problem) return line;
          const hint = problem.hintText ? renderParts(t, problem.hintText) : problem.hint;
          const message = problem.messageText ? renderParts(t, problem.messageText) : problem.message;
          return `${line}\n${message}${hint ? `\n${t.t('cli.hintLine', { hint })}` : ''}`;
        });
      }),
  );
}
