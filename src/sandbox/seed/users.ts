/**
 * The sandbox tenant's people and apps, shared by its Identity Server (who can sign in) and
 * its Orchestrator (what each may see and do). Passwords are demo values, printed by
 * `npm run sandbox`; the sandbox only ever listens on loopback.
 */
export interface SandboxUser {
  /** Identity Server subject (a GUID, as Identity Server issues). */
  id: string;
  /** Orchestrator's numeric user id. */
  orchestratorUserId: number;
  username: string;
  password: string;
  name: string;
  email: string;
  /** What this user is for in demos and tests. */
  role: string;
}

export const SANDBOX_USERS: readonly SandboxUser[] = [
  {
    id: '4a0b1f7e-3c1d-4f4e-9d4e-0a1b2c3d4e01',
    orchestratorUserId: 11,
    username: 'alice',
    password: 'alice-demo-1',
    name: 'Alice Martin',
    email: 'alice@sandbox.baton.test',
    role: 'every folder, may view and run',
  },
  {
    id: '4a0b1f7e-3c1d-4f4e-9d4e-0a1b2c3d4e02',
    orchestratorUserId: 12,
    username: 'bob',
    password: 'bob-demo-1',
    name: 'Bob Chen',
    email: 'bob@sandbox.baton.test',
    role: 'Finance folders only, may view but not run',
  },
  {
    id: '4a0b1f7e-3c1d-4f4e-9d4e-0a1b2c3d4e03',
    orchestratorUserId: 13,
    username: 'carol',
    password: 'carol-demo-1',
    name: 'Carol Singh',
    email: 'carol@sandbox.baton.test',
    role: 'no folders',
  },
  {
    id: '4a0b1f7e-3c1d-4f4e-9d4e-0a1b2c3d4e04',
    orchestratorUserId: 14,
    username: 'dave',
    password: 'dave-demo-1',
    name: 'Dave Okafor',
    email: 'dave@sandbox.baton.test',
    role: 'runs in Sales without SubFolders.View; own personal workspace',
  },
];

export interface SandboxClients {
  /** The non-confidential desktop app (authorization code + PKCE). */
  desktop: { clientId: string; redirectUris: string[] };
  /** The confidential external app (client credentials), assigned to most folders. */
  confidential: { clientId: string; clientSecret: string; name: string; orchestratorUserId: number };
}

/** Baton's default redirect URI (RFC 8252 §8.3: a loopback IP literal). */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8765/callback';
/** The default before issue 20: still registered, so profiles saved with it keep signing in. */
export const EARLIER_DEFAULT_REDIRECT_URI = 'http://localhost:8765/callback';

export function sandboxClients(redirectUris: string[] = [DEFAULT_REDIRECT_URI, EARLIER_DEFAULT_REDIRECT_URI]): SandboxClients {
  return {
    desktop: { clientId: 'baton-desktop', redirectUris },
    confidential: {
      clientId: 'baton-robot-runner',
      clientSecret: 'sandbox-secret-change-me',
      name: 'Baton Robot Runner',
      orchestratorUserId: 90,
    },
  };
}

/** Every scope the sandbox Identity Server knows (Identity Server's names). */
export const SANDBOX_SCOPES = [
  'openid',
  'profile',
  'email',
  'offline_access',
  'OR.Folders',
  'OR.Folders.Read',
  'OR.Execution',
  'OR.Execution.Read',
  'OR.Jobs',
  'OR.Jobs.Read',
  'OR.Jobs.Write',
  'OR.Monitoring',
  'OR.Monitoring.Read',
  'OR.Users.Read',
  'OR.Webhooks',
  'OR.Webhooks.Read',
  'OR.Webhooks.Write',
  'OR.Users',
  'OR.Settings.Read',
  'OR.Default',
] as const;

/**
 * Scopes each app registration may ask for (Identity Server grants per app and refuses the whole
 * request with `invalid_scope` for any other, orchestrator-versions.md §5.2). The confidential app
 * also holds `OR.Robots.Read`, which the desktop app does not.
 */
export const APP_SCOPES = {
  desktop: SANDBOX_SCOPES,
  confidential: [...SANDBOX_SCOPES.filter((s) => s.startsWith('OR.')), 'OR.Robots.Read'],
} as const;
