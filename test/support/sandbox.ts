import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { ORCHESTRATOR_AUDIENCE } from '../../src/sandbox/identity';
import { createManualClock, startSandbox, type ManualClock, type SandboxOptions } from '../../src/sandbox';
import { SANDBOX_USERS, type Sandbox } from '../../src/sandbox';

export type Who = 'alice' | 'bob' | 'carol' | 'dave' | 'app';

export const ALL_ORCHESTRATOR_SCOPES = ['OR.Folders', 'OR.Execution', 'OR.Jobs', 'OR.Users', 'OR.Webhooks'];

export interface TestSandbox extends Sandbox {
  clock: ManualClock;
  /** An access token signed by a test key the sandbox trusts, shaped like Identity Server's. */
  tokenFor(who: Who, opts?: { scopes?: string[]; expiresInSeconds?: number }): Promise<string>;
  /** fetch against the on-prem layout (or an absolute URL), with a Bearer token for `as`. */
  call(path: string, init?: CallInit): Promise<CallResult>;
  /** fetch against the admin API with the admin token. */
  admin(path: string, init?: { method?: string; body?: unknown }): Promise<CallResult>;
}

export interface CallInit {
  as?: Who | null;
  token?: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  scopes?: string[];
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // Tests read response bodies freely; the schema test checks their shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

const TEST_ISSUER = 'https://issuer.test.invalid/identity';

async function toResult(response: Response): Promise<CallResult> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Starts the whole sandbox in-process on a free port with a manual clock; call `close()` after. */
export async function startTestSandbox(opts: SandboxOptions = {}): Promise<TestSandbox> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const clock = createManualClock();
  const sandbox = await startSandbox({
    clock,
    extraTrust: [{ jwks: { keys: [jwk] }, issuers: [TEST_ISSUER], audience: ORCHESTRATOR_AUDIENCE }],
    ...opts,
  });
  const app = sandbox.clients.confidential;

  const tokenFor: TestSandbox['tokenFor'] = async (who, { scopes = ALL_ORCHESTRATOR_SCOPES, expiresInSeconds = 3600 } = {}) => {
    const now = Math.floor(clock.now() / 1000);
    const subject = who === 'app' ? app.clientId : SANDBOX_USERS.find((u) => u.username === who)!.id;
    return new SignJWT({
      scope: scopes,
      client_id: who === 'app' ? app.clientId : sandbox.clients.desktop.clientId,
      sub_type: who === 'app' ? 'service.external' : 'user',
      prt_id: 'test-partition',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'at+jwt' })
      .setSubject(subject)
      .setIssuer(TEST_ISSUER)
      .setAudience(ORCHESTRATOR_AUDIENCE)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + expiresInSeconds)
      .sign(privateKey);
  };

  const call: TestSandbox['call'] = async (path, init = {}) => {
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    const who = init.as === undefined ? 'alice' : init.as;
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    else if (who) headers.Authorization = `Bearer ${await tokenFor(who, { scopes: init.scopes })}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const url = /^https?:/.test(path) ? path : `${sandbox.orchestratorUrl}${path}`;
    const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    return toResult(await fetch(url, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body }));
  };

  const admin: TestSandbox['admin'] = async (path, init = {}) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${sandbox.adminToken}` };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    return toResult(await fetch(`${sandbox.adminUrl}${path}`, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body }));
  };

  return { ...sandbox, clock, tokenFor, call, admin };
}
