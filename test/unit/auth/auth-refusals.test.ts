import { beforeAll, describe, expect, it } from 'vitest';
import { createAuthService } from '../../../src/main/auth/auth-service';
import { startLoopbackListener } from '../../../src/main/auth/loopback-listener';
import { createTokenKeeper } from '../../../src/main/auth/token-keeper';
import { legacyAuthenticate } from '../../../src/main/auth/token-grants';
import type { ConnectionInfo } from '../../../src/main/auth/types';
import { createEventHub } from '../../../src/main/lib';
import {
  createManualClock,
  createMemorySettings,
  createMemoryVault,
  createRecordingBrowser,
  createRecordingLogger,
} from '../../../src/main/platform/memory';
import { BatonError } from '../../../src/shared/errors';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { getFreePort } from '../../support/free-port';
import { refusal } from '../../support/refusal';

// Sign-in's refusals are message ids with values: the English beside them is pinned here by hand,
// and the same ids say it in the person's language.
let de: Translator;
let ar: Translator;
beforeAll(async () => void ([de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')])));

function authService() {
  return createAuthService({
    settings: createMemorySettings(),
    vault: createMemoryVault(),
    browser: createRecordingBrowser(),
    fetch: () => Promise.reject(new Error('no network in this test')),
    clock: createManualClock(),
    logger: createRecordingLogger(),
    events: createEventHub(),
  });
}

describe('what sign-in says when it refuses', () => {
  it('says a browser sign-in timed out after its minutes, in English and in German', async () => {
    const port = await getFreePort();
    const clock = createManualClock();
    const listener = await startLoopbackListener({
      redirectUri: new URL(`http://127.0.0.1:${port}/callback`),
      expectedState: 'state',
      clock,
      timeoutMs: 5 * 60_000,
    });
    clock.advance(5 * 60_000);
    const error = await refusal(listener.callback);
    await listener.close();
    expect([error.code, error.message]).toEqual([
      'AUTH_REQUIRED',
      'Sign-in timed out after 5 minute(s) without an answer from the browser.',
    ]);
    expect(error.hint).toBe(
      'Sign in again. If no browser tab opened, open the sign-in link Baton shows; if you closed the tab, start over.',
    );
    expect(renderParts(de, error.messageText!)).toBe('Die Anmeldung ist nach 5 Minuten ohne Antwort vom Browser abgelaufen.');
  });

  it('asks for a profile before any sign-in, and keeps a failed sign-in’s ids in the session’s problem', async () => {
    const auth = authService();
    const noProfile = await refusal(auth.signIn({}));
    expect([noProfile.code, noProfile.message, noProfile.hint]).toEqual([
      'VALIDATION',
      'There is no connection profile yet.',
      'Add one first: enter your Orchestrator URL (baton profile add NAME --url URL).',
    ]);
    expect(renderParts(de, noProfile.messageText!)).toBe('Es gibt noch kein Verbindungsprofil.');

    const profile = await auth.addProfile({
      name: 'Cloud',
      orchestratorUrl: 'https://cloud.uipath.com/acme/DefaultTenant',
      authMethod: 'pat',
    });
    const noToken = await refusal(auth.signIn({ profileId: profile.id }));
    expect(noToken.message).toBe('Enter the personal access token.');
    const { problem } = await auth.status(profile.id);
    expect(problem).toMatchObject({ code: 'VALIDATION', message: 'Enter the personal access token.' });
    expect(renderParts(ar, problem!.messageText!)).toBe('أدخل رمز الوصول الشخصي.');
    expect(renderParts(de, problem!.hintText!)).toContain('baton login --pat');
  });

  it('puts Orchestrator 19.10’s own reason into the sentence as it came', async () => {
    const connection = { apiBaseUrl: 'https://orch.example.com', orchestratorUrl: 'https://orch.example.com' } as ConnectionInfo;
    const answer = { error: { message: 'Login failed!', details: 'Invalid user name or password' } };
    const fetch = async () => new Response(JSON.stringify(answer), { status: 400, headers: { 'content-type': 'application/json' } });
    const error = await refusal(
      legacyAuthenticate({ fetch, clock: createManualClock(), configs: undefined as never }, connection, {
        username: 'ada',
        password: 'pw',
      }),
    );
    expect([error.code, error.message, error.hint]).toEqual([
      'AUTH_FAILED',
      'Orchestrator refused the sign-in: Invalid user name or password.',
      'Check the tenant, user name and password (the same ones you use on the Orchestrator login page).',
    ]);
    expect(renderParts(de, error.messageText!)).toBe('Orchestrator hat die Anmeldung abgelehnt: Invalid user name or password.');
  });

  it('signs a profile out when its renewal is refused, naming the way back in and the server’s words', async () => {
    const stored = { method: 'interactive' as const, refreshToken: 'r1', user: { name: 'Ada' } };
    const refused = new BatonError('AUTH_REQUIRED', 'invalid_grant: the refresh token was revoked');
    const keeper = createTokenKeeper({
      clock: createManualClock(),
      credentials: { read: async () => stored, write: async () => {}, forget: async () => {} },
      methods: {
        interactive: { renew: () => Promise.reject(refused) },
        'client-credentials': { renew: () => Promise.reject(new Error('unused')) },
        pat: { renew: () => Promise.reject(new Error('unused')) },
        legacy: { renew: () => Promise.reject(new Error('unused')) },
      },
      profileOf: () => ({ profile: { name: 'Work' }, connection: {} }) as never,
    });
    const error = await refusal(keeper.sourceFor('p1').getAccessToken());
    expect([error.code, error.message, error.hint]).toEqual([
      'AUTH_REQUIRED',
      'Signed out of Work: the sign-in could not be renewed.',
      'Sign in again (baton login --profile "Work"). invalid_grant: the refresh token was revoked',
    ]);
    expect(renderParts(de, error.hintText!)).toBe(
      'Melden Sie sich erneut an (baton login --profile "Work"). invalid_grant: the refresh token was revoked',
    );
  });
});
