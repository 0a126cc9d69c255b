import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpFetch } from '../../src/main/platform';
import { createManualClock, createMemoryVault } from '../../src/main/platform/memory';
import { createAuthHarness } from '../support/auth-harness';
import { createDrivingBrowser } from '../support/browser-driver';
import { startSignInSandbox, type SignInSandbox } from '../support/identity-server';

let env: SignInSandbox;
const alice = { username: 'alice', password: 'alice-demo-1' };

beforeAll(async () => {
  env = await startSignInSandbox();
});
afterAll(async () => {
  await env?.close();
});

/** Counts refresh_token grants on their way to Identity Server. */
function countingFetch(): HttpFetch & { refreshes: number } {
  const counting = Object.assign(
    async (input: string | URL, init?: RequestInit) => {
      if (String(init?.body ?? '').includes('grant_type=refresh_token')) counting.refreshes++;
      return fetch(input, init);
    },
    { refreshes: 0 },
  );
  return counting;
}

async function signedIn(options: { vault?: ReturnType<typeof createMemoryVault> } = {}) {
  const clock = createManualClock(Date.now());
  const fetch = countingFetch();
  const vault = options.vault ?? createMemoryVault();
  const h = createAuthHarness({ clock, fetch, vault, browser: createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }) });
  const profile = await h.auth.addProfile({ name: 'Sandbox', orchestratorUrl: env.sandbox.orchestratorUrl, redirectUri: env.redirectUri });
  await h.auth.signIn({});
  const storedRefreshToken = () => {
    const raw = [...vault.entries.values()][0];
    return raw ? (JSON.parse(raw) as { refreshToken?: string }).refreshToken : undefined;
  };
  return { ...h, clock, fetch, vault, profile, tokens: h.auth.tokensFor(profile.id), storedRefreshToken };
}

describe('keeping the sign-in fresh', () => {
  it('renews once for many concurrent callers two minutes before expiry, and saves the rotated refresh token', async () => {
    const s = await signedIn();
    const first = await s.tokens.getAccessToken();
    const firstRefresh = s.storedRefreshToken();
    expect(firstRefresh).toEqual(expect.any(String));

    s.clock.advance(57 * 60_000);
    expect(await s.tokens.getAccessToken()).toBe(first);
    expect(s.fetch.refreshes).toBe(0);

    s.clock.advance(90_000); // 1.5 minutes before expiry: inside the margin
    const tokens = await Promise.all(Array.from({ length: 5 }, () => s.tokens.getAccessToken()));
    expect(s.fetch.refreshes).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(first);
    expect(s.storedRefreshToken()).not.toBe(firstRefresh);
  });

  it('renews on demand after a 401 and saves the rotation every time', async () => {
    const s = await signedIn();
    const seen = new Set([s.storedRefreshToken()]);
    for (let i = 0; i < 3; i++) {
      await s.tokens.refreshAccessToken();
      seen.add(s.storedRefreshToken());
    }
    expect(seen.size).toBe(4);
    expect(s.fetch.refreshes).toBe(3);
  });

  it('hands a long operation a fresh token the Orchestrator accepts when the first is about to run out', async () => {
    const s = await signedIn();
    const before = await s.tokens.getAccessToken();
    s.clock.advance(59 * 60_000 + 30_000);
    const after = await s.tokens.getAccessToken();
    expect(after).not.toBe(before);
    const res = await fetch(`${env.sandbox.orchestratorUrl}/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser`, {
      headers: { authorization: `Bearer ${after}` },
    });
    expect(res.status).toBe(200);
  });

  it('signs the profile out cleanly when a reused refresh token is refused, keeping the profile', async () => {
    const s = await signedIn();
    const stale = [...s.vault.entries.entries()][0]!;
    await s.tokens.refreshAccessToken(); // rotates: the stale copy is now spent

    // Another copy of Baton still holding the old refresh token (e.g. restored from a backup).
    const staleVault = createMemoryVault();
    staleVault.entries.set(stale[0], stale[1]);
    const other = createAuthHarness({ vault: staleVault, settings: s.settings });
    await expect(other.auth.tokensFor(s.profile.id).getAccessToken()).rejects.toMatchObject({
      code: 'AUTH_REQUIRED',
      hint: expect.stringContaining('Sign in again'),
    });

    const status = await other.auth.status();
    expect(status).toMatchObject({ state: 'signed-out', profileId: s.profile.id, problem: { code: 'AUTH_REQUIRED' } });
    expect(status.problem?.message).toContain('sign in again');
    expect(staleVault.entries.size).toBe(0);
    expect((await other.auth.listProfiles()).profiles).toHaveLength(1);
    expect(other.events.at(-1)?.state).toBe('signed-out');
  });

  // Catches: two processes sharing a refresh token (the app and the CLI): the loser of the
  // rotation sent the spent token, Identity Server revoked the whole sign-in, and its sign-out
  // deleted the token the winner had just saved.
  it('keeps two Baton processes sharing one vault signed in while each renews in turn', async () => {
    const a = await signedIn();
    const b = createAuthHarness({ vault: a.vault, settings: a.settings, fetch: a.fetch });
    const bTokens = b.auth.tokensFor(a.profile.id);
    const accepted = async (token: string) =>
      (
        await fetch(`${env.sandbox.orchestratorUrl}/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status;

    const saved = new Set([a.storedRefreshToken()]);
    for (const tokens of [bTokens, a.tokens, bTokens, a.tokens]) {
      expect(await accepted(await tokens.refreshAccessToken())).toBe(200);
      saved.add(a.storedRefreshToken());
    }
    expect(a.fetch.refreshes).toBe(4);
    expect(saved.size).toBe(5);
    expect((await a.auth.status()).state).toBe('signed-in');
    expect((await b.auth.status()).state).toBe('signed-in');
  });

  it('stays signed in across a restart through the vault', async () => {
    const s = await signedIn();
    const restarted = createAuthHarness({ vault: s.vault, settings: s.settings });
    expect((await restarted.auth.status()).user?.name).toBe('Alice Martin');
    const token = await restarted.auth.tokensFor(s.profile.id).getAccessToken();
    expect(token.split('.')).toHaveLength(3);
  });

  it('throws AUTH_REQUIRED for a profile that never signed in', async () => {
    const h = createAuthHarness();
    const profile = await h.auth.addProfile({ name: 'Sandbox', orchestratorUrl: env.sandbox.orchestratorUrl });
    await expect(h.auth.tokensFor(profile.id).getAccessToken()).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
  });
});
