import { describe, expect, it } from 'vitest';
import { describeAccount, secretStorageDescription, secretStorageLine, secretStorageNotice } from '../../../src/renderer/features/account';
import { loadTranslator } from '../../../src/shared/i18n';
import {
  EMPTY_FORM,
  formFromProfile,
  gateViewOf,
  parseScopes,
  suggestedProfileName,
  toConnectRequest,
  type ConnectFormValues,
} from '../../../src/renderer/features/sign-in';
import type { ProfileView, SessionStatus } from '../../../src/shared/model';

const form = (values: Partial<ConnectFormValues>): ConnectFormValues => ({ ...EMPTY_FORM, ...values });

const profile: ProfileView = {
  id: 'p1',
  name: 'Sandbox',
  orchestratorUrl: 'http://127.0.0.1:4000',
  deployment: 'on-prem',
  tenant: 'Default',
  authMethod: 'interactive',
  clientId: 'baton-desktop',
  redirectUri: 'http://localhost:9000/callback',
  scopes: ['openid', 'OR.Jobs'],
  isActive: true,
  state: 'signed-out',
  user: null,
};

const signedOut: SessionStatus = { state: 'signed-out', profileId: 'p1', profileName: 'Sandbox', user: null };

describe('the connection form as a profile and sign-in parameters', () => {
  it('maps an interactive form to a profile with the advanced fields and no secrets', () => {
    const request = toConnectRequest(
      form({
        orchestratorUrl: ' https://orch.example.com ',
        tenant: 'Default',
        clientId: 'app-1',
        scopes: 'openid, OR.Jobs  OR.Jobs',
        redirectUri: 'http://localhost:8766/callback',
      }),
    );
    expect(request).toEqual({
      ok: true,
      profile: {
        name: 'orch.example.com (Default)',
        orchestratorUrl: 'https://orch.example.com',
        authMethod: 'interactive',
        tenant: 'Default',
        clientId: 'app-1',
        redirectUri: 'http://localhost:8766/callback',
        scopes: ['openid', 'OR.Jobs'],
      },
      secrets: {},
    });
  });

  it('leaves empty advanced fields out so the core applies its defaults', () => {
    const request = toConnectRequest(form({ orchestratorUrl: 'https://cloud.uipath.com/acme/prod' }));
    expect(request).toEqual({
      ok: true,
      profile: { name: 'cloud.uipath.com/acme/prod', orchestratorUrl: 'https://cloud.uipath.com/acme/prod', authMethod: 'interactive' },
      secrets: {},
    });
  });

  it('asks for the Orchestrator URL before anything is sent', () => {
    expect(toConnectRequest(form({ orchestratorUrl: '  ' }))).toMatchObject({
      ok: false,
      problem: { field: 'orchestratorUrl', message: 'Enter the Orchestrator URL.' },
    });
  });

  it('sends the client secret for client credentials and requires the app id with it', () => {
    expect(
      toConnectRequest(form({ orchestratorUrl: 'https://o.example', authMethod: 'client-credentials', clientSecret: 's' })),
    ).toMatchObject({ ok: false, problem: { field: 'clientId' } });
    const request = toConnectRequest(
      form({
        orchestratorUrl: 'https://o.example',
        authMethod: 'client-credentials',
        clientId: 'robot-app',
        clientSecret: 's3cret',
        redirectUri: 'http://localhost:1/cb',
      }),
    );
    expect(request).toMatchObject({
      ok: true,
      profile: { authMethod: 'client-credentials', clientId: 'robot-app' },
      secrets: { clientSecret: 's3cret' },
    });
    // A redirect URI means nothing without a browser; it is not saved for this method.
    expect(request.ok && 'redirectUri' in request.profile).toBe(false);
  });

  it('sends a personal access token, trimmed, and refuses an empty one', () => {
    expect(toConnectRequest(form({ orchestratorUrl: 'https://o.example', authMethod: 'pat' }))).toMatchObject({
      ok: false,
      problem: { field: 'pat' },
    });
    expect(toConnectRequest(form({ orchestratorUrl: 'https://o.example', authMethod: 'pat', pat: ' rt_abc \n' }))).toMatchObject({
      ok: true,
      secrets: { pat: 'rt_abc' },
    });
  });

  it('keeps the legacy user name on the profile and remembers the password only when asked', () => {
    const base = form({ orchestratorUrl: 'https://o.example', authMethod: 'legacy', username: 'alice', password: 'pw' });
    expect(toConnectRequest(base)).toMatchObject({
      ok: true,
      profile: { username: 'alice' },
      secrets: { username: 'alice', password: 'pw' },
    });
    expect(toConnectRequest(base)).not.toHaveProperty('secrets.rememberPassword');
    expect(toConnectRequest({ ...base, rememberPassword: true })).toMatchObject({ secrets: { rememberPassword: true } });
    expect(toConnectRequest({ ...base, password: '' })).toMatchObject({ ok: false, problem: { field: 'password' } });
  });

  it('uses the typed connection name over the suggested one', () => {
    expect(toConnectRequest(form({ orchestratorUrl: 'https://o.example', name: ' Prod ' }))).toMatchObject({
      ok: true,
      profile: { name: 'Prod' },
    });
  });
});

describe('suggested connection names', () => {
  it('numbers a name that is already taken, whatever its case', () => {
    expect(suggestedProfileName('http://127.0.0.1:4000/', '', ['127.0.0.1:4000', '127.0.0.1:4000 2'])).toBe('127.0.0.1:4000 3');
  });

  it('still gives a name when the URL does not parse (the core explains the URL)', () => {
    expect(suggestedProfileName('not a url', '')).toBe('not a url');
  });
});

describe('scopes as typed', () => {
  it('splits on spaces, commas and new lines and drops duplicates', () => {
    expect(parseScopes('openid,profile\nOR.Jobs  openid')).toEqual(['openid', 'profile', 'OR.Jobs']);
  });
});

describe('editing a saved connection', () => {
  it('fills the form from the profile and never from a secret', () => {
    expect(formFromProfile(profile)).toEqual({
      ...EMPTY_FORM,
      name: 'Sandbox',
      orchestratorUrl: 'http://127.0.0.1:4000',
      tenant: 'Default',
      clientId: 'baton-desktop',
      scopes: 'openid OR.Jobs',
      redirectUri: 'http://localhost:9000/callback',
    });
  });
});

describe('what the sign-in area shows', () => {
  it('waits for the first status before deciding', () => {
    expect(gateViewOf({})).toEqual({ kind: 'loading' });
  });

  it('opens on the connection form when there is no profile', () => {
    expect(gateViewOf({ status: { state: 'signed-out', profileId: null, profileName: null, user: null }, profiles: [] })).toEqual({
      kind: 'connect',
    });
  });

  it('shows the wait (with its cancel) while signing in, even over an open form', () => {
    expect(
      gateViewOf({ status: { ...signedOut, state: 'signing-in' }, profiles: [profile], form: { mode: 'edit', profileId: 'p1' } }),
    ).toEqual({ kind: 'waiting' });
  });

  it('returns to the form with the saved profile after a cancel', () => {
    expect(gateViewOf({ status: signedOut, profiles: [profile], form: { mode: 'edit', profileId: 'p1' } })).toEqual({
      kind: 'connect',
      profile,
    });
  });

  it('offers "Sign in again" for a signed-out profile', () => {
    expect(gateViewOf({ status: signedOut, profiles: [profile] })).toEqual({ kind: 'sign-in-again', profile });
  });

  it('shows the area once signed in, unless a new connection is being added', () => {
    const signedIn: SessionStatus = { ...signedOut, state: 'signed-in', user: { name: 'Alice Martin' } };
    expect(gateViewOf({ status: signedIn, profiles: [profile] })).toEqual({ kind: 'signed-in' });
    expect(gateViewOf({ status: signedIn, profiles: [profile], form: { mode: 'new' } })).toEqual({ kind: 'connect' });
  });
});

describe('account wording', () => {
  it('names the user and the connection when signed in', () => {
    expect(describeAccount({ ...signedOut, state: 'signed-in', user: { name: 'Alice Martin' } })).toBe('Alice Martin · Sandbox');
    expect(describeAccount(signedOut)).toBe('Not signed in');
  });

  it('warns that secrets are forgotten at exit only when storage is session-only, saying why', () => {
    expect(
      secretStorageNotice({ ...signedOut, secretStorage: { isPersistent: true, store: 'keychain', description: 'Keychain.' } }),
    ).toBeUndefined();
    expect(
      secretStorageNotice({ ...signedOut, secretStorage: { isPersistent: true, store: 'file', description: 'A file.' } }),
    ).toBeUndefined();
    expect(
      secretStorageNotice({
        ...signedOut,
        secretStorage: { isPersistent: false, store: 'memory', description: 'No keychain on this machine.' },
      }),
    ).toEqual({
      message: expect.stringContaining('forgotten at exit'),
      why: 'No keychain on this machine.',
    });
  });

  it("says why in the window's language when the core sent the store's words as ids, in the notice and the menu's tooltip", async () => {
    const de = await loadTranslator('de');
    const memory: SessionStatus = {
      ...signedOut,
      secretStorage: {
        isPersistent: false,
        store: 'memory',
        description: 'Secrets are kept in memory only and are forgotten when Baton exits, because you chose memory-only secret storage.',
        descriptionText: [{ id: 'account.memoryChosen' }],
      },
    };
    expect(secretStorageNotice(memory, de)).toEqual({
      message:
        'Ihre Anmeldung gilt, bis Baton beendet wird: Geheimnisse werden beim Beenden vergessen, Sie melden sich also beim nächsten Mal erneut an.',
      why: 'Geheimnisse werden nur im Arbeitsspeicher gehalten und beim Beenden von Baton vergessen, weil Sie die Speicherung nur im Arbeitsspeicher gewählt haben.',
    });
    const file: SessionStatus = {
      ...signedOut,
      secretStorage: {
        isPersistent: true,
        store: 'file',
        description:
          'Secrets are stored in /home/ada/.baton/secrets.json, readable by this user and root (this machine has no OS keychain).',
        descriptionText: [{ id: 'account.storedInFile', values: { path: '/home/ada/.baton/secrets.json' } }],
      },
    };
    expect(secretStorageDescription(file, de)).toBe(
      'Geheimnisse werden in /home/ada/.baton/secrets.json gespeichert, lesbar für diesen Benutzer und root (dieser Rechner hat keinen Schlüsselbund des Betriebssystems).',
    );
    expect(secretStorageDescription(file)).toBe(file.secretStorage!.description);
  });

  it('says where secrets are kept, naming the file store honestly', () => {
    const withStore = (store: 'keychain' | 'file' | 'memory') =>
      secretStorageLine({ ...signedOut, secretStorage: { isPersistent: store !== 'memory', store, description: '' } });
    expect(withStore('keychain')).toBe('Secrets: in the OS keychain');
    expect(withStore('file')).toContain('only you (and root) can read');
    expect(secretStorageLine(signedOut)).toBeUndefined();
  });
});
