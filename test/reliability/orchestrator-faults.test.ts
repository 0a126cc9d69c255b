import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import type { SettingsStore } from '../../src/main/platform';
import { createFileSettings, SETTINGS_FILE } from '../../src/main/platform/files';
import { createMemorySettings, createRecordingLogger } from '../../src/main/platform/memory';
import { isFinalRunState } from '../../src/shared/contract/runs';
import { BatonError, isBatonError } from '../../src/shared/errors';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { remoteOf } from '../support/runs';
import { createFigures } from './support/figures';
import { createLeakWatch } from './support/leak-watch';
import { remoteCore } from './support/remote-harness';

const figures = createFigures('orchestrator-faults');
const watch = createLeakWatch();
afterAll(() => {
  const leaks = watch.scan();
  figures.add('scanned', watch.artifactCount);
  figures.add('leaks', leaks.length);
  figures.flush();
  expect(leaks).toEqual([]);
});

async function setup(opts: Parameters<typeof remoteCore>[2] = {}) {
  const sandbox = await startTestSandbox();
  onTestFinished(() => sandbox.close());
  // Every access token handed to the client is a secret the scan looks for by value (not only
  // by its JWT shape). Catches: a token in a log line, history entry or run update.
  const given = opts.tokens ?? { getAccessToken: () => sandbox.tokenFor('alice'), refreshAccessToken: () => sandbox.tokenFor('alice') };
  const remember = async (token: Promise<string> | string) => {
    const value = await token;
    watch.secret(value);
    return value;
  };
  const tokens = { getAccessToken: () => remember(given.getAccessToken()), refreshAccessToken: () => remember(given.refreshAccessToken()) };
  // A 2 s attempt timeout (30 s in the app) keeps the manual clock's walk through a hang short.
  const core = remoteCore(sandbox, 'alice', { timeoutMs: 2_000, ...opts, tokens });
  onTestFinished(() => {
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
  // What must happen is stated per fault, not "one job, or gave up": StartJobs is never sent
  // twice after a failure that may have created the job; the job is looked up by its Reference
  // instead (remote-start.ts). Catches: a client that never retries (fails the 429 case), one
  // that resends blindly (two StartJobs), and one that gives up without looking (no lookup, or
  // it misses the job a reset-after-acting created).
  type Expected = 'one job' | 'looked up, none, said so' | 'refused, said so';
  it.each<[string, Record<string, unknown>, Expected]>([
    ['a reset before the server acted', { method: 'POST', path: 'StartJobs', reset: true, times: 2 }, 'looked up, none, said so'],
    ['a reset after the server acted', { method: 'POST', path: 'StartJobs', resetAfter: true, times: 1 }, 'one job'],
    [
      'a 502 from a proxy',
      { method: 'POST', path: 'StartJobs', status: 502, body: '<html>Bad gateway</html>', times: 1 },
      'looked up, none, said so',
    ],
    [
      'a 500 with a JSON error',
      { method: 'POST', path: 'StartJobs', status: 500, body: { message: 'boom', errorCode: 0 }, times: 1 },
      'looked up, none, said so',
    ],
    ['a hang past the timeout', { method: 'POST', path: 'StartJobs', hang: true, times: 1 }, 'looked up, none, said so'],
    // The fault answers instead of the handler, so no job exists: the lookup must run and find none
    // (before issue 20 this was INTERNAL with no lookup; the job-exists case is in remote-start-lookup.test.ts).
    [
      'a truncated answer',
      { method: 'POST', path: 'StartJobs', status: 201, body: '{"value":[{"Id":1,', times: 1 },
      'looked up, none, said so',
    ],
    ['429 with Retry-After', { method: 'POST', path: 'StartJobs', status: 429, retryAfter: 3, times: 2 }, 'one job'],
  ])('after %s (fault %j): %s', async (_name, rule, expected) => {
    const { sandbox, core } = await setup();
    const id = await core.processId('Daily Health Check');
    await fault(sandbox, rule);
    await sandbox.admin('/requests', { method: 'DELETE' });
    const outcome = await core.settle(core.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
    const wire = ((await sandbox.admin('/requests')).json as { value: { method: string; path: string }[] }).value;
    const starts = wire.filter((r) => r.method === 'POST' && /StartJobs/.test(r.path));
    const lookups = wire.filter((r) => r.method === 'GET' && /Reference/.test(decodeURIComponent(r.path)));

    if (expected === 'one job') {
      expect(outcome, String(outcome)).not.toBeInstanceOf(Error);
      const run = outcome as Awaited<ReturnType<typeof core.runs.start>>;
      expect(jobsOf(sandbox)).toHaveLength(1);
      expect(jobsOf(sandbox)[0]!.reference).toBe(remoteOf(run).reference);
      expect((await finished(core, run.id)).state).toBe('successful');
      expect(core.updates.filter((u) => u.id === run.id && isFinalRunState(u.state))).toHaveLength(1);
      return;
    }
    expect(jobsOf(sandbox)).toHaveLength(0);
    expect(await core.runs.list()).toHaveLength(0);
    // Sent once: nothing that may have created a job is sent again.
    expect(starts).toHaveLength(1);
    expect(isBatonError(outcome), String(outcome)).toBe(true);
    const error = outcome as BatonError;
    expect(error.hint).toBeTruthy();
    if (expected === 'looked up, none, said so') {
      expect(lookups.length).toBeGreaterThan(0);
      expect(error).toMatchObject({
        code: 'NETWORK_UNREACHABLE',
        message: expect.stringContaining('shows no job'),
        hint: expect.stringMatching(/reference baton-/),
      });
    }
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
  // failed (the person would start it again), nor lose the run record; once space returns, the
  // next change writes the whole history again. Catches: a write error failing runs.start, and a
  // history that stays unsaved after the disk has room again.
  it('keeps the run going when the disk is full while history is written, and writes it once space returns', async () => {
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
    expect(outcome).not.toBeInstanceOf(Error);
    const runId = (outcome as { id: string }).id;
    expect(JSON.stringify(inner.get('runs.history') ?? {})).not.toContain(runId);
    isDiskFull = false;
    expect((await finished(core, runId)).state).toBe('successful');
    expect(JSON.stringify(inner.get('runs.history'))).toContain(runId);
  });

  // The same on a real file system that fills up: a 256 KiB tmpfs, mounted where the machine
  // allows it (root, or a user namespace), with the real settings file.
  const mount = tryMountTmpfs();
  // Also when the test is filtered out: the mount exists from here on.
  afterAll(() => mount.unmount());
  it.skipIf(!mount.dir)(
    `keeps the run going on a real full disk and rewrites the file once space returns${mount.dir ? '' : ` (skipped: ${mount.reason})`}`,
    async () => {
      const dir = mount.dir!;
      onTestFinished(() => mount.unmount());
      const logger = createRecordingLogger();
      const settings = createFileSettings({ dir, logger });
      const { sandbox, core } = await setup({ settings });
      const id = await core.processId('Hello World');
      settings.set('probe', 1);
      const filler = join(dir, 'filler');
      fillDisk(filler);
      figures.add('faults');
      const outcome = await core.settle(core.runs.start({ target: 'remote', processId: id })).catch((e: unknown) => e);
      expect(jobsOf(sandbox)).toHaveLength(1);
      expect(outcome).not.toBeInstanceOf(Error);
      const runId = (outcome as { id: string }).id;
      expect(readFileSync(join(dir, SETTINGS_FILE), 'utf8')).not.toContain(runId);
      expect(core.logger.lines).toContainEqual(
        expect.objectContaining({ level: 'warn', message: expect.stringContaining('could not be saved') }),
      );
      rmSync(filler);
      expect((await finished(core, runId)).state).toBe('successful');
      const reread = createFileSettings({ dir, logger: createRecordingLogger() });
      expect(JSON.stringify(reread.get('runs.history'))).toContain(runId);
    },
  );
});

/** A small tmpfs on a fresh folder, or why there cannot be one here. */
function tryMountTmpfs(): { dir?: string; reason?: string; unmount(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'baton-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const reason =
      String((error as { stderr?: Buffer }).stderr ?? error)
        .trim()
        .split('\n')[0] || 'mount failed';
    return { reason: `cannot mount a tmpfs here: ${reason}`, unmount: () => {} };
  }
  let isMounted = true;
  return {
    dir,
    unmount() {
      if (!isMounted) return;
      isMounted = false;
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Writes until the file system says ENOSPC. */
function fillDisk(path: string): void {
  const chunk = Buffer.alloc(16 * 1024, 1);
  const fd = openSync(path, 'w');
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}
