import { describe, expect, it } from 'vitest';
import type { CredentialStore } from '../../../src/main/auth/credential-store';
import type { RenewReason, SignInMethod } from '../../../src/main/auth/methods';
import { createTokenKeeper } from '../../../src/main/auth/token-keeper';
import type { StoredCredentials } from '../../../src/main/auth/types';
import { createManualClock } from '../../../src/main/platform/memory';
import { BatonError } from '../../../src/shared/errors';

const creds = (refreshToken: string): StoredCredentials => ({ method: 'interactive', refreshToken, user: { name: 'Alice' } });

/**
 * One vault shared with "another process" (the test), and an Identity Server that rotates:
 * each refresh token works once. `during` runs while a refresh request is out, as the other
 * process would.
 */
function setup() {
  const vault = new Map<string, StoredCredentials>();
  const spent = new Set<string>();
  const sent: string[] = [];
  const signedOut: string[] = [];
  let during: ((refreshToken: string) => void) | undefined;
  let counter = 0;
  const store: CredentialStore = {
    read: async (id) => vault.get(id),
    write: async (id, value) => void vault.set(id, value),
    forget: async (id) => void vault.delete(id),
  };
  const interactive: Pick<SignInMethod, 'renew'> = {
    async renew(_target, stored: StoredCredentials, _reason: RenewReason) {
      const token = stored.refreshToken!;
      sent.push(token);
      during?.(token);
      if (spent.has(token)) throw new BatonError('AUTH_REQUIRED', 'invalid_grant: refresh token already used');
      spent.add(token);
      counter += 1;
      return { token: { accessToken: `access-${counter}` }, credentials: creds(`${token}+`) };
    },
  };
  const unused: Pick<SignInMethod, 'renew'> = {
    renew: () => Promise.reject(new Error('only interactive sign-ins here')),
  };
  const keeper = createTokenKeeper({
    clock: createManualClock(),
    credentials: store,
    methods: { interactive, 'client-credentials': unused, pat: unused, legacy: unused },
    profileOf: () => ({ profile: { name: 'Sandbox' }, connection: {} }) as never,
  });
  keeper.onSignedOut(({ profileId }) => void signedOut.push(profileId));
  return {
    keeper,
    vault,
    spent,
    sent,
    signedOut,
    setDuring: (fn: typeof during) => (during = fn),
  };
}

// Catches: two processes sharing a refresh token; the loser of the rotation got invalid_grant
// and its sign-out deleted the token the winner had just saved.
describe('refresh rotation across processes sharing one vault', () => {
  it('renews with the refresh token another process saved since, not the one it read first', async () => {
    const s = setup();
    await s.keeper.signedIn('p1', creds('R1'), { accessToken: 'a0', expiresAt: 0 }, true);
    // The other process renewed: R1 is spent, R1+ is in the vault.
    s.spent.add('R1');
    s.vault.set('p1', creds('R1+'));
    expect(await s.keeper.sourceFor('p1').refreshAccessToken()).toBe('access-1');
    expect(s.sent).toEqual(['R1+']);
    expect(s.vault.get('p1')?.refreshToken).toBe('R1++');
    expect(s.signedOut).toEqual([]);
  });

  it('tries once more with what the vault holds when the other process renewed while its request was out', async () => {
    const s = setup();
    await s.keeper.signedIn('p1', creds('R1'), { accessToken: 'a0', expiresAt: 0 }, true);
    s.setDuring((token) => {
      if (token !== 'R1') return;
      s.spent.add('R1');
      s.vault.set('p1', creds('R1+'));
    });
    expect(await s.keeper.sourceFor('p1').refreshAccessToken()).toBe('access-1');
    expect(s.sent).toEqual(['R1', 'R1+']);
    expect(s.vault.get('p1')?.refreshToken).toBe('R1++');
    expect(s.signedOut).toEqual([]);
  });

  it('signs out but leaves a sign-in the other process saved after the one that failed', async () => {
    const s = setup();
    await s.keeper.signedIn('p1', creds('R1'), { accessToken: 'a0', expiresAt: 0 }, true);
    s.spent.add('R1');
    s.spent.add('R2');
    s.setDuring((token) => {
      // The other process keeps saving newer sign-ins: R2 while R1 is out, R3 while R2 is out.
      if (token === 'R1') s.vault.set('p1', creds('R2'));
      if (token === 'R2') s.vault.set('p1', creds('R3'));
    });
    await expect(s.keeper.sourceFor('p1').refreshAccessToken()).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(s.sent).toEqual(['R1', 'R2']);
    expect(s.signedOut).toEqual(['p1']);
    expect(s.vault.get('p1')?.refreshToken).toBe('R3');
  });

  it('forgets the saved sign-in when the vault still holds the refresh token that was refused', async () => {
    const s = setup();
    await s.keeper.signedIn('p1', creds('R1'), { accessToken: 'a0', expiresAt: 0 }, true);
    s.spent.add('R1');
    await expect(s.keeper.sourceFor('p1').refreshAccessToken()).rejects.toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(s.sent).toEqual(['R1']);
    expect(s.vault.has('p1')).toBe(false);
    expect(s.signedOut).toEqual(['p1']);
  });

  it('does not sign out when the other process signed out meanwhile: it simply is not signed in', async () => {
    const s = setup();
    await s.keeper.signedIn('p1', creds('R1'), { accessToken: 'a0', expiresAt: 0 }, true);
    s.vault.delete('p1');
    await expect(s.keeper.sourceFor('p1').refreshAccessToken()).rejects.toMatchObject({
      code: 'AUTH_REQUIRED',
      message: 'You are not signed in to Sandbox.',
    });
    expect(s.sent).toEqual([]);
  });
});
