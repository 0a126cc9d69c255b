import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryVault } from '../../src/main/platform/memory';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { createAuthHarness } from '../support/auth-harness';
import { createDrivingBrowser } from '../support/browser-driver';
import { startSignInSandbox, type SignInSandbox } from '../support/identity-server';

let env: SignInSandbox;
let legacy: Sandbox;
const alice = { username: 'alice', password: 'alice-demo-1' };

beforeAll(async () => {
  env = await startSignInSandbox();
  legacy = await startSandbox({ version: '19.10' });
});
afterAll(async () => {
  await env?.close();
  await legacy?.close();
});

const whoAmI = (base: string, token: string) =>
  fetch(`${base}/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser`, { headers: { authorization: `Bearer ${token}` } });

describe('unattended and older sign-in methods', () => {
  it('signs in a confidential app with client credentials and renews without a person', async () => {
    const h = createAuthHarness();
    const { confidential } = env.sandbox.clients;
    const profile = await h.auth.addProfile({
      name: 'Robot',
      orchestratorUrl: env.sandbox.orchestratorUrl,
      clientId: confidential.clientId,
    });
    const status = await h.auth.signIn({ clientSecret: confidential.clientSecret });
    expect(status).toMatchObject({ state: 'signed-in', authMethod: 'client-credentials', user: { name: confidential.clientId } });
    const first = await h.auth.tokensFor(profile.id).getAccessToken();
    const renewed = await h.auth.tokensFor(profile.id).refreshAccessToken();
    expect(renewed).not.toBe(first);
    const folders = await fetch(`${env.sandbox.orchestratorUrl}/odata/Folders`, { headers: { authorization: `Bearer ${renewed}` } });
    expect(folders.status).toBe(200);
  });

  it('refuses a wrong client secret with the fix', async () => {
    const h = createAuthHarness();
    await h.auth.addProfile({
      name: 'Robot',
      orchestratorUrl: env.sandbox.orchestratorUrl,
      clientId: env.sandbox.clients.confidential.clientId,
    });
    await expect(h.auth.signIn({ clientSecret: 'not-it' })).rejects.toMatchObject({
      code: 'AUTH_FAILED',
      hint: expect.stringContaining('App ID'),
    });
    expect((await h.auth.status()).state).toBe('signed-out');
  });

  it('accepts a personal access token that Orchestrator accepts, and refuses one it does not', async () => {
    // The sandbox has no PAT page; a PAT is sent exactly like an access token, so one stands in.
    const issuer = createAuthHarness({ browser: createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }) });
    const source = await issuer.auth.addProfile({
      name: 'Issuer',
      orchestratorUrl: env.sandbox.orchestratorUrl,
      redirectUri: env.redirectUri,
    });
    await issuer.auth.signIn({});
    const pat = await issuer.auth.tokensFor(source.id).getAccessToken();

    const h = createAuthHarness();
    const profile = await h.auth.addProfile({ name: 'PAT', orchestratorUrl: env.sandbox.orchestratorUrl });
    await expect(h.auth.signIn({ pat: 'rt_not-a-real-token' })).rejects.toMatchObject({
      code: 'AUTH_FAILED',
      message: expect.stringContaining('personal access token'),
    });
    const status = await h.auth.signIn({ pat });
    expect(status).toMatchObject({ state: 'signed-in', authMethod: 'pat' });
    expect(status.user?.name).toContain('Alice');
    expect(await h.auth.tokensFor(profile.id).getAccessToken()).toBe(pat);
    await expect(h.auth.tokensFor(profile.id).refreshAccessToken()).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    expect((await h.auth.status()).state).toBe('signed-out');
  });

  it('signs in to Orchestrator 19.10 with /api/Account/Authenticate and keeps no password unless asked', async () => {
    const vault = createMemoryVault();
    const h = createAuthHarness({ vault });
    const profile = await h.auth.addProfile({
      name: 'Old',
      orchestratorUrl: legacy.orchestratorUrl,
      tenant: legacy.tenant,
      authMethod: 'legacy',
    });
    await expect(h.auth.signIn({ username: 'alice', password: 'nope' })).rejects.toMatchObject({
      code: 'AUTH_FAILED',
      hint: expect.stringContaining('password'),
    });
    const status = await h.auth.signIn({ username: 'alice', password: alice.password });
    expect(status).toMatchObject({ state: 'signed-in', authMethod: 'legacy', user: { name: 'alice' } });
    const token = await h.auth.tokensFor(profile.id).getAccessToken();
    expect((await whoAmI(legacy.orchestratorUrl, token)).status).toBe(200);
    // The 30-minute token is kept (the next command is signed in too), the password is not.
    expect([...vault.entries.values()].map((entry) => JSON.parse(entry) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ method: 'legacy', accessToken: token }),
    ]);
    expect([...vault.entries.values()].join()).not.toContain(alice.password);

    await h.auth.signIn({ username: 'alice', password: alice.password, rememberPassword: true });
    expect([...vault.entries.values()].join()).toContain(alice.password);
    const renewed = await h.auth.tokensFor(profile.id).refreshAccessToken();
    expect((await whoAmI(legacy.orchestratorUrl, renewed)).status).toBe(200);
  });
});

describe('signing out', () => {
  it('revokes the refresh token, ends the browser session with id_token_hint, and leaves other profiles signed in', async () => {
    const browser = createDrivingBrowser(() => ({ ...alice, redirectUri: env.redirectUri }));
    const vault = createMemoryVault();
    const h = createAuthHarness({ browser, vault });
    const one = await h.auth.addProfile({ name: 'One', orchestratorUrl: env.sandbox.orchestratorUrl, redirectUri: env.redirectUri });
    const two = await h.auth.addProfile({ name: 'Two', orchestratorUrl: env.sandbox.cloudUrl, redirectUri: env.redirectUri });
    await h.auth.signIn({ profileId: one.id });
    await h.auth.signIn({ profileId: two.id });
    const refreshOfOne = JSON.parse(vault.entries.get(`baton.auth.${one.id}`)!).refreshToken as string;

    const status = await h.auth.signOut({ profileId: one.id });

    expect(status).toMatchObject({ state: 'signed-out', profileId: one.id });
    expect(vault.entries.has(`baton.auth.${one.id}`)).toBe(false);
    const endSession = new URL(browser.opened.at(-1)!);
    expect(endSession.pathname).toBe('/identity/connect/endsession');
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    const reuse = await fetch(`${env.sandbox.identityUrl}/connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshOfOne, client_id: 'baton-desktop' }),
    });
    expect(reuse.status).toBe(400);
    await expect(h.auth.tokensFor(one.id).getAccessToken()).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });

    expect((await h.auth.status(two.id)).state).toBe('signed-in');
    expect(await h.auth.tokensFor(two.id).refreshAccessToken()).toEqual(expect.any(String));
    expect((await h.auth.listProfiles()).profiles.map((p) => [p.name, p.state])).toEqual([
      ['One', 'signed-out'],
      ['Two', 'signed-in'],
    ]);
  });

  it("switches the active profile and keeps each profile's sign-in", async () => {
    const h = createAuthHarness({ browser: createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }) });
    const one = await h.auth.addProfile({ name: 'One', orchestratorUrl: env.sandbox.orchestratorUrl, redirectUri: env.redirectUri });
    const two = await h.auth.addProfile({ name: 'Two', orchestratorUrl: env.sandbox.cloudUrl, redirectUri: env.redirectUri });
    await h.auth.signIn({});
    expect((await h.auth.setActiveProfile(two.id)).state).toBe('signed-out');
    expect(h.events.at(-1)).toMatchObject({ profileId: two.id, state: 'signed-out' });
    expect(h.auth.activeConnection()?.id).toBe(two.id);
    expect((await h.auth.setActiveProfile(one.id)).state).toBe('signed-in');
  });
});
