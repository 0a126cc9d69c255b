import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, createRecordingBrowser } from '../../src/main/platform/memory';
import { createAuthHarness } from '../support/auth-harness';
import { BrowserDriver, createDrivingBrowser } from '../support/browser-driver';
import { startSandbox } from '../../src/sandbox';
import { getFreePort } from '../support/free-port';
import { startSignInSandbox, type SignInSandbox } from '../support/identity-server';

let env: SignInSandbox;
const alice = { username: 'alice', password: 'alice-demo-1' };

beforeAll(async () => {
  env = await startSignInSandbox();
});
afterAll(async () => {
  await env?.close();
});

function addProfile(
  h: ReturnType<typeof createAuthHarness>,
  extra: { redirectUri?: string; url?: string; name?: string; deployment?: 'cloud' } = {},
) {
  return h.auth.addProfile({
    name: extra.name ?? 'Sandbox',
    orchestratorUrl: extra.url ?? env.sandbox.orchestratorUrl,
    redirectUri: extra.redirectUri ?? env.redirectUri,
    ...(extra.deployment ? { deployment: extra.deployment } : {}),
  });
}

describe('interactive sign-in through the sandbox Identity Server', () => {
  it('signs alice in through the browser and keeps only her name and expiry in the status', async () => {
    const browser = createDrivingBrowser({ ...alice, redirectUri: env.redirectUri });
    const h = createAuthHarness({ browser });
    const profile = await addProfile(h);

    const status = await h.auth.signIn({});

    expect(status).toMatchObject({
      state: 'signed-in',
      profileId: profile.id,
      user: { name: 'Alice Martin', email: 'alice@sandbox.baton.test' },
      deployment: 'on-prem',
    });
    expect(Date.parse(status.expiresAt ?? '')).toBeGreaterThan(Date.now());
    const tab = await browser.drives[0]!;
    expect(tab.status).toBe(200);
    expect(tab.text).toContain('You can close this tab');
    expect(h.events.map((event) => event.state)).toEqual(expect.arrayContaining(['signing-in', 'signed-in']));
    const authorize = new URL(browser.opened[0]!);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('scope')).toContain('offline_access');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(env.redirectUri);
  });

  it('gives the Orchestrator client a token the sandbox Orchestrator accepts', async () => {
    const h = createAuthHarness({ browser: createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }) });
    const profile = await addProfile(h);
    await h.auth.signIn({});
    const connection = h.auth.connectionFor(profile.id);
    const token = await h.auth.tokensFor(profile.id).getAccessToken();
    const res = await fetch(`${connection.apiBaseUrl}/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { UserName: string }).UserName).toBe('alice');
  });

  it('signs in to a Cloud profile through /identity_ without acr_values, which would lock local accounts out of mixed-auth organisations', async () => {
    const browser = createDrivingBrowser({ ...alice, redirectUri: env.redirectUri });
    const h = createAuthHarness({ browser });
    const profile = await addProfile(h, { url: env.sandbox.cloudUrl, deployment: 'cloud' });
    const status = await h.auth.signIn({});
    expect(status).toMatchObject({ state: 'signed-in', deployment: 'cloud', org: env.sandbox.org, tenant: env.sandbox.tenant });
    const authorize = new URL(browser.opened[0]!);
    expect(authorize.pathname).toBe('/identity_/connect/authorize');
    expect(authorize.searchParams.has('acr_values')).toBe(false);
    expect(h.auth.connectionFor(profile.id).apiBaseUrl).toBe(`${env.sandbox.cloudUrl}/orchestrator_`);
  });

  it('sends a redirect URI without a path exactly as registered (no added slash) and signs in', async () => {
    const bare = `http://localhost:${await getFreePort()}`;
    const sandbox = await startSandbox({ redirectUris: [bare] });
    try {
      const sent: string[] = [];
      const browser = createDrivingBrowser({ ...alice, redirectUri: bare });
      const h = createAuthHarness({
        browser,
        fetch: async (input, init) => {
          if (init?.body instanceof URLSearchParams && init.body.get('grant_type') === 'authorization_code')
            sent.push(init.body.get('redirect_uri')!);
          return fetch(input, init);
        },
      });
      await h.auth.addProfile({ name: 'Bare', orchestratorUrl: sandbox.orchestratorUrl, redirectUri: bare });
      expect((await h.auth.signIn({})).state).toBe('signed-in');
      expect(new URL(browser.opened[0]!).searchParams.get('redirect_uri')).toBe(bare);
      expect(sent).toEqual([bare]);
    } finally {
      await sandbox.close();
    }
  });

  it('sends acr_values only when the profile asks for it', async () => {
    const browser = createDrivingBrowser({ ...alice, redirectUri: env.redirectUri });
    const h = createAuthHarness({ browser });
    await h.auth.addProfile({
      name: 'Cloud with acr',
      orchestratorUrl: env.sandbox.cloudUrl,
      deployment: 'cloud',
      redirectUri: env.redirectUri,
      acrValues: `tenantName:${env.sandbox.org}`,
    });
    await h.auth.signIn({});
    expect(new URL(browser.opened[0]!).searchParams.get('acr_values')).toBe(`tenantName:${env.sandbox.org}`);
  });

  it('refuses the whole sign-in on invalid_scope before a browser opens, naming the scopes asked for and OR.Default', async () => {
    const browser = createRecordingBrowser();
    const h = createAuthHarness({ browser });
    await h.auth.addProfile({
      name: 'Too many scopes',
      orchestratorUrl: env.sandbox.orchestratorUrl,
      redirectUri: env.redirectUri,
      scopes: ['openid', 'OR.Folders.Read', 'OR.Administration'],
    });
    const error = await h.auth.signIn({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AUTH_FAILED', message: expect.stringContaining('OR.Folders.Read OR.Administration') });
    expect((error as { hint: string }).hint).toContain('OR.Default');
    expect(browser.opened).toEqual([]);
  });

  it('keeps waiting on a wrong password (the login page says so) until the person cancels', async () => {
    const browser = createDrivingBrowser({ username: 'alice', password: 'wrong', redirectUri: env.redirectUri });
    const h = createAuthHarness({ browser });
    await addProfile(h);
    const signingIn = h.auth.signIn({});
    signingIn.catch(() => {});
    await h.nextStatus((status) => Boolean(status.signInUrl));
    await expect.poll(() => browser.drives.length).toBe(1);
    const page = await browser.drives[0]!;
    expect(page.text).toContain('The username or password is incorrect.');

    await h.auth.cancelSignIn();
    await expect(signingIn).rejects.toMatchObject({ code: 'AUTH_REQUIRED', message: 'Sign-in was cancelled.' });
    const status = await h.auth.status();
    expect(status.state).toBe('signed-out');
    expect(status.problem).toBeUndefined();
  });

  it('reports a declined consent (error=access_denied) with what to do', async () => {
    const browser = createDrivingBrowser({
      ...alice,
      redirectUri: env.redirectUri,
      // What Identity Server sends when the person declines: the error, with the request's state and its issuer.
      rewriteCallback: (url) => {
        const denied = new URL(env.redirectUri);
        denied.search = new URLSearchParams({
          error: 'access_denied',
          state: url.searchParams.get('state') ?? '',
          iss: url.searchParams.get('iss') ?? '',
        }).toString();
        return denied;
      },
    });
    const h = createAuthHarness({ browser });
    await addProfile(h);
    await expect(h.auth.signIn({})).rejects.toMatchObject({ code: 'AUTH_FAILED', message: 'Sign-in was declined in the browser.' });
    const tab = await browser.drives[0]!;
    expect(tab.status).toBe(400);
    expect(tab.text).toContain('Sign-in did not complete');
    expect((await h.auth.status()).problem).toMatchObject({ code: 'AUTH_FAILED' });
  });

  // Catches: an answer with a forged state ended the sign-in, so any page could cancel it.
  it('ignores an answer whose state does not match the request and keeps the sign-in going', async () => {
    const browser = createDrivingBrowser({
      ...alice,
      redirectUri: env.redirectUri,
      rewriteCallback: (url) => {
        url.searchParams.set('state', 'forged');
        return url;
      },
    });
    const h = createAuthHarness({ browser });
    const profile = await addProfile(h);
    const signingIn = h.auth.signIn({});
    signingIn.catch(() => {});
    const tab = await h.nextStatus((status) => Boolean(status.signInUrl)).then(() => browser.drives[0]!);
    expect(tab.status).toBe(400);
    expect(tab.text).toContain('does not belong to the sign-in Baton is waiting for');
    expect((await h.auth.status()).state).toBe('signing-in');
    await h.auth.cancelSignIn(profile.id);
    await expect(signingIn).rejects.toMatchObject({ code: 'AUTH_REQUIRED', message: 'Sign-in was cancelled.' });
  });

  it('names the redirect URI to register when Identity Server does not know it, before opening a browser', async () => {
    const browser = createRecordingBrowser();
    const h = createAuthHarness({ browser });
    await addProfile(h, { redirectUri: env.unregisteredRedirectUri });
    await expect(h.auth.signIn({})).rejects.toMatchObject({
      code: 'AUTH_FAILED',
      hint: expect.stringContaining(`Register ${env.unregisteredRedirectUri} as a redirect URL of the external app`),
    });
    expect(browser.opened).toEqual([]);
  });

  it('names the client id when Identity Server does not know the app', async () => {
    const h = createAuthHarness();
    const profile = await addProfile(h);
    await h.auth.updateProfile({ id: profile.id, clientId: 'nobody-registered-me' });
    await expect(h.auth.signIn({})).rejects.toMatchObject({
      code: 'AUTH_FAILED',
      message: expect.stringContaining('nobody-registered-me'),
    });
  });

  it('gives up after the timeout when the browser never answers', async () => {
    const clock = createManualClock(Date.now());
    const h = createAuthHarness({ clock });
    await addProfile(h);
    const signingIn = h.auth.signIn({ timeoutSeconds: 60 });
    signingIn.catch(() => {});
    await h.nextStatus((status) => Boolean(status.signInUrl));
    clock.advance(60_000);
    await expect(signingIn).rejects.toMatchObject({ code: 'AUTH_REQUIRED', message: expect.stringContaining('timed out') });
    expect((await h.auth.status()).problem).toMatchObject({ code: 'AUTH_REQUIRED' });
  });

  it('says which port is busy and how to free or change it', async () => {
    const port = Number(new URL(env.redirectUri).port);
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const h = createAuthHarness();
      await addProfile(h);
      await expect(h.auth.signIn({})).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining(`Port ${port}`),
        hint: expect.stringContaining('redirect URL'),
      });
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  });

  it('serves one callback only and answers later visits with "already answered"', async () => {
    const browser = createDrivingBrowser({ ...alice, redirectUri: env.redirectUri });
    const h = createAuthHarness({ browser });
    await addProfile(h);
    const signingIn = h.auth.signIn({ openBrowser: false });
    const { signInUrl } = await h.nextStatus((status) => Boolean(status.signInUrl));
    const driver = new BrowserDriver();
    let callback = '';
    await driver.signIn(signInUrl!, { ...alice, redirectUri: env.redirectUri, rewriteCallback: (url) => ((callback = url.href), url) });
    await signingIn;
    await expect(fetch(callback.replace('localhost', '127.0.0.1'))).rejects.toThrow();
  });
});
