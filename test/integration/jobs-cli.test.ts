import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job, JobPage } from '../../src/shared/contract/jobs';
import { startCliAgainstSandbox, type CliAgainstSandbox } from '../support/cli-harness';

let cli: CliAgainstSandbox;
const baton = (...argv: string[]) => cli.baton(...argv);

beforeAll(async () => {
  // Signed in as the confidential app (all folders but HR), each command its own process.
  cli = await startCliAgainstSandbox('baton-jobs-cli-', { seedJobs: true });
});
afterAll(async () => {
  await cli?.close();
});

const named = (jobs: Job[], name: string) => jobs.find((j) => j.processName === name);

describe('baton jobs --all against the sandbox, as separate processes', () => {
  it('lists jobs Baton did not start, across folders, with who started them, as JSON', async () => {
    const result = await baton('jobs', '--all', '--json');
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout) as JobPage;
    expect(named(page.jobs, 'Accruals Journal Entry')).toMatchObject({
      folderPath: 'Finance/Close',
      startedBy: { kind: 'schedule', name: 'Nightly accruals' },
      isBaton: false,
    });
    expect(named(page.jobs, 'CRM Opportunity Sync')).toMatchObject({ state: 'running', startedBy: { kind: 'user', name: 'Dave Okafor' } });
    // The app holds no role in HR: its jobs are not the app's to see.
    expect(page.jobs.some((j) => j.folderPath.startsWith('HR'))).toBe(false);
    expect(page.jobs.every((j) => !j.isBaton)).toBe(true);
  });

  it('marks the run Baton started among them, and `baton jobs` alone still lists only Baton’s runs', async () => {
    const started = JSON.parse((await baton('run', 'Hello World', '--json')).stdout) as { id: string; jobId: number };
    const page = JSON.parse((await baton('jobs', '--all', '--json')).stdout) as JobPage;
    expect(page.jobs.find((j) => j.id === started.jobId)).toMatchObject({ isBaton: true, runId: started.id });
    const own = JSON.parse((await baton('jobs', '--json')).stdout) as { id: string }[];
    expect(own.map((r) => r.id)).toEqual([started.id]);
  });

  it('filters by state and folder, and prints a person a line per job with the next page’s cursor', async () => {
    const faulted = JSON.parse((await baton('jobs', '--all', '--state', 'faulted', '--json')).stdout) as JobPage;
    expect(faulted.jobs.map((j) => j.processName)).toEqual(['Disk Space Cleanup']);
    const human = await baton('jobs', '--all', '--folder', 'Finance/Close', '--limit', '1');
    expect(human.code).toBe(0);
    const lines = human.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/Month-End Close Checklist {2}\[Finance\/Close\] {2}by Month-end close \(schedule\)/);
    expect(lines[1]).toBe('More: baton jobs --all --cursor 1 (same filters)');
  });

  it('stops a job another account started and follows one, with the ids from the JSON page', async () => {
    const page = JSON.parse((await baton('jobs', '--all', '--state', 'running', '--json')).stdout) as JobPage;
    const sync = named(page.jobs, 'CRM Opportunity Sync')!;
    const followed = await baton('jobs', 'follow', JSON.stringify({ folderId: sync.folderId, jobId: sync.id }), '--json');
    expect(followed.code).toBe(0);
    expect(JSON.parse(followed.stdout)).toMatchObject({ target: 'remote', jobId: sync.id, processName: 'CRM Opportunity Sync' });
    const stopped = await baton('jobs', 'stop', JSON.stringify({ folderId: sync.folderId, jobId: sync.id }), '--json');
    expect(stopped.code).toBe(0);
    expect(JSON.parse(stopped.stdout)).toMatchObject({ id: sync.id, state: 'stopping' });
    expect(cli.sandbox.orchestrator.state.jobs.get(sync.id)?.state).toBe('Stopping');
  });

  it('refuses a filter without --all, and an unknown state, changing nothing (exit 2)', async () => {
    const withoutAll = await baton('jobs', '--state', 'running', '--json');
    expect(withoutAll.code).toBe(2);
    expect(JSON.parse(withoutAll.stdout)).toMatchObject({ error: { code: 'VALIDATION', hint: expect.stringContaining('--all') } });
    const badState = await baton('jobs', '--all', '--state', 'sleeping');
    expect(badState.code).toBe(2);
    expect(badState.stderr).toContain('sleeping');
  });
});
