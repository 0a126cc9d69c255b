import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliContext } from '../../src/main/cli/cli-context';
import { runCli } from '../../src/main/cli/run-cli';
import type { Browser } from '../../src/main/platform';
import { createMemoryPlatform, createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { realClock } from '../support/auth-harness';
import { BrowserDriver, createDrivingBrowser } from '../support/browser-driver';
import { startSignInSandbox, type SignInSandbox } from '../support/identity-server';

let env: SignInSandbox;
const alice = { username: 'alice', password: 'alice-demo-1' };

beforeAll(async () => {
  env = await startSignInSandbox();
});
afterAll(async () => {
  await env?.close();
  vi.unstubAllEnvs();
});

/** One "machine": settings and vault survive between commands, as the keychain and files would. */
function machine(browser: Browser) {
  const settings = createMemorySettings();
  const vault = createMemoryVault();
  let out = '';
  let err = '';
  const context: CliContext = {
    output: { out: (text) => void (out += text), err: (text) => void (err += text) },
    logger: createRecordingLogger(),
    version: '0.0.0-test',
    packageRoot: '.',
    createPlatform: async () => createMemoryPlatform({ settings, vault, browser, clock: realClock }),
    waitForStop: () => new Promise(() => {}),
    loadWebHost: () => Promise.reject(new Error('not in this test')),
    buildRenderer: () => Promise.resolve(),
  };
  const baton = async (...args: string[]) => {
    out = '';
    err = '';
    const code = await runCli(args, context);
    return { code, out, err };
  };
  return { baton, vault, output: () => ({ out, err }) };
}

describe('baton profile, login, whoami and logout', () => {
  it('adds a profile, signs in through the browser, tells who is signed in, and signs out', async () => {
    const m = machine(createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }));
    expect(
      (await m.baton('profile', 'add', 'Sandbox', '--url', env.sandbox.orchestratorUrl, '--redirect-uri', env.redirectUri)).out,
    ).toContain('Added profile Sandbox (on-prem');

    const login = await m.baton('login');
    // Who, and where the sign-in's secrets are kept (here the test's memory vault says so).
    expect(login).toMatchObject({
      code: 0,
      out: 'Signed in as Alice Martin <alice@sandbox.baton.test> (profile Sandbox).\nSecrets are kept in memory for this test only.\n',
    });

    const whoami = await m.baton('whoami', '--json');
    expect(JSON.parse(whoami.out)).toMatchObject({ state: 'signed-in', profileName: 'Sandbox', user: { name: 'Alice Martin' } });
    expect((await m.baton('profile', 'list')).out).toMatch(/^\* Sandbox {2}on-prem .* signed in as Alice Martin$/m);

    expect(await m.baton('logout')).toMatchObject({ code: 0, out: 'Signed out of Sandbox.\n' });
    expect(JSON.parse((await m.baton('whoami', '--json')).out).state).toBe('signed-out');
  });

  it('prints the sign-in address with --no-browser and finishes when it is opened elsewhere', async () => {
    const m = machine({ open: () => Promise.reject(new Error('no browser should open')) });
    await m.baton('profile', 'add', 'Sandbox', '--url', env.sandbox.orchestratorUrl, '--redirect-uri', env.redirectUri);
    const login = m.baton('login', '--no-browser', '--profile', 'sandbox');
    await expect.poll(() => m.output().err).toContain('Open this address in your browser to sign in:');
    const url = /(http:\/\/\S+\/connect\/authorize\S+)/.exec(m.output().err)?.[1] ?? '';
    await new BrowserDriver().signIn(url, { ...alice, redirectUri: env.redirectUri });
    expect((await login).code).toBe(0);
  });

  it('signs in with client credentials from the environment, never from a visible argument', async () => {
    const m = machine(createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }));
    await m.baton('profile', 'add', 'Robot', '--url', env.sandbox.orchestratorUrl);
    vi.stubEnv('BATON_CLIENT_SECRET', env.sandbox.clients.confidential.clientSecret);
    const login = await m.baton('login', '--client-id', env.sandbox.clients.confidential.clientId, '--json');
    vi.unstubAllEnvs();
    expect(login.code).toBe(0);
    expect(JSON.parse(login.out)).toMatchObject({ state: 'signed-in', authMethod: 'client-credentials' });
    expect(login.out + login.err).not.toContain(env.sandbox.clients.confidential.clientSecret);
  });

  it('exits 6 with the known names for an unknown --profile, and 2 for a bad URL', async () => {
    const m = machine(createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }));
    await m.baton('profile', 'add', 'Sandbox', '--url', env.sandbox.orchestratorUrl);
    expect(await m.baton('whoami', '--profile', 'Nope')).toMatchObject({ code: 6, err: expect.stringContaining('Use one of: Sandbox') });
    expect(await m.baton('profile', 'add', 'Bad', '--url', 'http://orch.example.com')).toMatchObject({
      code: 2,
      err: expect.stringContaining('only over https'),
    });
  });

  it('switches and removes profiles by name', async () => {
    const m = machine(createDrivingBrowser({ ...alice, redirectUri: env.redirectUri }));
    await m.baton('profile', 'add', 'One', '--url', env.sandbox.orchestratorUrl);
    await m.baton('profile', 'add', 'Two', '--url', env.sandbox.cloudUrl);
    expect((await m.baton('profile', 'use', 'Two')).out).toBe('Now using Two (signed out).\n');
    await m.baton('profile', 'remove', 'Two');
    const list = JSON.parse((await m.baton('profile', 'list', '--json')).out) as { profiles: { name: string; isActive: boolean }[] };
    expect(list.profiles).toEqual([expect.objectContaining({ name: 'One', isActive: true })]);
  });
});
