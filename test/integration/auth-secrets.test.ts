import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafeStorageVault, openDataFiles } from '../../src/main/platform/electron';
import { createMemoryVault } from '../../src/main/platform/memory';
import { createFileSettings } from '../../src/main/platform/node';
import { createSessionHandlers } from '../../src/main/auth';
import { createDispatcher } from '../../src/shared/dispatch';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { createAuthHarness } from '../support/auth-harness';
import { createDrivingBrowser } from '../support/browser-driver';
import { createFakeElectron } from '../support/fake-electron';
import { startSignInSandbox, type SignInSandbox } from '../support/identity-server';

let env: SignInSandbox;
let legacy: Sandbox;
let dir: string;
const alice = { username: 'alice', password: 'alice-demo-1' };

beforeAll(async () => {
  env = await startSignInSandbox();
  legacy = await startSandbox({ version: '19.10' });
  dir = await mkdtemp(join(tmpdir(), 'baton-auth-secrets-'));
});
afterAll(async () => {
  await env?.close();
  await legacy?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('secrets stay in the vault', () => {
  it('never writes a token, secret or password to settings, logs, contract results or events', async () => {
    const vault = createMemoryVault();
    const settings = createFileSettings({ dir, logger: createAuthHarness().logger });
    const h = createAuthHarness({ vault, settings, browser: createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }) });
    const call = createDispatcher(createSessionHandlers(h.auth) as never);
    const results: unknown[] = [];
    const run = async (method: string, params: unknown) => results.push(await call(method, params));

    const { confidential } = env.sandbox.clients;
    await run('session.profiles.add', { name: 'Sandbox', orchestratorUrl: env.sandbox.orchestratorUrl, redirectUri: env.redirectUri });
    await run('session.signIn', {});
    const sandboxId = (results[0] as { id: string }).id;
    const accessToken = await h.auth.tokensFor(sandboxId).getAccessToken();
    await h.auth.tokensFor(sandboxId).refreshAccessToken();
    await run('session.profiles.add', { name: 'Robot', orchestratorUrl: env.sandbox.cloudUrl, clientId: confidential.clientId });
    const robotId = (results.at(-1) as { id: string }).id;
    await run('session.signIn', { profileId: robotId, clientSecret: confidential.clientSecret });
    await run('session.profiles.add', { name: 'PAT', orchestratorUrl: env.sandbox.orchestratorUrl });
    const patId = (results.at(-1) as { id: string }).id;
    await run('session.signIn', { profileId: patId, pat: accessToken });
    await run('session.profiles.add', { name: 'Old', orchestratorUrl: legacy.orchestratorUrl, authMethod: 'legacy' });
    const oldId = (results.at(-1) as { id: string }).id;
    await run('session.signIn', { profileId: oldId, username: 'alice', password: alice.password, rememberPassword: true });
    await run('session.profiles.list', {});
    await run('session.status', {});

    const secrets = new Set<string>([confidential.clientSecret, alice.password, accessToken]);
    for (const raw of vault.entries.values()) {
      const stored = JSON.parse(raw) as Record<string, unknown>;
      for (const key of ['refreshToken', 'idToken', 'clientSecret', 'pat', 'password'])
        if (typeof stored[key] === 'string') secrets.add(stored[key] as string);
    }
    for (const id of [sandboxId, robotId, oldId]) secrets.add(await h.auth.tokensFor(id).getAccessToken());
    expect(secrets.size).toBeGreaterThanOrEqual(8);

    const places = {
      settingsFile: await readFile(settings.location, 'utf8'),
      logs: JSON.stringify(h.logger.lines),
      results: JSON.stringify(results),
      events: JSON.stringify(h.events),
    };
    expect(places.settingsFile).toContain('Sandbox');
    for (const [place, text] of Object.entries(places)) {
      for (const secret of secrets) expect(text.includes(secret), `a secret leaked into ${place}`).toBe(false);
    }
  });
});

describe("Linux's basic_text safeStorage backend", () => {
  it('keeps the sign-in in the owner-only secrets file (never in plain text), and says where', async () => {
    const electron = createFakeElectron();
    electron.safeStorage.backend = 'basic_text';
    electron.safeStorage.isAvailable = true;
    const file = await openDataFiles(dir)('secrets');
    const vault = await createSafeStorageVault({ safeStorage: electron.safeStorage, file, platform: 'linux' });
    const h = createAuthHarness({ vault, browser: createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }) });
    await h.auth.addProfile({ name: 'Sandbox', orchestratorUrl: env.sandbox.orchestratorUrl, redirectUri: env.redirectUri });

    const status = await h.auth.signIn({});

    expect(status.state).toBe('signed-in');
    expect(status.secretStorage).toMatchObject({
      description: `Secrets are stored in ${file.path}, readable by this user and root (this machine has no OS keychain).`,
      descriptionText: [{ id: 'account.storedInFile', values: { path: file.path } }],
    });
    const onDisk = await readFile(file.path, 'utf8');
    expect(Object.keys(JSON.parse(onDisk)).length).toBeGreaterThan(0);
    expect((await stat(file.path)).mode & 0o777).toBe(0o600);
    // Stored through safeStorage (basic_text), not as readable JSON.
    expect(onDisk).not.toMatch(/refresh_?token"\s*:/i);
  });
});
