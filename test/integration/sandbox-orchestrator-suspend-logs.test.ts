import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

// The sandbox's long-running workflow (suspend, ResumeJob) and its robot logs per job, over real HTTP.
let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.close();
});

const NS = 'UiPath.Server.Configuration.OData';
const SCOPES = ['OR.Folders', 'OR.Execution', 'OR.Jobs', 'OR.Monitoring'];
const release = (name: string) => [...sb.orchestrator.state.releases.values()].find((r) => r.name === name)!;
const inFolder = (folderId: number) => ({ 'X-UIPATH-OrganizationUnitId': String(folderId) });

async function start(name: string): Promise<{ Id: number; Key: string; folderId: number }> {
  const r = release(name);
  const res = await sb.call(`/odata/Jobs/${NS}.StartJobs`, {
    headers: inFolder(r.folderId),
    scopes: SCOPES,
    body: { startInfo: { ReleaseKey: r.key, Strategy: 'ModernJobsCount', JobsCount: 1 } },
  });
  expect(res.status).toBe(201);
  return { ...res.json.value[0], folderId: r.folderId };
}
const stateOf = async (job: { Id: number; folderId: number }) =>
  (await sb.call(`/odata/Jobs(${job.Id})`, { headers: inFolder(job.folderId), scopes: SCOPES })).json;
const resume = (job: { Key: string; folderId: number }, as: 'alice' | 'bob' = 'alice') =>
  sb.call(`/odata/Jobs/${NS}.ResumeJob`, { as, headers: inFolder(job.folderId), scopes: SCOPES, body: { jobKey: job.Key } });
const logs = (job: { Key: string; folderId: number }, query = '', scopes = SCOPES) =>
  sb.call(`/odata/RobotLogs?$filter=JobKey eq ${job.Key}&$orderby=TimeStamp asc${query}`, { headers: inFolder(job.folderId), scopes });

describe('a job that suspends', () => {
  it('suspends with what it waits for, resumes on ResumeJob and ends Successful', async () => {
    const job = await start('Invoice Approval');
    sb.clock.advance(1_500 + 2_000);
    expect(await stateOf(job)).toMatchObject({ State: 'Suspended', Info: 'Waiting for a task: Approve invoice' });
    sb.clock.advance(60_000);
    expect((await stateOf(job)).State).toBe('Suspended');

    expect((await resume(job)).status).toBe(200);
    expect((await stateOf(job)).State).toBe('Resumed');
    sb.clock.advance(500);
    expect((await stateOf(job)).State).toBe('Running');
    sb.clock.advance(4_000);
    expect(await stateOf(job)).toMatchObject({ State: 'Successful', OutputArguments: '{"out_Approved":true}' });
  });

  it('refuses ResumeJob for a job that is not suspended, and for bob who may not edit jobs', async () => {
    const job = await start('Invoice Approval');
    const early = await resume(job);
    expect(early.status).toBe(400);
    expect(early.json.message).toMatch(/Pending; only a suspended job can be resumed/);
    sb.clock.advance(3_500);
    expect((await resume(job, 'bob')).status).toBe(403);
    expect((await stateOf(job)).State).toBe('Suspended');
  });

  it('refuses a ResumeJob body with a property the action does not take', async () => {
    const job = await start('Invoice Approval');
    const res = await sb.call(`/odata/Jobs/${NS}.ResumeJob`, {
      headers: inFolder(job.folderId),
      scopes: SCOPES,
      body: { jobKey: job.Key, reason: 'x' },
    });
    expect(res.status).toBe(400);
  });
});

describe('robot logs per job', () => {
  it('lists the lines written so far, in order, with Report Status marked in RawMessage', async () => {
    const job = await start('Log Stream Demo');
    sb.clock.advance(1_500 + 5_000);
    const first = await logs(job);
    expect(first.status).toBe(200);
    const messages = first.json.value.map((l: { Message: string }) => l.Message);
    expect(messages.slice(0, 3)).toEqual(['Item 1 done', 'Item 2 done', 'Item 3 done']);
    const tenth = first.json.value.find((l: { Message: string }) => l.Message === 'Processed 10 of 120 items');
    expect(JSON.parse(tenth.RawMessage)).toMatchObject({ logType: 'ReportStatus' });
    expect(tenth).toMatchObject({ Level: 'Info', Id: 0, JobKey: job.Key });

    sb.clock.advance(5_000);
    const later = await logs(job, `&$skip=${messages.length}&$top=5`);
    expect(later.json.value.map((l: { Message: string }) => l.Message)[0]).toBe(`Item ${messages.length + 1} done`);
    expect(later.json.value).toHaveLength(5);
  });

  it('needs OR.Monitoring (or .Read) and a folder', async () => {
    const job = await start('Hello World');
    expect((await logs(job, '', ['OR.Jobs'])).status).toBe(403);
    const noFolder = await sb.call(`/odata/RobotLogs?$filter=JobKey eq ${job.Key}`, { scopes: SCOPES });
    expect(noFolder.status).toBe(400);
    expect(noFolder.json.errorCode).toBe(1101);
  });

  it('refuses a property the version’s LogDto lacks', async () => {
    const job = await start('Hello World');
    expect((await logs(job, '&$select=Message,MachineKey')).status).toBe(200);
    const old = await startTestSandbox({ version: '20.10' });
    try {
      const r = [...old.orchestrator.state.releases.values()].find((x) => x.name === 'Hello World')!;
      const res = await old.call(`/odata/RobotLogs?$select=Message,MachineKey`, { headers: inFolder(r.folderId), scopes: SCOPES });
      expect(res.status).toBe(400);
      expect(res.json.message).toMatch(/MachineKey/);
    } finally {
      await old.close();
    }
  });
});
