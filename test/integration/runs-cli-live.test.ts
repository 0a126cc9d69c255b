import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemClock } from '../../src/sandbox';
import { runBatonProcess } from '../support/baton-process';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

// `baton run NAME --wait` prints a remote run's log lines as they happen, and `baton resume RUN`
// sends a suspended job on: each command its own process, as in a person's shell.
let sandbox: TestSandbox;
let dir: string;
const baton = (...argv: string[]) => runBatonProcess(argv, { home: join(dir, 'home') });

beforeAll(async () => {
  sandbox = await startTestSandbox({ clock: createSystemClock() as never });
  dir = mkdtempSync(join(tmpdir(), 'baton-runs-live-'));
  const app = sandbox.clients.confidential;
  const added = await baton(
    'profile',
    'add',
    'Sandbox',
    '--url',
    sandbox.orchestratorUrl,
    '--tenant',
    sandbox.tenant,
    '--scopes',
    'OR.Folders,OR.Execution,OR.Jobs,OR.Monitoring',
    '--use',
  );
  if (added.code !== 0) throw new Error(`profile add failed: ${added.stdout}${added.stderr}`);
  const login = await runBatonProcess(['login', '--client-id', app.clientId, '--client-secret-stdin'], {
    home: join(dir, 'home'),
    input: `${app.clientSecret}\n`,
  });
  if (login.code !== 0) throw new Error(`login failed: ${login.stdout}${login.stderr}`);
}, 120_000);

afterAll(async () => {
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('remote runs from the command line', () => {
  it('prints the robot’s log lines while the run goes on, in order, Report Status marked', { timeout: 120_000 }, async () => {
    const result = await baton('run', 'Hello World', '--wait');
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n');
    const started = lines.indexOf('[info] Hello World execution started');
    const status = lines.indexOf('[status] Working');
    const ended = lines.indexOf('[info] Hello World execution ended');
    expect(started).toBeGreaterThan(-1);
    expect(status).toBeGreaterThan(started);
    expect(ended).toBeGreaterThan(status);
    // Each line once, and before the run's end is told.
    expect(lines.filter((line) => line === '[status] Working')).toHaveLength(1);
    expect(ended).toBeLessThan(lines.findIndex((line) => line.startsWith('successful')));
  });

  it('resumes a suspended job with baton resume, and it ends Successful', { timeout: 120_000 }, async () => {
    const started = JSON.parse((await baton('run', 'Invoice Approval', '--json')).stdout) as { id: string };
    let run = { state: 'pending', info: '' };
    for (let i = 0; i < 60 && run.state !== 'suspended'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      run = JSON.parse((await baton('runs', 'get', JSON.stringify({ runId: started.id }), '--json')).stdout) as typeof run;
    }
    expect(run).toMatchObject({ state: 'suspended', info: 'Waiting for a task: Approve invoice' });
    const resumed = await baton('resume', started.id, '--json');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ id: started.id, state: 'running' });
    for (let i = 0; i < 60 && run.state !== 'successful'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      run = JSON.parse((await baton('runs', 'get', JSON.stringify({ runId: started.id }), '--json')).stdout) as typeof run;
    }
    expect(run.state).toBe('successful');
  });

  it('refuses to resume a job that is not suspended, saying why, and exits non-zero', { timeout: 60_000 }, async () => {
    const started = JSON.parse((await baton('run', 'Long Wait Demo', '--json')).stdout) as { id: string };
    const refused = await baton('resume', started.id, '--json');
    expect(refused.code).not.toBe(0);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringMatching(/not suspended/) } });
    await baton('stop', started.id, '--kill');
  });
});
