import type { Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';
import type { ParamsOf } from '../../../shared/api';
import type { AuthMethod, ProfileView } from '../../../shared/model';
import type { SignInSecrets } from '../account';

/** What the "Connect to Orchestrator" form holds: every field as the person typed it. */
export interface ConnectFormValues {
  name: string;
  orchestratorUrl: string;
  tenant: string;
  authMethod: AuthMethod;
  clientId: string;
  clientSecret: string;
  scopes: string;
  redirectUri: string;
  pat: string;
  username: string;
  password: string;
  rememberPassword: boolean;
}

export type ProfileFields = Omit<ParamsOf<'session.profiles.add'>, 'makeActive'>;

/** A field-level problem found before anything is sent; the core checks the rest. */
export interface FormProblem {
  field: keyof ConnectFormValues;
  message: string;
  hint?: string;
}

export type ConnectRequest = { ok: true; profile: ProfileFields; secrets: SignInSecrets } | { ok: false; problem: FormProblem };

export const AUTH_METHOD_LABELS: Record<AuthMethod, string> = {
  interactive: 'Interactive (browser)',
  'client-credentials': 'Client credentials (confidential app)',
  pat: 'Personal access token',
  legacy: 'User name and password (Orchestrator 19.10)',
};

/** The core's default (RFC 8252 §8.3: a loopback IP literal; fixed port, as Identity Server matches exactly). */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8765/callback';

export const EMPTY_FORM: ConnectFormValues = {
  name: '',
  orchestratorUrl: '',
  tenant: '',
  authMethod: 'interactive',
  clientId: '',
  clientSecret: '',
  scopes: '',
  redirectUri: '',
  pat: '',
  username: '',
  password: '',
  rememberPassword: false,
};

/** The form filled from a saved profile; secrets are never known to the UI, so they start empty. */
export function formFromProfile(profile: ProfileView): ConnectFormValues {
  return {
    ...EMPTY_FORM,
    name: profile.name,
    orchestratorUrl: profile.orchestratorUrl,
    tenant: profile.tenant ?? '',
    authMethod: profile.authMethod,
    clientId: profile.clientId,
    scopes: profile.scopes.join(' '),
    redirectUri: profile.redirectUri,
    username: profile.username ?? '',
  };
}

/** A readable profile name from the URL: host and path, plus the tenant when one was typed. */
export function suggestedProfileName(orchestratorUrl: string, tenant: string, takenNames: readonly string[] = []): string {
  const trimmed = orchestratorUrl.trim();
  let base = trimmed;
  try {
    const url = new URL(trimmed);
    base = `${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    // Not a URL yet: the core says so; the name only needs to be something.
  }
  base = (base || 'Orchestrator').slice(0, 80);
  if (tenant.trim()) base = `${base} (${tenant.trim()})`;
  const taken = new Set(takenNames.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Scopes as typed (spaces, commas or new lines between them), without duplicates. */
export function parseScopes(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/**
 * Maps the form to the profile to save and the secrets for `session.signIn`. Only what the
 * person must supply for the chosen method is checked here; URLs are the core's job.
 */
export function toConnectRequest(
  values: ConnectFormValues,
  takenNames: readonly string[] = [],
  t: Translator = englishTranslator,
): ConnectRequest {
  const url = values.orchestratorUrl.trim();
  if (!url) return problem('orchestratorUrl', t.t('signIn.needUrl'), t.t('signIn.needUrlHint'));
  const method = values.authMethod;
  const clientId = values.clientId.trim();
  const username = values.username.trim();

  let secrets: SignInSecrets = {};
  if (method === 'client-credentials') {
    if (!clientId) return problem('clientId', t.t('signIn.needAppId'), t.t('signIn.needAppIdHint'));
    if (!values.clientSecret) return problem('clientSecret', t.t('signIn.needAppSecret'), t.t('signIn.needAppSecretHint'));
    secrets = { clientSecret: values.clientSecret };
  } else if (method === 'pat') {
    if (!values.pat.trim()) return problem('pat', t.t('signIn.needPat'), t.t('signIn.needPatHint'));
    secrets = { pat: values.pat.trim() };
  } else if (method === 'legacy') {
    if (!username) return problem('username', t.t('signIn.needUsername'));
    if (!values.password) return problem('password', t.t('signIn.needPassword'));
    secrets = { username, password: values.password, ...(values.rememberPassword ? { rememberPassword: true } : {}) };
  }

  const scopes = parseScopes(values.scopes);
  const profile: ProfileFields = {
    name: values.name.trim() || suggestedProfileName(url, values.tenant, takenNames),
    orchestratorUrl: url,
    authMethod: method,
    ...(values.tenant.trim() ? { tenant: values.tenant.trim() } : {}),
    ...(clientId ? { clientId } : {}),
    ...(values.redirectUri.trim() && method === 'interactive' ? { redirectUri: values.redirectUri.trim() } : {}),
    ...(scopes.length > 0 ? { scopes } : {}),
    ...(method === 'legacy' ? { username } : {}),
  };
  return { ok: true, profile, secrets };
}

function problem(field: keyof ConnectFormValues, message: string, hint?: string): ConnectRequest {
  return { ok: false, problem: { field, message, ...(hint ? { hint } : {}) } };
}
