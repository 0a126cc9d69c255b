import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createClientPool, type ConnectionSource, type JobDto } from '../../src/main/orchestrator';
import { createCatalogService } from '../../src/main/catalog';
import { createMemorySettings, createRecordingLogger } from '../../src/main/platform/memory';
import { createRunService, type RunService } from '../../src/main/runs';
import { createJobPoller } from '../../src/main/runs/job-poller';
import { createWebhookService, signDelivery, type WebhookService } from '../../src/main/webhooks';
import { startWebHost } from '../../src/main/web';
import { webhookCheck } from '../../src/main/diagnostics/checks-webhooks';
import type { CheckContext } from '../../src/main/diagnostics/types';
import { inEnglish } from '../../src/shared/message-parts';
import type { SandboxOptions } from '../../src/sandbox';
import { fetchSender } from '../../src/sandbox/orchestrator';
import { clockDriverOf } from '../support/clock-driver';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

interface Sent {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** The sandbox, with every delivery it sends kept for the test to look at (and replay). */
async function sandboxWith(opts: SandboxOptions = {}): Promise<TestSandbox & { sent: Sent[] }> {
  const sent: Sent[] = [];
  const sandbox = await startTestSandbox({
    ...opts,
    webhookSender: (url, body, headers) => {
      sent.push({ url, body, headers });
      return fetchSender(url, body, headers);
    },
  });
  onTestFinished(() => sandbox.close());
  return Object.assign(sandbox, { sent });
}

/** A stand-in for the built UI: the web host only checks that one is there. */
async function rendererDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'baton-webhooks-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Baton</title>');
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A port nothing listens on: Orchestrator's deliveries to it fail. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Baton's half: a client pool for alice, the job poller, the webhook service and a receiving
 * HTTP server on loopback, wired as compose.ts wires them. `applied` is every job update the run
 * got, and `pushed` those that came by webhook.
 */
async function batonFor(
  sandbox: TestSandbox,
  options: {
    publicUrl?: 'receiver' | 'unreachable';
    listsPerMinute?: number;
    /** Where deliveries go instead of the test's own poller (a run service). */
    deliverTo?: Pick<RunService, 'pushJob' | 'setPushActive'>;
  } = {},
) {
  const token = sandbox.tokenFor('alice');
  const tokens = { getAccessToken: () => token, refreshAccessToken: () => sandbox.tokenFor('alice') };
  const found = { connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const driver = clockDriverOf(sandbox);
  const listed: number[] = [];
  const track = driver.track(async (input, init) => {
    const url = new URL(String(input));
    if (/\/odata\/Jobs$/i.test(url.pathname)) listed.push(sandbox.clock.now());
    return fetch(input, init);
  });
  const clients = createClientPool({ connections, fetch: track, clock: sandbox.clock, options: { random: () => 0.5 } });
  const logger = createRecordingLogger();
  const applied = new Map<string, string[]>();
  const pushed: JobDto[] = [];
  const poller = createJobPoller({
    clients,
    clock: sandbox.clock,
    logger,
    listRequestsPerMinute: options.listsPerMinute,
    onJob: (runId, job) => applied.set(runId, [...(applied.get(runId) ?? []), job.State]),
    onError: () => 'retry',
  });
  onTestFinished(() => poller.dispose());
  // Deliveries reach the web host's own route, as with `baton web`.
  const host = await startWebHost({
    core: new Promise<never>(() => {}),
    rendererDir: await rendererDir(),
    logger,
    webhooks: { receive: (delivery) => service.receive(delivery) },
  });
  onTestFinished(() => host.close());
  const { port } = host;
  const publicUrl = options.publicUrl === 'unreachable' ? `http://127.0.0.1:${await closedPort()}` : `http://127.0.0.1:${port}`;
  const service: WebhookService = createWebhookService({
    clients,
    clock: sandbox.clock,
    logger,
    publicUrl: options.publicUrl === undefined ? undefined : publicUrl,
    machineName: 'test-machine',
    onJob: (profileId, job) => {
      pushed.push(job);
      if (options.deliverTo) options.deliverTo.pushJob(profileId, job);
      else poller.push(profileId, job);
    },
    onPushActive: (profileId, isActive) =>
      (options.deliverTo ?? { setPushActive: poller.setPushActive }).setPushActive(profileId, isActive),
  });
  onTestFinished(() => service.dispose());
  const receiverUrl = `http://127.0.0.1:${port}`;
  return { service, poller, applied, pushed, logger, listed, receiverUrl, driver, clients, connections };
}

const release = (sandbox: TestSandbox, name: string) => [...sandbox.orchestrator.state.releases.values()].find((r) => r.name === name)!;

/** Starts a long-running job as alice; Baton follows it as run `runId`. */
async function startJob(sandbox: TestSandbox, name = 'Long Wait Demo'): Promise<{ id: number; folderId: number }> {
  const r = release(sandbox, name);
  const answer = await sandbox.call('/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs', {
    as: 'alice',
    headers: { 'X-UIPATH-OrganizationUnitId': String(r.folderId) },
    body: { startInfo: { ReleaseKey: r.key, Strategy: 'ModernJobsCount', JobsCount: 1 } },
  });
  expect(answer.status).toBe(201);
  return { id: answer.json.value[0].Id as number, folderId: r.folderId };
}

async function finish(sandbox: TestSandbox, jobId: number, state: 'Successful' | 'Faulted' = 'Successful'): Promise<void> {
  const answer = await sandbox.admin(`/jobs/${jobId}/finish`, { method: 'POST', body: { state, output: { out_Total: 42 } } });
  expect(answer.status).toBe(200);
}

const lastOf = (list: string[] | undefined) => list?.at(-1);

/** Baton with its webhook registered, following a long job as run `r1` whose Running state came by webhook. */
async function followedByWebhook() {
  const sandbox = await sandboxWith();
  const baton = await batonFor(sandbox, { publicUrl: 'receiver' });
  await baton.driver.settle(baton.service.register('p1'));
  const job = await startJob(sandbox);
  baton.poller.follow({ runId: 'r1', profileId: 'p1', folderId: job.folderId, jobId: job.id });
  await baton.driver.drive(() => baton.pushed.some((j) => j.Id === job.id && j.State === 'Running'));
  return { sandbox, baton, job };
}

describe('webhooks from Orchestrator', () => {
  it('registers, proves with the ping that deliveries arrive, and brings a run’s final state by webhook', async () => {
    const sandbox = await sandboxWith();
    const baton = await batonFor(sandbox, { publicUrl: 'receiver' });
    const status = await baton.driver.settle(baton.service.register('p1'));
    expect(status.state).toBe('active');
    const job = await startJob(sandbox);
    baton.poller.follow({ runId: 'r1', profileId: 'p1', folderId: job.folderId, jobId: job.id });
    await baton.driver.drive(() => baton.pushed.some((j) => j.Id === job.id && j.State === 'Running'));
    await finish(sandbox, job.id);
    await baton.driver.drive(async () => {
      await sandbox.orchestrator.webhooksIdle();
      return lastOf(baton.applied.get('r1')) === 'Successful';
    });
    expect(baton.pushed.filter((j) => j.Id === job.id).map((j) => j.State)).toContain('Successful');
    expect(baton.pushed.find((j) => j.State === 'Successful')!.OutputArguments).toEqual({ out_Total: 42 });
  });

  it('ends a run started through Baton by webhook, and the run’s record says so', async () => {
    const sandbox = await sandboxWith();
    // The run service as compose.ts wires it: the webhook service hands deliveries to runs.pushJob.
    const late: { runs?: RunService } = {};
    const baton = await batonFor(sandbox, {
      publicUrl: 'receiver',
      deliverTo: {
        pushJob: (profileId, job) => late.runs?.pushJob(profileId, job),
        setPushActive: (p, isActive) => late.runs?.setPushActive(p, isActive),
      },
    });
    const settings = createMemorySettings();
    const clock = sandbox.clock;
    const catalog = createCatalogService({ connections: baton.connections, clients: baton.clients, settings, clock });
    const runs = (late.runs = createRunService({
      connections: baton.connections,
      clients: baton.clients,
      catalog,
      settings,
      clock,
      random: () => 0.5,
    }));
    onTestFinished(() => runs.dispose());
    expect((await baton.driver.settle(baton.service.register('p1'))).state).toBe('active');
    const { processes } = await baton.driver.settle(catalog.refresh());
    const started = await baton.driver.settle(
      runs.start({ target: 'remote', processId: processes.find((p) => p.name === 'Long Wait Demo')!.id }),
    );
    await baton.driver.drive(async () => (await runs.get(started.id)).state === 'running');
    await finish(sandbox, started.jobId);
    await baton.driver.drive(async () => {
      await sandbox.orchestrator.webhooksIdle();
      return (await runs.get(started.id)).state === 'successful';
    });
    expect(await runs.get(started.id)).toMatchObject({ state: 'successful', stateSource: 'webhook', outputArguments: { out_Total: 42 } });
  });

  it('drops a bad signature, a stale timestamp, a replay and an unsigned body, and logs them without the body', async () => {
    const { sandbox, baton, job } = await followedByWebhook();
    const hook = [...sandbox.orchestrator.state.webhooks.values()][0]!;
    const genuine = sandbox.sent.filter((s) => s.url === hook.url).at(-1)!;
    const forged = (timestamp: number) =>
      JSON.stringify({
        Type: 'job.faulted',
        EventId: `forged-${timestamp}`,
        Timestamp: new Date(timestamp).toISOString(),
        Job: { Id: job.id, State: 'Faulted', Info: 'SECRET-MARKER' },
      });
    const post = (body: string, signature?: string) =>
      fetch(hook.url, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'application/json', ...(signature ? { 'X-UiPath-Signature': signature } : {}) },
      });
    const fresh = forged(sandbox.clock.now());
    const stale = forged(sandbox.clock.now() - 10 * 60_000);
    const before = baton.pushed.length;
    const statuses = [
      (await post(fresh, signDelivery('not-the-secret', fresh))).status,
      (await post(stale, signDelivery(hook.secret!, stale))).status,
      (await post(genuine.body, genuine.headers['X-UiPath-Signature'])).status,
      (await post(fresh)).status,
    ];
    expect(statuses).toEqual([401, 400, 200, 401]);
    expect(baton.pushed.length).toBe(before);
    expect(lastOf(baton.applied.get('r1'))).toBe('Running');
    const warnings = baton.logger.lines.filter((l) => /dropped|Repeated/.test(l.message)).map((l) => l.message);
    expect(warnings).toEqual([
      'Webhook delivery with a wrong signature dropped',
      'Stale webhook delivery dropped',
      'Repeated webhook delivery ignored',
      'Unsigned webhook delivery dropped',
    ]);
    expect(JSON.stringify(baton.logger.lines)).not.toContain('SECRET-MARKER');
  });

  it('catches a dropped delivery with the reconciliation pass', async () => {
    const { sandbox, baton, job } = await followedByWebhook();
    sandbox.orchestrator.setWebhookFaults({ dropRate: 1 });
    await finish(sandbox, job.id, 'Faulted');
    const finishedAt = sandbox.clock.now();
    await baton.driver.drive(() => lastOf(baton.applied.get('r1')) === 'Faulted');
    expect(baton.pushed.some((j) => j.State === 'Faulted')).toBe(false);
    expect(sandbox.clock.now() - finishedAt).toBeLessThanOrEqual(31_000);
  });

  it('gives one final state when deliveries come twice and out of order', async () => {
    const sandbox = await sandboxWith();
    const baton = await batonFor(sandbox, { publicUrl: 'receiver' });
    await baton.driver.settle(baton.service.register('p1'));
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    sandbox.orchestrator.setWebhookFaults({ duplicateRate: 1, jitterMs: 3_000, random });
    const job = await startJob(sandbox);
    baton.poller.follow({ runId: 'r1', profileId: 'p1', folderId: job.folderId, jobId: job.id });
    await baton.driver.drive(() => lastOf(baton.applied.get('r1')) === 'Running');
    await finish(sandbox, job.id);
    await baton.driver.drive(() => lastOf(baton.applied.get('r1')) === 'Successful');
    // Every delayed copy lands, then: nothing after the end, and the end once.
    await baton.driver
      .drive(() => sandbox.clock.pending() === 0 || sandbox.orchestrator.webhooksIdle().then(() => false), { maxSteps: 60 })
      .catch(() => {});
    await sandbox.orchestrator.webhooksIdle();
    const states = baton.applied.get('r1')!;
    expect(states.filter((s) => s === 'Successful')).toHaveLength(1);
    expect(lastOf(states)).toBe('Successful');
  });

  it('says Orchestrator cannot reach Baton and keeps polling at the usual pace', async () => {
    const sandbox = await sandboxWith();
    const baton = await batonFor(sandbox, { publicUrl: 'unreachable' });
    const status = await baton.driver.settle(baton.service.register('p1'));
    expect(status.state).toBe('failed');
    expect(status.reason).toMatch(
      /^Orchestrator cannot reach http:\/\/127\.0\.0\.1:\d+\/webhooks\/orchestrator\/\S+: falling back to polling\.$/,
    );
    expect(baton.service.status('p1').state).toBe('failed');
    const job = await startJob(sandbox);
    baton.poller.follow({ runId: 'r1', profileId: 'p1', folderId: job.folderId, jobId: job.id });
    await baton.driver.drive(() => lastOf(baton.applied.get('r1')) === 'Running');
    await finish(sandbox, job.id);
    const finishedAt = sandbox.clock.now();
    await baton.driver.drive(() => lastOf(baton.applied.get('r1')) === 'Successful');
    expect(sandbox.clock.now() - finishedAt).toBeLessThanOrEqual(1_500);
  });

  it('removes its webhook on exit and, at the next start, the ones an earlier run left behind', async () => {
    const sandbox = await sandboxWith();
    const first = await batonFor(sandbox, { publicUrl: 'receiver' });
    await first.driver.settle(first.service.register('p1'));
    const left = [...sandbox.orchestrator.state.webhooks.values()][0]!;
    // A crash: the next start, at the same public URL, finds the old webhook by its URL and removes it.
    const receiverBase = new URL(left.url).origin;
    const second = createWebhookService({
      clients: createClientPool({
        connections: {
          active: () => null,
          forProfile: () => ({
            connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl },
            tokens: { getAccessToken: () => sandbox.tokenFor('alice'), refreshAccessToken: () => sandbox.tokenFor('alice') },
          }),
          onDidChangeActive: () => () => {},
        },
        fetch: first.driver.track(),
        clock: sandbox.clock,
      }),
      clock: sandbox.clock,
      logger: createRecordingLogger(),
      publicUrl: receiverBase,
      pingTimeoutMs: 1_000,
      onJob: () => {},
      onPushActive: () => {},
    });
    await first.driver.settle(second.register('p1'));
    const urls = [...sandbox.orchestrator.state.webhooks.values()].map((w) => w.url);
    expect(urls).toHaveLength(1);
    expect(urls).not.toContain(left.url);
    await first.driver.settle(second.dispose());
    expect(sandbox.orchestrator.state.webhooks.size).toBe(0);
  });

  it('keeps job listings within the budget through a 429 storm and loses no run', async () => {
    // Other users have used up the tenant's listings: the sandbox allows 3 a minute for everyone.
    const sandbox = await sandboxWith({ rateLimits: { jobsListPerMinute: 3, appliesTo: 'all' } });
    const baton = await batonFor(sandbox, { listsPerMinute: 10 });
    const jobs: { id: number; folderId: number }[] = [];
    for (let i = 0; i < 14; i += 1) jobs.push(await startJob(sandbox));
    jobs.forEach((job, i) => baton.poller.follow({ runId: `r${i}`, profileId: 'p1', folderId: job.folderId, jobId: job.id }));
    await baton.driver.drive(() => jobs.every((_, i) => lastOf(baton.applied.get(`r${i}`)) === 'Running'), { stepMs: 500 });
    for (const job of jobs) await finish(sandbox, job.id);
    const finishedAt = sandbox.clock.now();
    await baton.driver.drive(() => jobs.every((_, i) => lastOf(baton.applied.get(`r${i}`)) === 'Successful'), { stepMs: 500 });
    const minutes = Math.max(1, (sandbox.clock.now() - finishedAt) / 60_000);
    const inWindow = baton.listed.filter((at) => at >= finishedAt);
    expect(inWindow.length / minutes).toBeLessThanOrEqual(10);
    // Every 60 s window holds at most 10 listings.
    for (const at of baton.listed) expect(baton.listed.filter((t) => t >= at && t < at + 60_000).length).toBeLessThanOrEqual(10);
  });

  it('diagnoses "Webhook reachable": not configured, passing, and failing with the reason', async () => {
    const sandbox = await sandboxWith();
    const reachable = await batonFor(sandbox, { publicUrl: 'receiver' });
    const diagnose = async () => {
      const outcome = await reachable.driver.settle(webhookCheck.run({ client: reachable.clients.forProfile('p1')! } as CheckContext));
      return { status: outcome.status, summary: inEnglish(outcome.summary) };
    };
    expect(await diagnose()).toMatchObject({ status: 'skipped', summary: expect.stringMatching(/^Not configured/) });
    await reachable.driver.settle(reachable.service.register('p1'));
    expect(await diagnose()).toMatchObject({ status: 'pass' });
    await reachable.driver.settle(reachable.service.dispose());
    const unreachable = await batonFor(sandbox, { publicUrl: 'unreachable' });
    await unreachable.driver.settle(unreachable.service.register('p1'));
    expect(await diagnose()).toMatchObject({ status: 'fail', summary: expect.stringContaining('cannot reach Baton') });
  });
});
