import type { Command } from 'commander';
import { BatonError } from '../../shared/errors';
import type { ProfileView } from '../../shared/model';
import type { Core } from '../compose';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
import type { Translator } from '../../shared/i18n';
import { englishTranslator, said, selectKey } from '../../shared/message-parts';
import { helpWords } from './help-words';
import { commandLineParams, coreApi } from './core-api';

/** `--profile NAME` (or the active profile) → its id; a clear error when the name is unknown. */
export async function resolveProfileId(core: Core, name: string): Promise<string>;
export async function resolveProfileId(core: Core, name: string | undefined): Promise<string | undefined>;
export async function resolveProfileId(core: Core, name: string | undefined): Promise<string | undefined> {
  const { profiles, activeProfileId } = await coreApi(core).session.profiles.list();
  if (name === undefined) return activeProfileId ?? undefined;
  const found = profiles.find((profile) => profile.name.toLowerCase() === name.toLowerCase());
  if (!found) {
    const names = profiles.map((profile) => profile.name).join(', ');
    throw BatonError.said('NOT_FOUND', said('cli.noProfile', { name }), {
      hint: names ? said('cli.useOneOf', { names }) : said('cli.addProfileFirst'),
    });
  }
  return found.id;
}

export function formatProfile(profile: ProfileView, t: Translator = englishTranslator): string {
  const who =
    profile.user && profile.state === 'signed-in' ? t.t('cli.signedInAs', { name: profile.user.name }) : sessionState(profile.state, t);
  return `${profile.isActive ? '*' : ' '} ${profile.name}  ${profile.deployment}  ${profile.orchestratorUrl}  ${profile.authMethod}  ${who}`;
}

/** "signed in", "signing in", "signed out". */
const sessionState = (state: string, t: Translator) => t.t('cli.sessionState', { state: selectKey(state) });

const splitScopes = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** `baton profile add|list|use|remove`: connection profiles by name. */
export function addProfileCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const t = context.t ?? englishTranslator;
  const h = helpWords(context.t);
  const profile = addJsonOption(program.command('profile').description(h('profile')));
  const isJsonFor = (command: Command) => Boolean(command.optsWithGlobals().json);

  addJsonOption(
    profile
      .command('add')
      .description(h('profileAdd'))
      .argument('<name>', h('profileNameNewArgument'))
      .requiredOption('--url <url>', h('urlOption', { cloudUrl: 'https://cloud.uipath.com/{org}/{tenant}' }))
      .option('--tenant <tenant>', h('tenantOption'))
      .option('--deployment <kind>', h('deploymentOption'))
      .option('--auth-method <method>', h('authMethodOption'))
      .option('--client-id <id>', h('profileClientIdOption'))
      .option('--redirect-uri <uri>', h('redirectUriOption'))
      .option('--scopes <scopes...>', h('scopesOption'))
      .option('--username <name>', h('profileUsernameOption'))
      .option('--acr-values <values>', h('acrValuesOption'))
      .option('--use', h('useOption'))
      .action(async (name: string, options: Record<string, string | string[] | boolean | undefined>, command: Command) => {
        const params = {
          name,
          orchestratorUrl: options.url,
          ...(options.tenant ? { tenant: options.tenant } : {}),
          ...(options.deployment ? { deployment: options.deployment } : {}),
          ...(options.authMethod ? { authMethod: options.authMethod } : {}),
          ...(options.clientId ? { clientId: options.clientId } : {}),
          ...(options.redirectUri ? { redirectUri: options.redirectUri } : {}),
          ...(options.scopes ? { scopes: ([] as string[]).concat(options.scopes as string[]).flatMap(splitScopes) } : {}),
          ...(options.username ? { username: options.username } : {}),
          ...(options.acrValues ? { acrValues: options.acrValues } : {}),
          ...(options.use ? { makeActive: true } : {}),
        };
        const added = await withCore(context, 'cli', (core) =>
          coreApi(core).session.profiles.add(commandLineParams('session.profiles.add', params)),
        );
        printResult(context.output, isJsonFor(command), added, () =>
          t.t(added.isActive ? 'cli.addedActiveProfile' : 'cli.addedProfile', {
            name: added.name,
            deployment: added.deployment,
            url: added.orchestratorUrl,
          }),
        );
      }),
  );

  addJsonOption(
    profile
      .command('list')
      .description(h('profileList'))
      .action(async (_options: unknown, command: Command) => {
        const list = await withCore(context, 'cli', (core) => coreApi(core).session.profiles.list());
        printResult(context.output, isJsonFor(command), list, () =>
          list.profiles.length === 0 ? t.t('cli.noProfiles') : list.profiles.map((item) => formatProfile(item, t)).join('\n'),
        );
      }),
  );

  addJsonOption(
    profile
      .command('use')
      .description(h('profileUse'))
      .argument('<name>', h('profileNameArgument'))
      .action(async (name: string, _options: unknown, command: Command) => {
        const status = await withCore(context, 'cli', async (core) =>
          coreApi(core).session.profiles.setActive({ id: await resolveProfileId(core, name) }),
        );
        printResult(context.output, isJsonFor(command), status, () =>
          t.t('cli.nowUsing', { name: String(status.profileName), state: sessionState(status.state, t) }),
        );
      }),
  );

  addJsonOption(
    profile
      .command('remove')
      .description(h('profileRemove'))
      .argument('<name>', h('profileNameArgument'))
      .action(async (name: string, _options: unknown, command: Command) => {
        const list = await withCore(context, 'cli', async (core) =>
          coreApi(core).session.profiles.remove({ id: await resolveProfileId(core, name) }),
        );
        printResult(context.output, isJsonFor(command), list, () => t.t('cli.removedProfile', { name }));
      }),
  );
}
