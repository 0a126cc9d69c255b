import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatonProcess } from '../support/baton-process';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

// A person on a Linux server or CI runner (no OS keychain), one fresh shell per command.
let sandbox: TestSandbox;
let root: string;
let homes = 0;
const newHome = () => join(root, `home-${(homes += 1)}`);

beforeAll(async () => {
  const { createSystemClock } = await import('../../src/sandbox');
  sandbox = await startTestSandbox({ clock: createSystemClock() as never });
  root = mkdtempSync(join(tmpdir(), 'baton-headless-'));
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(root, { recursive: true, force: true });
});

async function signedInHome(): Promise<{ home: string; baton: (...argv: string[]) => ReturnType<typeof runBatonProcess> }> {
  const home = newHome();
  const baton = (...argv: string[]) => runBatonProcess(argv, { home });
  const app = sandbox.clients.confidential;
  expect((await baton('profile', 'add', 'sandbox', '--url', sandbox.orchestratorUrl, '--tenant', sandbox.tenant)).code).toBe(0);
  const login = await runBatonProcess(['login', '--profile', 'sandbox', '--client-id', app.clientId, '--client-secret-stdin'], {
    home,
    input: `${app.clientSecret}\n`,
  });
  expect(login).toMatchObject({ code: 0, stdout: expect.stringContaining(`Signed in as ${app.clientId} (profile sandbox).`) });
  // Said once, when the secrets file is created: where secrets are and who can read them.
  expect(login.stderr).toBe(
    `warning: no OS keychain: secrets are stored in ${join(home, 'secrets.json')}, readable by this user and root\n`,
  );
  return { home, baton };
}

describe('signed in across separate commands on a machine without a keychain', () => {
  it('login, then processes, run --wait, jobs, doctor and logout each in a new process', async () => {
    const { baton } = await signedInHome();

    const processes = await baton('processes', '--folder', 'Shared');
    expect(processes).toMatchObject({ code: 0, stderr: '' });
    expect(processes.stdout).toContain('Hello World');

    const run = await baton('run', 'Hello World', '--folder', 'Shared', '--input', 'in_Name=Ada', '--wait');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Hello World (Shared): successful');
    // Each state change as it happens, then the outcome; the app's sign-in has no OR.Monitoring.Read,
    // so one line says why the job's log lines are not shown, and which scope to add.
    expect(run.stderr).toMatch(
      /^Started Hello World \(run [\w-]+\); following it…\n(note: [^\n]*OR\.Monitoring\.Read[^\n]*\n)?(running\n)?successful/,
    );

    const jobs = await baton('jobs');
    expect(jobs.code).toBe(0);
    expect(jobs.stdout).toMatch(/successful\s+Hello World/);

    const doctor = await baton('doctor');
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain('✓ Sign-in valid');
    expect(doctor.stdout).toContain('✓ Secrets kept: Secrets are kept in a file only this user (and root) can read');
    expect(doctor.stdout).not.toContain('✗');

    const whoami = await baton('whoami');
    expect(whoami.stdout).toContain('readable by this user and root');

    expect((await baton('logout')).code).toBe(0);
    const after = await baton('processes');
    expect(after.code).toBe(3);
    expect(after.stderr).toBe('error: You are not signed in to sandbox.\nhint: Sign in first.\n');
  });

  it('keeps every file it writes owner-only: folders 0700, files 0600', async () => {
    const { home, baton } = await signedInHome();
    await baton('processes');
    const modes = (path: string): [string, number][] =>
      readdirSync(path, { withFileTypes: true }).flatMap((entry): [string, number][] => {
        const full = join(path, entry.name);
        const own: [string, number] = [full.slice(home.length + 1), statSync(full).mode & 0o777];
        return entry.isDirectory() ? [own, ...modes(full)] : [own];
      });
    expect(statSync(home).mode & 0o777).toBe(0o700);
    const found = modes(home);
    expect(found.map(([name]) => name)).toEqual(expect.arrayContaining(['settings.json', 'secrets.json', 'logs']));
    for (const [name, mode] of found) expect([name, mode]).toEqual([name, statSync(join(home, name)).isDirectory() ? 0o700 : 0o600]);
  });

  it('sends acr_values at sign-in only for a profile that asks for it (--acr-values)', async () => {
    const home = newHome();
    const baton = (...argv: string[]) => runBatonProcess(argv, { home });
    await baton('profile', 'add', 'plain', '--url', sandbox.orchestratorUrl);
    await baton('profile', 'add', 'acme', '--url', sandbox.orchestratorUrl, '--acr-values', 'tenantName:Acme');
    const signInUrl = async (profile: string) => {
      const login = await baton('login', '--profile', profile, '--no-browser', '--timeout', '5');
      return new URL(/(http:\/\/\S+authorize\S+)/.exec(login.stderr)?.[1] ?? 'http://none/');
    };
    expect((await signInUrl('acme')).searchParams.get('acr_values')).toBe('tenantName:Acme');
    expect((await signInUrl('plain')).searchParams.has('acr_values')).toBe(false);
  });

  it('refuses an unknown secret store by name, changing nothing', async () => {
    const home = newHome();
    const result = await runBatonProcess(['--secret-store', 'vault', 'profile', 'list'], { home });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'vault' is invalid");
    expect(existsSync(home)).toBe(false);
  });
});

describe('the environment-only mode for CI', () => {
  it('runs a process from BATON_URL and client credentials alone, and writes nothing under BATON_HOME', async () => {
    const home = newHome();
    const app = sandbox.clients.confidential;
    const env = {
      BATON_URL: sandbox.orchestratorUrl,
      BATON_TENANT: sandbox.tenant,
      BATON_CLIENT_ID: app.clientId,
      BATON_CLIENT_SECRET: app.clientSecret,
    };
    const result = await runBatonProcess(['run', 'Hello World', '--folder', 'Shared', '--wait', '--json'], { home, env });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: 'successful', outputArguments: { out_Greeting: 'Hello, World!' } });
    expect(existsSync(home)).toBe(false);
  });

  it('says what is missing when BATON_URL comes without credentials', async () => {
    const home = newHome();
    const result = await runBatonProcess(['processes'], { home, env: { BATON_URL: sandbox.orchestratorUrl } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: BATON_URL is set, but the environment gives no way to sign in\.\nhint: .*BATON_CLIENT_ID/);
    expect(existsSync(home)).toBe(false);
  });
});

describe('settings of the wrong shape', () => {
  // Valid JSON, wrong shapes: every command used to fail with INTERNAL ("flatMap is not a function").
  const wrong: Record<string, unknown> = {
    'connection.profiles': 'oops',
    'connection.activeProfileId': 42,
    preferences: ['dark'],
  };
  for (const [key, value] of Object.entries(wrong)) {
    it(`sets "${key}" aside, names it in one warning, and the command works`, async () => {
      const { home, baton } = await signedInHome();
      const before = JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')) as Record<string, unknown>;
      writeFileSync(join(home, 'settings.json'), JSON.stringify({ ...before, [key]: value }));

      const result = await baton('profile', 'list');
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(
        new RegExp(
          `^warning: The setting "${key.replace('.', '\\.')}" was not valid \\(.+\\); it was moved to .+settings\\.json\\.corrupt-`,
        ),
      );
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      const backup = readdirSync(home).find((name) => name.startsWith('settings.json.corrupt-'))!;
      expect(JSON.parse(readFileSync(join(home, backup), 'utf8'))).toEqual({ [key]: value });
      const diagnostics = await baton('doctor', '--json');
      expect(diagnostics.stdout).not.toContain('INTERNAL');
    });
  }

  it('sets an unparsable file aside, says where, and starts with defaults', async () => {
    const home = newHome();
    const baton = (...argv: string[]) => runBatonProcess(argv, { home });
    await baton('profile', 'list');
    writeFileSync(join(home, 'settings.json'), '{"connection.profiles": [');
    const result = await baton('profile', 'list');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^warning: The settings file could not be read \(.+\); it was moved to .+settings\.json\.corrupt-.+ and Baton starts with default settings\.\n$/,
    );
    expect(readdirSync(home).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});
