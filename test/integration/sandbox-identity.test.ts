import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentityServer, type IdentityServer } from '../../src/sandbox/identity';
import { DEFAULT_REDIRECT_URI, EARLIER_DEFAULT_REDIRECT_URI, SANDBOX_USERS, sandboxClients } from '../../src/sandbox/seed/users';
import { CookieJar, fetchWithCookies } from '../support/cookie-jar';

const ORG = 'baton';
const clients = sandboxClients();
const DESKTOP = clients.desktop.clientId;
const alice = SANDBOX_USERS[0]!;
const USER_SCOPE = 'openid profile email offline_access OR.Folders.Read OR.Execution.Read OR.Jobs OR.Users.Read';

interface Sandbox {
  origin: string;
  identity: IdentityServer;
  close(): Promise<void>;
}

async function startSandbox(options: { accessTokenTtlSeconds?: number } = {}): Promise<Sandbox> {
  // The origin is known only once the server listens, so the handler finds identity later.
  const mounted: { identity?: IdentityServer } = {};
  const server: Server = createServer((req, res) => {
    if (mounted.identity?.handle(req, res)) return;
    res.statusCode = 404;
    res.end('not identity');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const identity = await createIdentityServer({ origin, org: ORG, users: SANDBOX_USERS, clients, ...options });
  mounted.identity = identity;
  return {
    origin,
    identity,
    async close() {
      await identity.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A browser as far as Identity Server can tell: keeps cookies (by path), follows nothing by itself. */
class Browser {
  private readonly jar = new CookieJar();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    return fetchWithCookies(this.jar, url, init);
  }

  /** GETs `url` and follows redirects until one leaves the server for `stopAt` (the client). */
  async follow(url: string, stopAt = DEFAULT_REDIRECT_URI): Promise<{ url: string; res?: Response }> {
    let current = url;
    for (let hops = 0; hops < 10; hops++) {
      if (current.startsWith(stopAt)) return { url: current };
      const res = await this.request(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url: current, res };
      current = new URL(location, current).href;
    }
    throw new Error('too many redirects');
  }

  async postForm(url: string, fields: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields),
    });
  }
}

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function unescapeHtml(s: string): string {
  return s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

function formAction(html: string, pageUrl: string): string {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no form in page:\n${html}`);
  return new URL(unescapeHtml(action), pageUrl).href;
}

function authorizeUrl(issuer: string, params: Record<string, string>): string {
  const url = new URL(`${issuer}/connect/authorize`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url.href;
}

/** Follows an authorization request to the login page. */
async function loginPageFor(browser: Browser, start: string) {
  const page = await browser.follow(start);
  if (!page.res) throw new Error(`expected a login page, got a redirect to ${page.url}`);
  return { loginUrl: page.url, html: await page.res.text(), status: page.res.status };
}

/** Fills in the login form and follows the redirects back to the client's redirect URI. */
async function submitLogin(browser: Browser, login: { loginUrl: string; html: string }, user = alice): Promise<URL> {
  const posted = await browser.postForm(formAction(login.html, login.loginUrl), {
    username: user.username,
    password: user.password,
  });
  const landed = await browser.follow(new URL(posted.headers.get('location') ?? '', login.loginUrl).href);
  return new URL(landed.url);
}

/** Opens the login page for a fresh PKCE authorization request. */
async function openLogin(browser: Browser, issuer: string, extra: Record<string, string> = {}) {
  const { verifier, challenge } = pkce();
  const state = randomBytes(8).toString('hex');
  const start = authorizeUrl(issuer, {
    response_type: 'code',
    client_id: DESKTOP,
    redirect_uri: DEFAULT_REDIRECT_URI,
    scope: USER_SCOPE,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
    ...extra,
  });
  return { verifier, state, ...(await loginPageFor(browser, start)) };
}

/** The whole browser leg: authorize, fill in the login form, land on the redirect URI. */
async function signIn(issuer: string, user = alice, extra: Record<string, string> = {}) {
  const browser = new Browser();
  const login = await openLogin(browser, issuer, extra);
  const callback = await submitLogin(browser, login, user);
  expect(callback.searchParams.get('state')).toBe(login.state);
  return { browser, code: callback.searchParams.get('code') ?? '', verifier: login.verifier, callback };
}

async function tokenRequest(issuer: string, fields: Record<string, string>) {
  const res = await fetch(`${issuer}/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

async function signInForTokens(issuer: string) {
  const { code, verifier, browser } = await signIn(issuer);
  const { body } = await tokenRequest(issuer, {
    grant_type: 'authorization_code',
    client_id: DESKTOP,
    code,
    redirect_uri: DEFAULT_REDIRECT_URI,
    code_verifier: verifier,
  });
  expect(body.refresh_token).toEqual(expect.any(String));
  return { browser, tokens: body };
}

function clientCredentials(issuer: string, secret = clients.confidential.clientSecret) {
  return tokenRequest(issuer, {
    grant_type: 'client_credentials',
    client_id: clients.confidential.clientId,
    client_secret: secret,
    scope: 'OR.Folders OR.Execution OR.Jobs',
  });
}

let sandbox: Sandbox;
let onPrem: string;
let cloud: string;
let cloudOrg: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  [onPrem, cloud, cloudOrg] = sandbox.identity.issuers as [string, string, string];
});

afterAll(async () => {
  await sandbox.close();
});

describe('sandbox Identity Server mounts', () => {
  it('mounts on-prem at /identity and Cloud at /identity_ and /{org}/identity_', () => {
    expect(sandbox.identity.issuers).toEqual([
      `${sandbox.origin}/identity`,
      `${sandbox.origin}/identity_`,
      `${sandbox.origin}/${ORG}/identity_`,
    ]);
    expect(sandbox.identity.discoveryUrls).toEqual({
      onPrem: `${sandbox.origin}/identity/.well-known/openid-configuration`,
      cloud: `${sandbox.origin}/identity_/.well-known/openid-configuration`,
    });
  });

  it.each([0, 1, 2])('serves discovery with the mounted issuer and endpoints at mount %i', async (i) => {
    const issuer = sandbox.identity.issuers[i]!;
    const res = await fetch(`${issuer}/.well-known/openid-configuration`);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(doc).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/connect/authorize`,
      token_endpoint: `${issuer}/connect/token`,
      userinfo_endpoint: `${issuer}/connect/userinfo`,
      end_session_endpoint: `${issuer}/connect/endsession`,
      revocation_endpoint: `${issuer}/connect/revocation`,
      jwks_uri: `${issuer}/.well-known/openid-configuration/jwks`,
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect(doc.scopes_supported).toEqual(expect.arrayContaining(['openid', 'offline_access', 'OR.Folders', 'OR.Jobs']));
  });

  it('publishes the same public signing key at every mount', async () => {
    for (const issuer of sandbox.identity.issuers) {
      const jwks = (await (await fetch(`${issuer}/.well-known/openid-configuration/jwks`)).json()) as {
        keys: Record<string, unknown>[];
      };
      expect(jwks.keys.map((k) => k.kid)).toEqual(sandbox.identity.jwks.keys.map((k) => k.kid));
      expect(jwks.keys[0]).not.toHaveProperty('d');
    }
  });

  it('leaves paths outside its mounts to the next handler', async () => {
    const res = await fetch(`${sandbox.origin}/${ORG}/DefaultTenant/orchestrator_/odata/Folders`);
    expect(await res.text()).toBe('not identity');
  });
});

describe('authorization code + PKCE through the login page', () => {
  it('signs alice in through the form and issues an RS256 JWT access token with Identity Server claims', async () => {
    const { code, verifier, callback } = await signIn(cloud, alice, { acr_values: `tenantName:${ORG}` });
    expect(callback.searchParams.get('iss')).toBe(cloud);
    const { status, body } = await tokenRequest(cloud, {
      grant_type: 'authorization_code',
      client_id: DESKTOP,
      code,
      redirect_uri: DEFAULT_REDIRECT_URI,
      code_verifier: verifier,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect(body.refresh_token).toEqual(expect.any(String));

    const jwks = createRemoteJWKSet(new URL(`${cloud}/.well-known/openid-configuration/jwks`));
    const { payload, protectedHeader } = await jwtVerify(body.access_token!, jwks, {
      issuer: cloud,
      audience: sandbox.identity.audience,
      algorithms: ['RS256'],
    });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({
      sub: alice.id,
      sub_type: 'user',
      client_id: DESKTOP,
      prt_id: sandbox.identity.partitionId,
      aud: 'UiPath.Orchestrator',
    });
    expect(payload.scope).toEqual(expect.arrayContaining(['openid', 'offline_access', 'OR.Folders.Read', 'OR.Jobs']));
    expect(payload.exp! - payload.iat!).toBe(3600);
    expect(payload.nbf).toBe(payload.iat);
  });

  it('puts name, email and preferred_username in the ID token', async () => {
    const { tokens } = await signInForTokens(onPrem);
    const { payload } = await jwtVerify(tokens.id_token!, createLocalJWKSet(sandbox.identity.jwks), {
      issuer: onPrem,
      audience: DESKTOP,
    });
    expect(payload).toMatchObject({
      sub: alice.id,
      name: alice.name,
      email: alice.email,
      preferred_username: alice.username,
    });
  });

  it('shows a labelled login form for the organization named in acr_values', async () => {
    const login = await openLogin(new Browser(), cloudOrg, { acr_values: `tenantName:${ORG}` });
    expect(login.status).toBe(200);
    expect(new URL(login.loginUrl).pathname).toMatch(new RegExp(`^/${ORG}/identity_/interaction/`));
    expect(login.html).toMatch(/<label for="username">/);
    expect(login.html).toMatch(/<label for="password">/);
    expect(login.html).toContain(`to ${ORG}`);
  });

  it('keeps the person on the login page with an error after a wrong password', async () => {
    const browser = new Browser();
    const login = await openLogin(browser, onPrem);
    const action = formAction(login.html, login.loginUrl);
    const res = await browser.postForm(action, { username: alice.username, password: 'not-the-password' });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(html).toMatch(/role="alert"[^>]*>The username or password is incorrect\./);
    expect(formAction(html, action)).toBe(action);
  });

  it('explains an expired or unknown sign-in page instead of showing a login form', async () => {
    const res = await fetch(`${onPrem}/interaction/unknown-interaction-id`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Start signing in again from the app.');
  });

  it('refuses an authorization request without PKCE', async () => {
    const res = await fetch(
      authorizeUrl(onPrem, {
        response_type: 'code',
        client_id: DESKTOP,
        redirect_uri: DEFAULT_REDIRECT_URI,
        scope: USER_SCOPE,
        state: 's1',
      }),
      { redirect: 'manual' },
    );
    const location = new URL(res.headers.get('location') ?? 'http://missing/');
    expect(`${location.origin}${location.pathname}`).toBe(DEFAULT_REDIRECT_URI);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('still accepts the earlier default redirect URI, so profiles saved with it keep signing in', async () => {
    const { challenge } = pkce();
    const login = await loginPageFor(
      new Browser(),
      authorizeUrl(onPrem, {
        response_type: 'code',
        client_id: DESKTOP,
        redirect_uri: EARLIER_DEFAULT_REDIRECT_URI,
        scope: USER_SCOPE,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        state: 's1',
      }),
    );
    expect(login.status).toBe(200);
    expect(login.html).toContain('<form');
  });

  it.each(['http://127.0.0.1:8765/callback/', 'http://127.0.0.1:8766/callback', 'http://[::1]:8765/callback'])(
    'refuses the redirect URI %s because it is not an exact match',
    async (redirectUri) => {
      const { challenge } = pkce();
      const res = await fetch(
        authorizeUrl(onPrem, {
          response_type: 'code',
          client_id: DESKTOP,
          redirect_uri: redirectUri,
          scope: USER_SCOPE,
          code_challenge: challenge,
          code_challenge_method: 'S256',
        }),
        { redirect: 'manual' },
      );
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('redirect_uri');
    },
  );

  it('refuses a code exchange with the wrong code_verifier', async () => {
    const { code } = await signIn(onPrem);
    const { status, body } = await tokenRequest(onPrem, {
      grant_type: 'authorization_code',
      client_id: DESKTOP,
      code,
      redirect_uri: DEFAULT_REDIRECT_URI,
      code_verifier: pkce().verifier,
    });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });
});

describe('refresh, revocation, userinfo, client credentials', () => {
  it('rotates the refresh token on every use and refuses the old one afterwards', async () => {
    const { tokens } = await signInForTokens(onPrem);
    const first = await tokenRequest(onPrem, {
      grant_type: 'refresh_token',
      client_id: DESKTOP,
      refresh_token: tokens.refresh_token!,
    });
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toEqual(expect.any(String));
    expect(first.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(decodeJwt(first.body.access_token!).sub).toBe(alice.id);

    const reused = await tokenRequest(onPrem, {
      grant_type: 'refresh_token',
      client_id: DESKTOP,
      refresh_token: tokens.refresh_token!,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
  });

  it('accepts a refresh token from /identity_ at /{org}/identity_, as UiPath SDKs refresh there', async () => {
    const { tokens } = await signInForTokens(cloud);
    const { status, body } = await tokenRequest(cloudOrg, {
      grant_type: 'refresh_token',
      client_id: DESKTOP,
      refresh_token: tokens.refresh_token!,
    });
    expect(status).toBe(200);
    expect(decodeJwt(body.access_token!).iss).toBe(cloudOrg);
  });

  it('refuses a refresh token after it was revoked', async () => {
    const { tokens } = await signInForTokens(onPrem);
    const revoked = await fetch(`${onPrem}/connect/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: DESKTOP, token: tokens.refresh_token!, token_type_hint: 'refresh_token' }),
    });
    expect(revoked.status).toBe(200);
    const { status, body } = await tokenRequest(onPrem, {
      grant_type: 'refresh_token',
      client_id: DESKTOP,
      refresh_token: tokens.refresh_token!,
    });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });

  it('answers userinfo for a user access token with the scoped claims', async () => {
    const { tokens } = await signInForTokens(cloud);
    const res = await fetch(`${cloud}/connect/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      sub: alice.id,
      name: alice.name,
      preferred_username: alice.username,
      email: alice.email,
      email_verified: true,
    });
  });

  it('refuses userinfo without a valid bearer token', async () => {
    const res = await fetch(`${cloud}/connect/userinfo`, { headers: { authorization: 'Bearer not-a-jwt' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('issues the confidential app a service.external token whose subject is its client id', async () => {
    const { status, body } = await clientCredentials(cloudOrg);
    expect(status).toBe(200);
    expect(body.refresh_token).toBeUndefined();
    const { payload } = await jwtVerify(body.access_token!, createLocalJWKSet(sandbox.identity.jwks), {
      issuer: cloudOrg,
      audience: sandbox.identity.audience,
    });
    expect(payload).toMatchObject({
      sub: clients.confidential.clientId,
      sub_type: 'service.external',
      client_id: clients.confidential.clientId,
      prt_id: sandbox.identity.partitionId,
      scope: ['OR.Folders', 'OR.Execution', 'OR.Jobs'],
    });
  });

  it('refuses client credentials with a wrong secret', async () => {
    const { status, body } = await clientCredentials(onPrem, 'wrong-secret');
    expect(status).toBe(401);
    expect(body.error).toBe('invalid_client');
  });

  it('forgets every session and refresh token when sessions are revoked', async () => {
    const local = await startSandbox();
    try {
      const issuer = local.identity.issuers[0]!;
      const { tokens, browser } = await signInForTokens(issuer);
      local.identity.revokeSessions();
      const refreshed = await tokenRequest(issuer, {
        grant_type: 'refresh_token',
        client_id: DESKTOP,
        refresh_token: tokens.refresh_token!,
      });
      expect(refreshed.body.error).toBe('invalid_grant');
      expect((await openLogin(browser, issuer)).html).toContain('<h1>Sign in</h1>');
    } finally {
      await local.close();
    }
  });

  it('issues access tokens with the configured lifetime', async () => {
    const local = await startSandbox({ accessTokenTtlSeconds: 120 });
    try {
      const { body } = await clientCredentials(local.identity.issuers[1]!);
      const claims = decodeJwt(body.access_token!);
      expect(body.expires_in).toBe(120);
      expect(claims.exp! - claims.iat!).toBe(120);
    } finally {
      await local.close();
    }
  });
});

describe('end session', () => {
  it('signs out through the end-session page, asks for the password again and refuses the old refresh token', async () => {
    const { tokens, browser } = await signInForTokens(onPrem);
    const url = new URL(`${onPrem}/connect/endsession`);
    url.searchParams.set('id_token_hint', tokens.id_token!);
    url.searchParams.set('post_logout_redirect_uri', DEFAULT_REDIRECT_URI);
    url.searchParams.set('state', 'bye');
    const page = await browser.request(url.href);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(decodeProtectedHeader(tokens.id_token!).alg).toBe('RS256');

    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const done = await browser.postForm(formAction(html, url.href), { xsrf, logout: 'yes' });
    const location = new URL(done.headers.get('location') ?? 'http://missing/');
    expect(`${location.origin}${location.pathname}`).toBe(DEFAULT_REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('bye');

    const again = await openLogin(browser, onPrem);
    expect(again.html).toContain('<h1>Sign in</h1>');
    const refreshed = await tokenRequest(onPrem, {
      grant_type: 'refresh_token',
      client_id: DESKTOP,
      refresh_token: tokens.refresh_token!,
    });
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it('skips the login form while the session is alive', async () => {
    const { browser } = await signIn(onPrem);
    const { challenge } = pkce();
    const second = await browser.follow(
      authorizeUrl(onPrem, {
        response_type: 'code',
        client_id: DESKTOP,
        redirect_uri: DEFAULT_REDIRECT_URI,
        scope: USER_SCOPE,
        code_challenge: challenge,
        code_challenge_method: 'S256',
        state: 'again',
      }),
    );
    expect(new URL(second.url).searchParams.get('code')).toEqual(expect.any(String));
  });
});

describe('a real OpenID Connect client (openid-client)', () => {
  // openid-client refuses http:// issuers unless told otherwise; the sandbox is loopback http.
  const insecure = { execute: [oidc.allowInsecureRequests] };

  it('discovers the Cloud mount, signs in with PKCE, reads userinfo and refreshes', async () => {
    const config = await oidc.discovery(new URL(cloud), DESKTOP, undefined, oidc.None(), insecure);
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const start = oidc.buildAuthorizationUrl(config, {
      redirect_uri: DEFAULT_REDIRECT_URI,
      scope: USER_SCOPE,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      acr_values: `tenantName:${ORG}`,
    });
    const browser = new Browser();
    const callback = await submitLogin(browser, await loginPageFor(browser, start.href));

    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state });
    expect(tokens.claims()).toMatchObject({ iss: cloud, sub: alice.id, email: alice.email });
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, alice.id);
    expect(userinfo.preferred_username).toBe(alice.username);

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(decodeJwt(refreshed.access_token).sub_type).toBe('user');
  });

  it('gets a client-credentials token for the confidential app at the on-prem mount', async () => {
    const { clientId, clientSecret } = clients.confidential;
    const config = await oidc.discovery(new URL(onPrem), clientId, undefined, oidc.ClientSecretPost(clientSecret), insecure);
    const tokens = await oidc.clientCredentialsGrant(config, { scope: 'OR.Folders.Read OR.Jobs' });
    expect(decodeJwt(tokens.access_token)).toMatchObject({ sub: clientId, sub_type: 'service.external' });
  });
});
