import type { Command } from 'commander';
import type { ResultOf } from '../../shared/api';
import { BatonError } from '../../shared/errors';
import type { CliContext } from './cli-context';
import { formatterFor } from './formatters';
import { formatAsJson, printResult } from './output';
import { resolveProfileId } from './profile-commands';
import { withCore } from './with-core';
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
async function secretFrom(sources: SecretSources, options: { isStdin?: boolean; envName: string; what: string }): Promise<string> {
  const value = options.isStdin ? (await sources.readStdin()).replace(/\r?\n$/, '') : sources.env[options.envName];
  if (!value) {
    throw new BatonError('VALIDATION', `No ${options.what} was given.`, {
      hint: `Pipe it on standard input with --${options.what.replace(/ /g, '-')}-stdin, or set ${options.envName}; Baton keeps it in the OS keychain, never in its settings.`,
    });
  }
  return value;
}

const formatStatus = (status: Status) => (formatterFor('session.status') ?? formatAsJson)(status);

/** `baton login`, `baton logout`, `baton whoami`: sign-in from the terminal. */
export function addAuthCommands(
  program: Command,
  context: CliContext,
  addJsonOption: (command: Command) => Command,
  sources: SecretSources = processSecretSources,
): void {
  const isJsonFor = (command: Command) => Boolean(command.optsWithGlobals().json);

  addJsonOption(
    program
      .command('login')
      .description('sign in to a profile (interactive in your browser by default)')
      .option('--profile <name>', 'profile to sign in to, which becomes the active one (default: the active one)')
      .option('--no-browser', 'print the sign-in address instead of opening the browser')
      .option('--client-id <id>', 'App ID of a confidential external app (client credentials)')
      .option(
        '--client-secret <secret>',
        'its secret (prefer --client-secret-stdin or BATON_CLIENT_SECRET: a command line is visible to other users)',
      )
      .option('--client-secret-stdin', 'read the client secret from standard input')
      .option('--pat', 'sign in with a personal access token from BATON_PAT or standard input')
      .option('--pat-stdin', 'read the personal access token from standard input')
      .option('--username <name>', 'Orchestrator 19.10 user name; the password comes from BATON_PASSWORD or --password-stdin')
      .option('--password-stdin', 'read the password from standard input')
      .option(
        '--remember-password',
        '19.10 only: keep the password with the secrets to renew the 30-minute token (without it, the sign-in lasts until the token expires)',
      )
      .option('--timeout <seconds>', 'how long to wait for the browser (default 300)')
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
                  what: 'client secret',
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
            context.output.err(
              params.openBrowser
                ? `Waiting for you to sign in in your browser (Ctrl+C cancels).\nIf no browser opened, open: ${changed.signInUrl}\n`
                : `Open this address in your browser to sign in:\n${changed.signInUrl}\n`,
            );
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
      .description("sign out of a profile: ends the Identity Server session and forgets this profile's tokens")
      .option('--profile <name>', 'profile to sign out of (default: the active one)')
      .option('--keep-browser-session', 'only forget the tokens here; do not end the browser session')
      .action(async (options: { profile?: string; keepBrowserSession?: boolean }, command: Command) => {
        const status = await withCore(context, 'cli', async (core) => {
          const profileId = await resolveProfileId(core, options.profile);
          return coreApi(core).session.signOut({
            ...(profileId ? { profileId } : {}),
            endBrowserSession: !options.keepBrowserSession,
          });
        });
        printResult(
          context.output,
          isJsonFor(command),
          status,
          () => `Signed out${status.profileName ? ` of ${status.profileName}` : ''}.`,
        );
      }),
  );

  addJsonOption(
    program
      .command('whoami')
      .description('who is signed in to a profile')
      .option('--profile <name>', 'profile to ask about (default: the active one)')
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
          return status.state === 'signed-out' && status.problem
            ? `${line}\n${status.problem.message}${status.problem.hint ? `\nhint: ${status.problem.hint}` : ''}`
            : line;
        });
      }),
  );
}
