import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemClock, SANDBOX_USERS, SANDBOX_VERSIONS, versionProfile } from '../../src/sandbox';
import { runBatonProcess } from '../support/baton-process';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

/**
 * Issue 17's "done": on every profile, a catalog refresh and a remote run succeed through `baton`
 * commands run as separate processes, sharing nothing but BATON_HOME. alice signs in with
 * username and password where the version has it, the confidential app elsewhere (Cloud).
 */
// One profile per row of Baton's dialect table (and both header-less versions) by default; every
// profile with BATON_FULL_MATRIX=1 (each costs three Node processes). The in-process
// version-matrix.test.ts covers every profile always.
const ROWS = ['19.10', '20.4', '20.10', '21.10', '23.10', 'automation-suite', 'cloud'];
const VERSIONS = process.env.BATON_FULL_MATRIX === '1' ? SANDBOX_VERSIONS : SANDBOX_VERSIONS.filter((v) => ROWS.includes(v));

describe.each(VERSIONS)('baton against Orchestrator %s', (version) => {
  const profile = versionProfile(version);
  let sandbox: TestSandbox;
  let dir: string;
  let home: string;
  const baton = (...argv: string[]) => runBatonProcess(argv, { home });

  beforeAll(async () => {
    // Real time: the CLI waits for the run as a person would.
    sandbox = await startTestSandbox({ version, clock: createSystemClock() as never });
    dir = mkdtempSync(join(tmpdir(), `baton-matrix-${version}-`));
    home = join(dir, 'home');
  });
  afterAll(async () => {
    await sandbox?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('signs in, then refreshes the catalog and runs Hello World to Successful in one command', async () => {
    const added = await baton('profile', 'add', 'Sandbox', '--url', sandbox.orchestratorUrl, '--tenant', sandbox.tenant, '--use');
    expect(added.code, added.stderr).toBe(0);
    const login = profile.signIn.legacy
      ? // No --remember-password: the 30-minute token itself is kept, so the next command is signed in.
        await runBatonProcess(['login', '--username', 'alice', '--password-stdin'], {
          home,
          input: `${SANDBOX_USERS.find((u) => u.username === 'alice')!.password}\n`,
        })
      : await runBatonProcess(['login', '--client-id', sandbox.clients.confidential.clientId, '--client-secret-stdin'], {
          home,
          input: `${sandbox.clients.confidential.clientSecret}\n`,
        });
    expect(login.code, login.stdout + login.stderr).toBe(0);

    const run = await baton('run', 'Hello World', '--folder', 'Shared', '--input', 'in_Name=Ada', '--wait', '--json');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ state: 'successful', outputArguments: { out_Greeting: 'Hello, Ada!' } });
  });
});
