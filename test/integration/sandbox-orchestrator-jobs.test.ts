import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox, type Who } from '../support/sandbox';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.close();
});

const START = '/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs';
const STOP = '/odata/Jobs/UiPath.Server.Configuration.OData.StopJobs';

function release(name: string) {
  return [...sb.orchestrator.state.releases.values()].find((r) => r.name === name)!;
}
const inFolder = (folderId: number) => ({ 'X-UIPATH-OrganizationUnitId': String(folderId) });

async function start(name: string, startInfo: Record<string, unknown> = {}, as: Who = 'alice') {
  const r = release(name);
  return sb.call(START, {
    as,
    headers: inFolder(r.folderId),
    body: { startInfo: { ReleaseKey: r.key, Strategy: 'ModernJobsCount', JobsCount: 1, ...startInfo } },
  });
}
async function job(id: number, folderId: number) {
  return (await sb.call(`/odata/Jobs(${id})`, { headers: inFolder(folderId) })).json;
}

describe('StartJobs', () => {
  it('creates Pending jobs and answers 201 with the Jobs collection', async () => {
    const r = await start('Hello World', { InputArguments: '{"in_Name":"Ada"}', Reference: 'ref-201' });
    expect(r.status).toBe(201);
    expect(r.json['@odata.context']).toMatch(/\/odata\/\$metadata#Jobs$/);
    expect(r.json.value).toHaveLength(1);
    expect(r.json.value[0]).toMatchObject({
      State: 'Pending',
      ReleaseName: 'Hello World',
      Reference: 'ref-201',
      InputArguments: '{"in_Name":"Ada"}',
      StartTime: null,
      OutputArguments: null,
    });
  });

  it('starts by ReleaseName and creates JobsCount jobs in one batch', async () => {
    const r = release('Daily Health Check');
    const res = await sb.call(START, {
      headers: inFolder(r.folderId),
      body: { startInfo: { ReleaseName: 'Daily Health Check', Strategy: 'JobsCount', JobsCount: 3 } },
    });
    expect(res.status).toBe(201);
    expect(res.json.value).toHaveLength(3);
    expect(new Set(res.json.value.map((j: { BatchExecutionKey: string }) => j.BatchExecutionKey)).size).toBe(1);
  });

  it('answers 400/1101 without a folder', async () => {
    const r = release('Hello World');
    const res = await sb.call(START, { body: { startInfo: { ReleaseKey: r.key, Strategy: 'ModernJobsCount', JobsCount: 1 } } });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ errorCode: 1101, message: 'A folder is required for this action.' });
  });

  it('answers 403 to bob, who may view Finance but not run', async () => {
    const res = await start('Bank Reconciliation', {}, 'bob');
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ message: 'You are not authorized!', errorCode: 0 });
  });

  it('answers 404/1002 for an unknown release key', async () => {
    const res = await sb.call(START, {
      headers: inFolder(release('Hello World').folderId),
      body: { startInfo: { ReleaseKey: '00000000-0000-0000-0000-000000000000', Strategy: 'ModernJobsCount', JobsCount: 1 } },
    });
    expect(res.status).toBe(404);
    expect(res.json.errorCode).toBe(1002);
  });

  it('answers 400 when InputArguments is not a JSON object string', async () => {
    const res = await start('Hello World', { InputArguments: { in_Name: 'Ada' } });
    expect(res.status).toBe(400);
    expect((await start('Hello World', { InputArguments: '[1,2]' })).status).toBe(400);
  });

  it('lets the confidential app run in its folders', async () => {
    expect((await start('Service Restart', { InputArguments: '{"in_ServiceName":"Spooler"}' }, 'app')).status).toBe(201);
  });
});

describe('job lifecycle', () => {
  it('follows a job Pending → Running → Successful with outputs computed from inputs', async () => {
    const created = (await start('Hello World', { InputArguments: '{"in_Name":"Ada"}' })).json.value[0];
    const folder = release('Hello World').folderId;
    sb.clock.advance(1_500);
    expect(await job(created.Id, folder)).toMatchObject({ State: 'Running', HostMachineName: 'SANDBOX-VM01', EndTime: null });
    sb.clock.advance(3_000);
    const done = await job(created.Id, folder);
    expect(done).toMatchObject({ State: 'Successful', Info: 'Job completed', OutputArguments: '{"out_Greeting":"Hello, Ada!"}' });
    expect(Date.parse(done.EndTime) - Date.parse(done.StartTime)).toBe(3_000);
  });

  it('follows a job to Faulted and keeps the error message', async () => {
    const created = (await start('Always Faults Demo')).json.value[0];
    sb.clock.advance(10_000);
    const done = await job(created.Id, release('Always Faults Demo').folderId);
    expect(done).toMatchObject({ State: 'Faulted', Info: expect.stringContaining('Simulated failure'), OutputArguments: null });
    expect(done.JobError.title).toBe(done.Info);
  });

  it('faults a job whose required arguments are missing', async () => {
    const created = (await start('Send Status Email')).json.value[0];
    sb.clock.advance(60_000);
    expect((await job(created.Id, release('Send Status Email').folderId)).Info).toBe(
      'The following required arguments are missing: in_To.',
    );
  });

  it('soft-stops a running job through Stopping to Stopped', async () => {
    const created = (await start('Long Wait Demo')).json.value[0];
    const folder = release('Long Wait Demo').folderId;
    sb.clock.advance(2_000);
    const stop = await sb.call(STOP, { headers: inFolder(folder), body: { jobIds: [created.Id], strategy: 'SoftStop' } });
    expect(stop.status).toBe(200);
    expect(stop.text).toBe('');
    expect((await job(created.Id, folder)).State).toBe('Stopping');
    sb.clock.advance(2_000);
    expect(await job(created.Id, folder)).toMatchObject({ State: 'Stopped', StopStrategy: 'SoftStop' });
  });

  it('kills a running job through Terminating to Stopped', async () => {
    const created = (await start('Long Wait Demo')).json.value[0];
    const folder = release('Long Wait Demo').folderId;
    sb.clock.advance(2_000);
    await sb.call(STOP, { headers: inFolder(folder), body: { jobIds: [created.Id], strategy: 'Kill' } });
    expect((await job(created.Id, folder)).State).toBe('Terminating');
    sb.clock.advance(500);
    expect(await job(created.Id, folder)).toMatchObject({ State: 'Stopped', StopStrategy: 'Kill' });
  });

  it('takes the stop strategy as a number string, as UiPathOrch sends it ("2" is Kill)', async () => {
    const created = (await start('Long Wait Demo')).json.value[0];
    const folder = release('Long Wait Demo').folderId;
    sb.clock.advance(2_000);
    const stop = await sb.call(STOP, { headers: inFolder(folder), body: { jobIds: [created.Id], strategy: '2' } });
    expect(stop.status).toBe(200);
    expect((await job(created.Id, folder)).State).toBe('Terminating');
  });

  it('stops a pending job at once', async () => {
    const created = (await start('Long Wait Demo')).json.value[0];
    const folder = release('Long Wait Demo').folderId;
    await sb.call(STOP, { headers: inFolder(folder), body: { jobIds: [created.Id], strategy: 'SoftStop' } });
    expect((await job(created.Id, folder)).State).toBe('Stopped');
  });

  it('validates StopJobs: folder, strategy and ids', async () => {
    const folder = release('Long Wait Demo').folderId;
    expect((await sb.call(STOP, { body: { jobIds: [1], strategy: 'Kill' } })).json.errorCode).toBe(1101);
    expect((await sb.call(STOP, { headers: inFolder(folder), body: { jobIds: [1], strategy: 'Later' } })).status).toBe(400);
    expect((await sb.call(STOP, { headers: inFolder(folder), body: { jobIds: [424242], strategy: 'Kill' } })).json.errorCode).toBe(1002);
  });
});

describe('job listings', () => {
  it('finds jobs by Reference, State and ReleaseName with $filter', async () => {
    await start('Hello World', { Reference: 'find-me-1' });
    const byRef = await sb.call(`/odata/Jobs?$filter=${encodeURIComponent("Reference eq 'find-me-1'")}`);
    expect(byRef.json.value).toHaveLength(1);
    const filter = encodeURIComponent("ReleaseName eq 'Hello World' and (State eq 'Successful' or State eq 'Pending')");
    const mixed = await sb.call(`/odata/Jobs?$filter=${filter}&$orderby=CreationTime desc`);
    expect(mixed.json.value.length).toBeGreaterThanOrEqual(2);
    expect(mixed.json.value.every((j: { State: string }) => ['Successful', 'Pending'].includes(j.State))).toBe(true);
    const id = byRef.json.value[0].Id;
    expect((await sb.call(`/odata/Jobs?$filter=Id eq ${id}`)).json.value[0].Reference).toBe('find-me-1');
  });

  it('lists jobs across folders for alice and only Finance jobs for bob', async () => {
    await start('Bank Reconciliation', { InputArguments: '{"in_AccountId":"DE01"}' });
    const alice = await sb.call('/odata/Jobs?$count=true&$top=0');
    const bob = await sb.call('/odata/Jobs', { as: 'bob' });
    expect(alice.json['@odata.count']).toBeGreaterThan(bob.json.value.length);
    expect(bob.json.value.length).toBeGreaterThan(0);
    expect(
      bob.json.value.every((j: { OrganizationUnitFullyQualifiedName: string }) =>
        j.OrganizationUnitFullyQualifiedName.startsWith('Finance'),
      ),
    ).toBe(true);
  });

  it('expands Release on request', async () => {
    const r = await sb.call('/odata/Jobs?$top=1&$expand=Release');
    expect(r.json.value[0].Release).toMatchObject({ Name: expect.any(String), ProcessKey: expect.any(String) });
  });

  it('answers 404/1002 for a job outside the addressed folder', async () => {
    const created = (await start('Hello World')).json.value[0];
    const other = release('Bank Reconciliation').folderId;
    const r = await sb.call(`/odata/Jobs(${created.Id})`, { headers: inFolder(other) });
    expect(r.status).toBe(404);
    expect(r.json.errorCode).toBe(1002);
  });
});

describe('webhooks', () => {
  it('delivers job events signed with base64 HMAC-SHA256 of the raw body', async () => {
    const received: Array<{ body: string; signature: string | undefined }> = [];
    let notify: () => void = () => {};
    const server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-uipath-signature'] as string | undefined });
        res.end();
        notify();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const created = await sb.call('/odata/Webhooks', {
        body: {
          Name: 'Baton test',
          Url: url,
          Enabled: true,
          Secret: 's3cret',
          SubscribeToAllEvents: false,
          AllowInsecureSsl: false,
          Events: [{ EventType: 'job.created' }, { EventType: 'job.completed' }],
        },
      });
      expect(created.status).toBe(201);
      expect((await sb.call('/odata/Webhooks')).json.value.map((w: { Id: number }) => w.Id)).toContain(created.json.Id);

      // Other tests' jobs may also end while the clock moves; follow only this job's events.
      let jobId = -1;
      const mine = () =>
        received.map((r) => ({ ...r, event: JSON.parse(r.body) })).filter(({ event }) => (event.Job?.Id ?? event.Jobs?.[0]?.Id) === jobId);
      const both = new Promise<void>((resolve) => {
        notify = () => mine().length >= 2 && resolve();
      });
      jobId = (await start('Hello World')).json.value[0].Id;
      sb.clock.advance(10_000);
      await both;
      const events = mine();
      expect(events.map((e) => e.event.Type)).toEqual(['job.created', 'job.completed']);
      for (const r of events) {
        expect(r.signature).toBe(createHmac('sha256', 's3cret').update(r.body).digest('base64'));
      }
      expect(events[1]!.event.Job).toMatchObject({ State: 'Successful', OutputArguments: { out_Greeting: 'Hello, World!' } });

      expect((await sb.call(`/odata/Webhooks(${created.json.Id})`, { method: 'DELETE' })).status).toBe(204);
      expect((await sb.call(`/odata/Webhooks(${created.json.Id})`)).status).toBe(404);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a subscriber URL that is not loopback', async () => {
    const r = await sb.call('/odata/Webhooks', {
      body: { Name: 'x', Url: 'https://example.com/hook', Enabled: true, SubscribeToAllEvents: true, AllowInsecureSsl: false },
    });
    expect(r.status).toBe(400);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past 100 Cloud job listings a minute, then recovers', async () => {
    const own = await startTestSandbox();
    try {
      const token = await own.tokenFor('alice');
      const url = `${own.cloudUrl}/orchestrator_/odata/Jobs?$top=1`;
      const statuses: number[] = [];
      for (let i = 0; i < 101; i += 1) statuses.push((await own.call(url, { token })).status);
      expect(statuses.slice(0, 100).every((s) => s === 200)).toBe(true);
      const limited = await own.call(url, { token });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.json.traceId).toEqual(expect.any(String));
      expect((await own.call(`${own.cloudUrl}/orchestrator_/odata/Folders`, { token })).status).toBe(200);
      own.clock.advance(60_000);
      expect((await own.call(url, { token })).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});
