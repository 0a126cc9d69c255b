import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SettingsStore } from '../../src/main/platform';
import { createMemorySettings } from '../../src/main/platform/memory';
import { isFinalRunState } from '../../src/shared/contract/runs';
import { BatonError, isBatonError } from '../../src/shared/errors';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { createFigures } from './support/figures';
import { createLeakWatch } from './support/leak-watch';
import { remoteCore } from './support/remote-harness';

const figures = createFigures('orchestrator-faults');
const watch = createLeakWatch();
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(() => {
  const leaks = watch.scan();
  figures.add('scanned', watch.artifactCount);
  figures.add('leaks', leaks.length);
  figures.flush();
  expect(leaks).toEqual([]);
});

async function setup(opts: Parameters<typeof remoteCore>[2] = {}) {
  const sandbox = await startTestSandbox();
  cleanups.push(() => sandbox.close());
  // A 2 s attempt timeout (30 s in the app) keeps the manual clock's walk through a hang short.
  const core = remoteCore(sandbox, 'alice', { timeoutMs: 2_000, ...opts });
  cleanups.push(() => {
    watch.artifact('log', core.logger.lines);
    watch.artifact('history', core.settings.get('runs.history'));
    watch.artifact('updates', core.updates);
    core.dispose();
  });
  return { sandbox, core };
}

async function fault(sandbox: TestSandbox, rule: Record<string, unknown>): Promise<void> {
  figures.add('faults', typeof rule.times === 'number' ? rule.times : 1);
  expect((await sandbox.admin('/faults', { body: rule })).status).toBe(201);
}

const jobsOf = (sandbox: TestSandbox) => [...sandbox.orchestrator.state.jobs.values()];

async function finished(core: Awaited<ReturnType<typeof setup>>['core'], runId: string) {
  await core.drive(async () => isFinalRunState((await core.runs.get(runId)).state), { stepMs: 1000 });
  figures.add('runs');
  return core.runs.get(runId);
}

describe('Orchestrator faults while starting and following a run', () => {
  it.each([
    ['a reset before the server acted', { method: 'POST', path: 'StartJobs', reset: true, times: 2 }],
    ['a reset after the server acted', { method: 'POST', path: 'StartJobs', resetAfter: true, times: 1 }],
    ['a 502 from a proxy', { method: 'POST', path: 'StartJobs', status: 502, body: '<html>Bad gateway</html>', times: 1 }],
    ['a 500 with a JSON error', { method: 'POST', path: 'StartJobs', status: 500, body: { message: 'boom', errorCode: 0 }, times: 1 }],
    ['a hang past the timeout', { method: 'POST', path: 'StartJobs', hang: true, times: 1 }],
    ['a truncated answer', { method: 'POST', path: 'StartJobs', status: 201, body: '{"value":[{"Id":1,', times: 1 }],
    ['429 with Retry-After', { method: 'POST', path: 'StartJobs', status: 429, retryAfter: 3, times: 2 }],
  ])('starts exactly one job after %s, and follows it to the end', async (_name, rule) => {
    const { sandbox, core } = await setup();
    const id = await core.processId('Daily Health Check');
    await fault(sandbox, rule);
    const outcome = await core.settle(core.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
    if (isBatonError(outcome)) {
      // Giving up is allowed only with a clear error, and only when nothing was started.
      expect(outcome.hint).toBeTruthy();
      expect(jobsOf(sandbox)).toHaveLength(0);
      return;
    }
    if (outcome instanceof Error) throw outcome;
    const run = outcome as Awaited<ReturnType<typeof core.runs.start>>;
    expect(jobsOf(sandbox)).toHaveLength(1);
    expect((await finished(core, run.id)).state).toBe('successful');
    expect(core.updates.filter((u) => u.id === run.id && isFinalRunState(u.state))).toHaveLength(1);
  });

  it.each([
    ['503s', { method: 'GET', path: '^/odata/Jobs', status: 503, times: 3 }],
    ['resets', { method: 'GET', path: '^/odata/Jobs', reset: true, times: 3 }],
    ['hangs', { method: 'GET', path: '^/odata/Jobs', hang: true, times: 2 }],
    ['non-JSON bodies', { method: 'GET', path: '^/odata/Jobs', status: 200, body: '<html>login</html>', times: 3 }],
    ['unexpected shapes', { method: 'GET', path: '^/odata/Jobs', status: 200, body: { value: 'not a list', Id: 'x' }, times: 3 }],
    ['429 with Retry-After', { method: 'GET', path: '^/odata/Jobs', status: 429, retryAfter: 4, times: 2 }],
  ])('keeps following a run through %s while polling, and records its end once', async (_name, rule) => {
    const { sandbox, core } = await setup();
    const run = await core.settle(core.runs.start({ target: 'remote', processId: await core.processId('Hello World') }));
    await fault(sandbox, rule);
    expect((await finished(core, run.id)).state).toBe('successful');
    expect(core.updates.filter((u) => u.id === run.id && isFinalRunState(u.state))).toHaveLength(1);
    expect(jobsOf(sandbox)).toHaveLength(1);
  });

  it('renews the token once on a 401 mid-session and carries on; a revoked session ends in AUTH_REQUIRED', async () => {
    let refreshes = 0;
    const sandboxHolder: { sandbox?: TestSandbox } = {};
    const tokens = {
      getAccessToken: () => sandboxHolder.sandbox!.tokenFor('alice'),
      refreshAccessToken: () => ((refreshes += 1), sandboxHolder.sandbox!.tokenFor('alice')),
    };
    const { sandbox, core } = await setup({ tokens });
    sandboxHolder.sandbox = sandbox;
    const id = await core.processId('Daily Health Check');
    await fault(sandbox, { path: '^/odata/Jobs', status: 401, body: { message: 'You are not authenticated!' }, times: 1 });
    const run = await core.settle(core.runs.start({ target: 'remote', processId: id }));
    expect(refreshes).toBe(1);
    await fault(sandbox, { path: '^/odata/', status: 401, body: { message: 'You are not authenticated!' } });
    const error = await core.settle(core.catalog.refresh()).catch((e: unknown) => e);
    const again = await core.settle(core.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
    expect(isBatonError(again) && again.code).toBe('AUTH_REQUIRED');
    expect(error).toBeDefined();
    await sandbox.admin('/faults', { method: 'DELETE' });
    // The fault clears: the run that was going on is still followed to its one final record.
    expect((await finished(core, run.id)).state).toBe('successful');
    expect(jobsOf(sandbox)).toHaveLength(1);
  });

  it('fails a start with a clear error and no job when Identity Server is down during the token refresh', async () => {
    const identityDown = new BatonError('NETWORK_UNREACHABLE', 'Identity Server did not answer.', {
      hint: 'Check the network, then try again.',
    });
    const sandboxHolder: { sandbox?: TestSandbox } = {};
    const { sandbox, core } = await setup({
      tokens: { getAccessToken: () => sandboxHolder.sandbox!.tokenFor('alice'), refreshAccessToken: () => Promise.reject(identityDown) },
    });
    sandboxHolder.sandbox = sandbox;
    const id = await core.processId('Daily Health Check');
    await fault(sandbox, { path: 'StartJobs', status: 401, body: { message: 'You are not authenticated!' }, times: 1 });
    const error = await core.settle(core.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
    expect(isBatonError(error) && error.toJSON()).toMatchObject({ code: 'NETWORK_UNREACHABLE', hint: expect.any(String) });
    expect(jobsOf(sandbox)).toHaveLength(0);
    expect(await core.runs.list()).toHaveLength(0);
  });
});

describe('history writes that fail', () => {
  // The job already exists on the server: a failed history write must not report the start as
  // failed (the person would start it again), nor lose the run record.
  it('keeps the run going when the disk is full while history is written', async () => {
    const inner = createMemorySettings();
    let isDiskFull = false;
    const settings: SettingsStore = {
      location: inner.location,
      get: (key) => inner.get(key),
      read: (key, schema) => inner.read(key, schema),
      delete: (key) => inner.delete(key),
      clear: () => inner.clear(),
      set(key, value) {
        if (isDiskFull && key === 'runs.history')
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        inner.set(key, value);
      },
    };
    const { sandbox, core } = await setup({ settings });
    const id = await core.processId('Hello World');
    isDiskFull = true;
    figures.add('faults');
    const outcome = await core.settle(core.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
    expect(jobsOf(sandbox)).toHaveLength(1);
    // The job exists, so the start must not be reported as failed; the run goes on in memory.
    expect(outcome).not.toBeInstanceOf(Error);
    const runId = (outcome as { id: string }).id;
    expect((await finished(core, runId)).state).toBe('successful');
    isDiskFull = false;
  });
});
