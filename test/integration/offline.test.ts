import { describe, expect, it, onTestFinished } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { createConnectivityService, createReachabilityMonitor, createRemoteGate } from '../../src/main/connectivity';
import { createEventHub } from '../../src/main/lib';
import { createNotificationService } from '../../src/main/notifications';
import { createClientPool, type ConnectionSource } from '../../src/main/orchestrator';
import type { HttpFetch } from '../../src/main/platform';
import { createMemorySettings, createRecordingNotifier } from '../../src/main/platform/memory';
import { DEFAULT_PREFERENCES } from '../../src/main/preferences';
import { createRunService } from '../../src/main/runs';
import type { ConnectivityRestored } from '../../src/shared/contract/connectivity';
import { isFinalRunState, type Run } from '../../src/shared/contract/runs';
import { isBatonError } from '../../src/shared/errors';
import { clockDriverOf } from '../support/clock-driver';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

async function sandbox(): Promise<TestSandbox> {
  const started = await startTestSandbox();
  onTestFinished(() => started.close());
  return started;
}

/** Orchestrator and Identity Server "go away": every connection is reset (the admin API and the robot bridge stay). */
function goOffline(sandbox: TestSandbox): void {
  sandbox.faults.add({ path: '.*', reset: true });
}

function comeBack(sandbox: TestSandbox): void {
  sandbox.faults.reset();
}

/** The core's catalog, runs and connectivity services over real HTTP, on the sandbox's manual clock. */
function servicesFor(sandbox: TestSandbox) {
  const token = sandbox.tokenFor('alice');
  const tokens = { getAccessToken: () => token, refreshAccessToken: () => sandbox.tokenFor('alice') };
  const probes: number[] = [];
  const requests: string[] = [];
  // The clock stands still while any of these is on the wire (each sandbox, so each test, has its own driver).
  const raw: HttpFetch = clockDriverOf(sandbox).track(async (input, init) => {
    if (init?.method === 'HEAD') probes.push(sandbox.clock.now());
    else requests.push(String(input));
    return fetch(input, init);
  });
  const found = { connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const clock = sandbox.clock;
  const settings = createMemorySettings();
  const notifier = createRecordingNotifier();
  const reachability = createReachabilityMonitor({ fetch: raw, clock });
  onTestFinished(() => reachability.dispose());
  const clients = createClientPool({ connections, fetch: reachability.fetch, clock, options: { random: () => 0.5 } });
  const catalog = createCatalogService({ connections, clients, settings, clock });
  const runs = createRunService({
    connections,
    clients,
    catalog,
    settings,
    clock,
    remoteGate: createRemoteGate(reachability),
    random: () => 0.5,
  });
  runs.followKept();
  onTestFinished(() => runs.dispose());
  const profiles = {
    active: () => ({ profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl }),
    apiBaseUrlOf: (id: string) => (id === 'p1' ? sandbox.orchestratorUrl : undefined),
    isSignedIn: async () => true,
    onChanged: () => () => {},
  };
  const connectivity = createConnectivityService({ reachability, profiles, catalog, runs, clock });
  connectivity.start();
  onTestFinished(() => connectivity.dispose());
  // The notifications domain as the core wires it: it hears runs and the end of an outage on the event hub.
  const hub = createEventHub();
  onTestFinished(runs.onUpdated((run) => hub.emit('run.updated', run)));
  onTestFinished(connectivity.onRestored((summary) => hub.emit('connectivity.restored', summary)));
  const notifications = createNotificationService({
    events: hub,
    preferences: { current: () => DEFAULT_PREFERENCES },
    notifier,
    onShown: () => {},
    isCatchingUp: (run) => connectivity.isCatchingUp(run),
    activeRuns: () => runs.list({ isActive: true }),
    answerReminder: async () => ({}),
    clock,
  });
  notifications.start();
  onTestFinished(() => notifications.dispose());
  const restored: ConnectivityRestored[] = [];
  connectivity.onRestored((summary) => restored.push(summary));
  const states: string[] = [];
  connectivity.onChanged((status) => states.push(status.state));
  return { catalog, runs, connectivity, reachability, settings, clients, notifier, probes, requests, restored, states };
}

async function processNamed(services: ReturnType<typeof servicesFor>, name = 'Hello World'): Promise<string> {
  const { processes } = await services.catalog.refresh();
  const found = processes.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in the catalog`);
  return found.id;
}

/** Something real fails while the server is away, which is how Baton notices. */
async function noticeOutage(sandbox: TestSandbox, services: ReturnType<typeof servicesFor>): Promise<void> {
  await clockDriverOf(sandbox).settle(services.catalog.refresh());
  expect((await services.connectivity.status()).state).toBe('offline');
}

describe('offline and back, against the sandbox', () => {
  it('keeps the cached catalog browsable while Orchestrator is unreachable and says how old it is', async () => {
    const box = await sandbox();
    const services = servicesFor(box);
    const fresh = await services.catalog.refresh();
    expect(fresh.processes.length).toBeGreaterThan(0);
    const refreshedAt = fresh.refreshedAt!;

    box.clock.advance(120_000);
    goOffline(box);
    const offlineAt = box.clock.now();
    await noticeOutage(box, services);

    const catalog = await services.catalog.get();
    expect(catalog.processes.map((p) => p.id)).toEqual(fresh.processes.map((p) => p.id));
    expect(catalog.refreshedAt).toBe(refreshedAt);
    expect(catalog.error?.code).toBe('NETWORK_UNREACHABLE');
    const status = await services.connectivity.status();
    expect(status).toMatchObject({
      state: 'offline',
      canRunRemotely: false,
      catalogRefreshedAt: refreshedAt,
      since: new Date(offlineAt).toISOString(),
    });
    expect(status.catalogAgeMs).toBeGreaterThanOrEqual(120_000);
    expect(status.reason).toMatch(/Cannot reach Orchestrator at 127\.0\.0\.1:\d+ since \d\d:\d\d/);

    // After a restart the same list comes from the cache, still with its age, and favourites still work.
    const restarted = createCatalogService({
      connections: { active: () => null, forProfile: () => null, onDidChangeActive: () => () => {} },
      clients: services.clients,
      settings: services.settings,
      clock: box.clock,
    });
    expect(restarted.peek().profileId).toBeNull();
    const favourite = await services.catalog.setFavorite(fresh.processes[0]!.id, true);
    expect(favourite.isFavorite).toBe(true);
  });

  it('refuses a remote run with the reason while offline, and never starts it later', async () => {
    const box = await sandbox();
    const services = servicesFor(box);
    const processId = await processNamed(services);
    goOffline(box);
    await noticeOutage(box, services);
    const jobsBefore = box.orchestrator.state.jobs.size;

    const refused = await services.runs.start({ target: 'remote', processId }).catch((error: unknown) => error);
    expect(isBatonError(refused)).toBe(true);
    expect(refused).toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: expect.stringMatching(/unreachable \(offline since \d\d:\d\d\)/),
    });
    expect((refused as { hint: string }).hint).toMatch(/locally/);
    expect(services.requests.filter((url) => url.includes('StartJobs'))).toEqual([]);

    comeBack(box);
    await clockDriverOf(box).drive(async () => (await services.connectivity.status()).state === 'online');
    await services.connectivity.settled();
    box.clock.advance(600_000);
    expect(box.orchestrator.state.jobs.size).toBe(jobsBefore);
    expect(services.requests.filter((url) => url.includes('StartJobs'))).toEqual([]);
  });

  it('fetches the true final state of a remote run that ended while offline, and says what finished', async () => {
    const box = await sandbox();
    const services = servicesFor(box);
    const processId = await processNamed(services);
    const started = await services.runs.start({ target: 'remote', processId, inputArguments: { in_Name: 'Ada' } });
    expect(started.state).toBe('pending');
    const jobId = started.jobId as number;

    goOffline(box);
    await noticeOutage(box, services);
    // The job ends on the server while Baton cannot see it.
    await clockDriverOf(box).drive(() => box.orchestrator.state.jobs.get(jobId)?.state === 'Successful');
    box.clock.advance(30_000);
    expect((await services.runs.get(started.id)).state).not.toBe('successful');

    comeBack(box);
    await clockDriverOf(box).drive(() => services.restored.length > 0);
    await services.connectivity.settled();

    const run = await services.runs.get(started.id);
    expect(run).toMatchObject({ state: 'successful', outputArguments: { out_Greeting: 'Hello, Ada!' } });
    expect(services.restored[0]).toMatchObject({
      profileId: 'p1',
      finishedRuns: [expect.objectContaining({ id: started.id, state: 'successful' })],
    });
    // Told once, by the catch-up's one notification, which leads to the run.
    expect(services.notifier.sent).toHaveLength(1);
    expect(services.notifier.sent[0]).toMatchObject({
      kind: 'runs-caught-up',
      title: 'A run finished while you were offline',
      body: expect.stringContaining('Hello World: successful'),
      target: { kind: 'run', runId: started.id },
    });
    const states = services.states.filter((state, i, all) => state !== all[i - 1]);
    expect(states.slice(-2)).toEqual(['offline', 'online']);
    // The catalog was refreshed on recovery.
    expect((await services.catalog.get()).error).toBeUndefined();
  });

  it('follows runs still going after the outage afresh, without telling of them as finished', async () => {
    const box = await sandbox();
    const services = servicesFor(box);
    const processId = await processNamed(services, 'Long Wait Demo');
    const started = await services.runs.start({ target: 'remote', processId });
    goOffline(box);
    await noticeOutage(box, services);
    comeBack(box);
    await clockDriverOf(box).drive(() => services.restored.length > 0, { stepMs: 10 });
    await services.connectivity.settled();
    expect(services.restored[0]!.finishedRuns.map((r: Run) => r.id)).not.toContain(started.id);
    let run = await services.runs.get(started.id);
    const before = box.clock.now();
    // The 10-minute job ends on the server; Baton, following it again, sees that on its next poll.
    box.clock.advance(10 * 60_000);
    await clockDriverOf(box)
      .drive(async () => isFinalRunState((run = await services.runs.get(started.id)).state))
      .catch((error: unknown) => {
        throw new Error(
          `${String(error)} after ${box.clock.now() - before} ms: ${JSON.stringify(run)} ${JSON.stringify(box.orchestrator.state.jobs.get(run.jobId as number))}`,
        );
      });
    expect(run.state).toBe('successful');
  });

  it('probes with backoff while offline, and stops probing once Orchestrator answers', async () => {
    const box = await sandbox();
    const services = servicesFor(box);
    await services.catalog.refresh();
    goOffline(box);
    await noticeOutage(box, services);
    const offlineSince = Date.parse((await services.connectivity.status()).since);

    await clockDriverOf(box).drive(() => services.probes.length >= 5);
    // The first probe 2 s after the outage was noticed, then 4 s, 8 s, 16 s, 32 s later, then once a minute.
    expect(services.probes[0]! - offlineSince).toBeGreaterThanOrEqual(2_000);
    const gaps = services.probes.slice(1).map((at, i) => at - services.probes[i]!);
    gaps.forEach((gap, i) => expect(Math.abs(gap - 4_000 * 2 ** i)).toBeLessThanOrEqual(200));
    let status = await services.connectivity.status();
    await clockDriverOf(box).drive(async () => (status = await services.connectivity.status()).nextProbeAt !== undefined, { stepMs: 1 });
    expect(Date.parse(status.nextProbeAt!) - services.probes.at(-1)!).toBe(60_000);

    comeBack(box);
    await clockDriverOf(box).drive(async () => (await services.connectivity.status()).state === 'online');
    const probesWhenBack = services.probes.length;
    expect(probesWhenBack).toBeLessThanOrEqual(6);
    await services.connectivity.settled();
    await clockDriverOf(box)
      .drive(() => false, { maxSteps: 100, stepMs: 6_000 })
      .catch(() => {});
    expect(services.probes.length).toBe(probesWhenBack);
  });
});
