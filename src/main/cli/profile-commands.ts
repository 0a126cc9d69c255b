import type { Command } from 'commander';
import { BatonError } from '../../shared/errors';
import type { ProfileView } from '../../shared/model';
import type { Core } from '../compose';
import type { CliContext } from './cli-context';
import { printResult } from './output';
import { withCore } from './with-core';
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
    throw new BatonError('NOT_FOUND', `There is no profile named "${name}".`, {
      hint: names ? `Use one of: ${names} (baton profile list).` : 'Add one first: baton profile add NAME --url URL.',
    });
  }
  return found.id;
}

export function formatProfile(profile: ProfileView): string {
  const who =
    profile.state === 'signed-in' ? `signed in${profile.user ? ` as ${profile.user.name}` : ''}` : profile.state.replace('-', ' ');
  return `${profile.isActive ? '*' : ' '} ${profile.name}  ${profile.deployment}  ${profile.orchestratorUrl}  ${profile.authMethod}  ${who}`;
}

const splitScopes = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** `baton profile add|list|use|remove`: connection profiles by name. */
export function addProfileCommands(program: Command, context: CliContext, addJsonOption: (command: Command) => Command): void {
  const profile = addJsonOption(
    program.command('profile').description('manage connection profiles (Orchestrator URL, tenant, sign-in method)'),
  );
  const isJsonFor = (command: Command) => Boolean(command.optsWithGlobals().json);

  addJsonOption(
    profile
      .command('add')
      .description('add a connection profile')
      .argument('<name>', 'a name for this connection, e.g. Production')
      .requiredOption('--url <url>', 'Orchestrator URL: https://host (on-prem) or https://cloud.uipath.com/{org}/{tenant}')
      .option('--tenant <tenant>', 'tenant name (on-prem)')
      .option('--deployment <kind>', 'on-prem | automation-suite | cloud (detected from the URL when omitted)')
      .option('--auth-method <method>', 'interactive | client-credentials | pat | legacy (default interactive)')
      .option('--client-id <id>', 'App ID of the external app (default baton-desktop)')
      .option('--redirect-uri <uri>', 'redirect URL registered for the app (default http://127.0.0.1:8765/callback)')
      .option('--scopes <scopes...>', 'scopes to request, space or comma separated')
      .option('--username <name>', 'user name for Orchestrator 19.10 sign-in')
      .option('--acr-values <values>', 'sent as acr_values at sign-in (e.g. tenantName:Acme, for Cloud organisations that need it)')
      .option('--use', 'make it the active profile')
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
        printResult(
          context.output,
          isJsonFor(command),
          added,
          () =>
            `Added profile ${added.name} (${added.deployment}, ${added.orchestratorUrl}).${added.isActive ? ' It is the active profile.' : ''}`,
        );
      }),
  );

  addJsonOption(
    profile
      .command('list')
      .description('list connection profiles; * marks the active one')
      .action(async (_options: unknown, command: Command) => {
        const list = await withCore(context, 'cli', (core) => coreApi(core).session.profiles.list());
        printResult(context.output, isJsonFor(command), list, () =>
          list.profiles.length === 0
            ? 'No profiles yet. Add one: baton profile add NAME --url URL'
            : list.profiles.map(formatProfile).join('\n'),
        );
      }),
  );

  addJsonOption(
    profile
      .command('use')
      .description('make a profile the active one (each profile keeps its own sign-in)')
      .argument('<name>', 'profile name')
      .action(async (name: string, _options: unknown, command: Command) => {
        const status = await withCore(context, 'cli', async (core) =>
          coreApi(core).session.profiles.setActive({ id: await resolveProfileId(core, name) }),
        );
        printResult(
          context.output,
          isJsonFor(command),
          status,
          () => `Now using ${status.profileName} (${status.state.replace('-', ' ')}).`,
        );
      }),
  );

  addJsonOption(
    profile
      .command('remove')
      .description('remove a profile and forget its sign-in')
      .argument('<name>', 'profile name')
      .action(async (name: string, _options: unknown, command: Command) => {
        const list = await withCore(context, 'cli', async (core) =>
          coreApi(core).session.profiles.remove({ id: await resolveProfileId(core, name) }),
        );
        printResult(context.output, isJsonFor(command), list, () => `Removed profile ${name}.`);
      }),
  );
}
