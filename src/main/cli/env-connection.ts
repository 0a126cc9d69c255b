import type { Core } from '../compose';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { coreApi } from './core-api';

/** A connection and credentials given entirely by the environment (CI, containers). */
export interface EnvConnection {
  orchestratorUrl: string;
  tenant?: string;
  clientId?: string;
  clientSecret?: string;
  pat?: string;
  scopes?: string[];
}

/** The name the environment's profile has in messages (`You are not signed in to …`). */
export const ENV_PROFILE_NAME = 'environment';

/**
 * BATON_URL (+ BATON_TENANT) with BATON_CLIENT_ID + BATON_CLIENT_SECRET, or BATON_PAT: undefined
 * when BATON_URL is not set (the stored profiles are used), an error naming what is missing when
 * it is set without a way to sign in.
 */
export function connectionFromEnv(env: Record<string, string | undefined>): EnvConnection | undefined {
  const url = env.BATON_URL?.trim();
  if (!url) return undefined;
  const clientId = env.BATON_CLIENT_ID?.trim();
  const clientSecret = env.BATON_CLIENT_SECRET;
  const pat = env.BATON_PAT;
  const scopes = env.BATON_SCOPES?.split(/[\s,]+/).filter(Boolean);
  const base = {
    orchestratorUrl: url,
    ...(env.BATON_TENANT?.trim() ? { tenant: env.BATON_TENANT.trim() } : {}),
    ...(scopes?.length ? { scopes } : {}),
  };
  if (clientId && clientSecret) return { ...base, clientId, clientSecret };
  if (pat) return { ...base, pat };
  throw BatonError.said('VALIDATION', said('cli.envNoSignIn'), {
    hint: clientId ? said('cli.envNeedsSecret') : [said('cli.envNeedsCredentials'), said('cli.envUnsetUrl')],
  });
}

/** Adds the environment's profile to an in-memory core and signs in with its credentials. */
export async function signInFromEnv(core: Core, connection: EnvConnection): Promise<void> {
  const api = coreApi(core);
  const isApp = connection.clientId !== undefined;
  await api.session.profiles.add({
    name: ENV_PROFILE_NAME,
    orchestratorUrl: connection.orchestratorUrl,
    ...(connection.tenant ? { tenant: connection.tenant } : {}),
    authMethod: isApp ? 'client-credentials' : 'pat',
    ...(isApp ? { clientId: connection.clientId } : {}),
    ...(connection.scopes ? { scopes: connection.scopes } : {}),
    makeActive: true,
  });
  await api.session.signIn(
    isApp ? { clientSecret: connection.clientSecret, openBrowser: false } : { pat: connection.pat, openBrowser: false },
  );
}
