import { describe, expect, it, onTestFinished } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { DEFAULT_CONCURRENCY, createClientPool, type AccessTokenSource, type ConnectionSource } from '../../src/main/orchestrator';
import type { Clock, Files, HttpFetch, SettingsStore } from '../../src/main/platform';
import { createMemoryDataFiles, createMemorySettings } from '../../src/main/platform/memory';
import type { SandboxOptions } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox, type Who } from '../support/sandbox';
import { signInToSandbox, tokenSourceFor } from '../support/sandbox-login';

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

async function sandboxWith(opts: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await startTestSandbox(opts);
  onTestFinished(() => sandbox.close());
  return sandbox;
}

function connectionsFor(sandbox: TestSandbox, tokens: AccessTokenSource, profileId = 'p1'): ConnectionSource {
  const found = { connection: { profileId, apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  return { active: () => found, forProfile: (id) => (id === profileId ? found : null), onDidChangeActive: () => () => {} };
}

/** The catalog service against the sandbox, signed in as `who` with a minted token (or real tokens). */
function catalogFor(
  sandbox: TestSandbox,
  who: Who | AccessTokenSource,
  opts: { settings?: SettingsStore; files?: Files; fetch?: HttpFetch } = {},
) {
  const tokens: AccessTokenSource =
    typeof who === 'string' ? { getAccessToken: () => sandbox.tokenFor(who), refreshAccessToken: () => sandbox.tokenFor(who) } : who;
  const connections = connectionsFor(sandbox, tokens);
  const settings = opts.settings ?? createMemorySettings();
  const files = opts.files ?? createMemoryDataFiles();
  const clients = createClientPool({ connections, fetch: opts.fetch ?? ((input, init) => fetch(input, init)), clock: realClock });
  return { catalog: createCatalogService({ connections, clients, settings, files, clock: realClock }), settings, files };
}

async function requestPaths(sandbox: TestSandbox): Promise<string[]> {
  return ((await sandbox.admin('/requests')).json.value as { path: string }[]).map((r) => decodeURIComponent(r.path));
}

describe('the catalog against the sandbox Orchestrator', () => {
  it('shows alice, signed in through the login page, every runnable process across all nine folders', async () => {
    const sandbox = await sandboxWith();
    const tokens = tokenSourceFor(sandbox, await signInToSandbox(sandbox, 'alice'));
    const { catalog } = catalogFor(sandbox, tokens);
    const result = await catalog.refresh();
    expect(result.error).toBeUndefined();
    expect(result.source).toBe('server');
    expect(result.folders).toHaveLength(9);
    expect(new Set(result.processes.map((p) => p.folderPath)).size).toBe(9);
    expect(result.processes.every((p) => p.isRunnable)).toBe(true);
  });

  it('leaves out releases hidden for attended users and marks attended ones as better run locally', async () => {
    const sandbox = await sandboxWith();
    const { catalog } = catalogFor(sandbox, 'alice');
    const { processes } = await catalog.refresh();
    expect(processes.find((p) => p.name === 'Disk Space Cleanup')).toBeUndefined();
    expect(processes.find((p) => p.name === 'New Hire Onboarding')?.prefersLocal).toBe(true);
    expect(processes.find((p) => p.name === 'Hello World')?.prefersLocal).toBe(false);
  });

  it('parses the input argument schema with kinds, required flags and release defaults', async () => {
    const sandbox = await sandboxWith();
    const { catalog } = catalogFor(sandbox, 'alice');
    const { processes } = await catalog.refresh();
    const email = processes.find((p) => p.name === 'Send Status Email')!;
    expect(email.inputArguments).toEqual([
      { name: 'in_To', kind: 'string', typeName: 'System.String', isRequired: true, hasDefault: false },
      { name: 'in_Subject', kind: 'string', typeName: 'System.String', isRequired: false, hasDefault: true, defaultValue: 'Status update' },
    ]);
    const intake = processes.find((p) => p.name === 'Invoice Intake')!;
    expect(intake.inputArguments.find((a) => a.name === 'in_MaxInvoices')).toMatchObject({ kind: 'integer', defaultValue: 50 });
  });

  it('lists releases once across folders with $select and asks which are runnable with mandatoryPermissions=Jobs.Create', async () => {
    const sandbox = await sandboxWith();
    const { catalog } = catalogFor(sandbox, 'alice');
    await catalog.refresh();
    const releases = (await requestPaths(sandbox)).filter((p) => p.startsWith('/odata/Releases'));
    expect(releases).toHaveLength(2);
    expect(releases.every((p) => p.includes('$select='))).toBe(true);
    expect(releases.filter((p) => p.includes('mandatoryPermissions=Jobs.Create'))).toHaveLength(1);
  });

  it('asks the first release page together with the version probe on a new connection, not after its answer', async () => {
    const sandbox = await sandboxWith({ latencyMs: 20 });
    const events: string[] = [];
    const logging: HttpFetch = async (input, init) => {
      const path = decodeURIComponent(new URL(String(input)).pathname + new URL(String(input)).search);
      events.push(`ask ${path}`);
      const response = await fetch(input, init);
      events.push(`answer ${path}`);
      return response;
    };
    const { catalog } = catalogFor(sandbox, 'alice', { fetch: logging });
    const { processes } = await catalog.refresh();
    expect(processes.length).toBeGreaterThan(0);
    const firstPage = events.findIndex((e) => e.startsWith('ask /odata/Releases?$select=Id,Key,') && e.includes('$count=true'));
    expect(firstPage).toBeGreaterThanOrEqual(0);
    expect(firstPage).toBeLessThan(events.indexOf('answer /odata/Folders?$top=1'));
  });

  it('on an older server, drops the page asked ahead of the probe and lists with the fields that version has', async () => {
    const sandbox = await sandboxWith({ version: '21.10' });
    const { catalog } = catalogFor(sandbox, 'alice');
    const { processes, error } = await catalog.refresh();
    expect(error).toBeUndefined();
    expect(processes.find((p) => p.name === 'Send Status Email')?.inputArguments.map((a) => a.name)).toEqual(['in_To', 'in_Subject']);
    const full = (await requestPaths(sandbox)).filter((p) => p.startsWith('/odata/Releases?$select=Id,Key,'));
    // The guess with the newest fields (refused by 21.10), then the listing with 21.10's own.
    expect(full.map((p) => p.includes('LastModificationTime'))).toEqual([true, false]);
  });

  it('shows bob the Finance folders only, every process view-only', async () => {
    const sandbox = await sandboxWith();
    const { catalog } = catalogFor(sandbox, 'bob');
    const result = await catalog.refresh();
    expect(result.folders.map((f) => f.path).sort()).toEqual(['Finance', 'Finance/Close', 'Finance/Invoices']);
    expect(result.processes.length).toBeGreaterThan(0);
    expect(result.processes.every((p) => !p.isRunnable)).toBe(true);
  });

  it('shows carol, who has no folder, an empty catalog without an error', async () => {
    const sandbox = await sandboxWith();
    const { catalog } = catalogFor(sandbox, 'carol');
    const result = await catalog.refresh();
    expect(result).toMatchObject({ folders: [], processes: [], source: 'server' });
    expect(result.error).toBeUndefined();
  });

  it.each(['19.10', '20.4'] as const)('falls back to one listing per folder on %s and remembers it for the profile', async (version) => {
    const sandbox = await sandboxWith({ version });
    const { catalog, settings } = catalogFor(sandbox, 'alice');
    const first = await catalog.refresh();
    expect(first.error).toBeUndefined();
    expect(first.folders.every((f) => !f.error)).toBe(true);
    expect(new Set(first.processes.map((p) => p.folderPath)).size).toBe(9);
    expect(settings.get('catalog.mode.p1')).toBe('per-folder');

    await sandbox.admin('/requests', { method: 'DELETE' });
    const again = catalogFor(sandbox, 'alice', { settings }).catalog;
    await again.refresh();
    const releases = (await requestPaths(sandbox)).filter((p) => p.startsWith('/odata/Releases'));
    // One per folder, none cross-folder first.
    expect(releases).toHaveLength(9);
  });

  it('after a cross-folder listing refused for good, lists per folder with true runnable marks and does not ask cross-folder again', async () => {
    const sandbox = await sandboxWith({ version: '23.4' });
    // The first full release listing with 23.4's fields is the cross-folder one (it goes out with the folders;
    // the page asked ahead of the version probe selects newer fields and is dropped here).
    await sandbox.admin('/faults', {
      body: {
        path: '^/odata/Releases\\?\\$select=Id%2CKey[^&]*FullyQualifiedName&',
        status: 400,
        body: { message: "Could not find a property named 'X' on type 'ReleaseDto'.", errorCode: 1000 },
        times: 1,
      },
    });
    const { catalog, settings } = catalogFor(sandbox, 'bob');
    const first = await catalog.refresh();
    expect(first.error).toBeUndefined();
    expect(first.processes.length).toBeGreaterThan(0);
    // bob may view Finance but not run there: still view-only, not "everything runnable".
    expect(first.processes.every((p) => !p.isRunnable)).toBe(true);
    expect(settings.get('catalog.mode.p1')).toBe('per-folder');

    await sandbox.admin('/requests', { method: 'DELETE' });
    await catalog.refresh();
    const releases = (await requestPaths(sandbox)).filter((p) => p.startsWith('/odata/Releases') && !p.includes('mandatoryPermissions'));
    expect(releases).toHaveLength(first.folders.length);
  });

  it('shows the processes that arrived when no folder listing answered, under the folders their rows name', async () => {
    const sandbox = await sandboxWith({ version: '23.10' });
    await sandbox.admin('/faults', {
      body: { path: '^/odata/Folders\\?\\$top=1000', status: 500, body: { message: 'An error has occurred.' } },
    });
    const { catalog } = catalogFor(sandbox, 'alice');
    const result = await catalog.refresh();
    expect(result.error).toBeUndefined();
    expect(result.processes.some((p) => p.name === 'Hello World' && p.folderPath === 'Shared')).toBe(true);
    expect(result.folders.map((f) => f.path)).toContain('Shared');
  });

  it('pages past 1000 releases: the count first, then the remaining pages', async () => {
    const sandbox = await sandboxWith({ folders: 3, processesPerFolder: 400 });
    const { catalog } = catalogFor(sandbox, 'alice');
    const { processes } = await catalog.refresh();
    expect(processes).toHaveLength(1200 - (await hiddenCount(sandbox)));
    const full = (await requestPaths(sandbox)).filter((p) => p.startsWith('/odata/Releases') && !p.includes('mandatoryPermissions'));
    expect(full).toHaveLength(2);
    expect(full[0]).toContain('$count=true');
    expect(full[1]).toContain('$skip=1000');
  });

  it('refuses a release page with a malformed row with a clear error and keeps the list it had', async () => {
    // One folder: its own listing (the fallback after a failed cross-folder one) has a second page too.
    const sandbox = await sandboxWith({ folders: 1, processesPerFolder: 1200 });
    const { catalog } = catalogFor(sandbox, 'alice');
    const before = await catalog.refresh();
    // Every second page: lean (the warm refresh), full (its fallback) and per folder (the full one's) alike.
    await sandbox.admin('/faults', {
      body: { path: '^/odata/Releases\\?\\$select=Id%2CKey.*\\$skip=1000', status: 200, body: { value: [{ Id: 1, Key: null }] } },
    });
    const result = await catalog.refresh();
    expect(result.error).toMatchObject({ code: 'INTERNAL', message: 'Orchestrator’s answer to /odata/Releases has an unexpected shape.' });
    expect(result.processes.map((p) => p.id)).toEqual(before.processes.map((p) => p.id));
    expect(result.refreshedAt).toBe(before.refreshedAt);
  });

  it('keeps at most DEFAULT_CONCURRENCY (16) requests in flight while fetching 30 folders in parallel', async () => {
    const sandbox = await sandboxWith({ version: '19.10', folders: 30, processesPerFolder: 2, latencyMs: 25 });
    let inFlight = 0;
    let peak = 0;
    const counting: HttpFetch = async (input, init) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    const { catalog } = catalogFor(sandbox, 'alice', { fetch: counting });
    const { processes } = await catalog.refresh();
    // 19.10 releases have no HiddenForAttendedUser: all 60 show.
    expect(processes).toHaveLength(60);
    expect(peak).toBe(DEFAULT_CONCURRENCY);
  });

  it('shows a folder that failed with its error, keeps its last list, and keeps the other folders', async () => {
    const sandbox = await sandboxWith({ version: '19.10' });
    const { catalog } = catalogFor(sandbox, 'alice');
    const before = await catalog.refresh();
    // Every second page, lean (the warm refresh) and full (its fallback) alike.
    await sandbox.admin('/faults', {
      body: { path: '^/odata/Releases', status: 403, body: { message: 'You are not authorized!', errorCode: 0 }, times: 1 },
    });
    const result = await catalog.refresh();
    const failed = result.folders.filter((f) => f.error);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.error).toMatchObject({
      code: 'FORBIDDEN',
      message: `Your account lacks Processes.View in folder ${failed[0]!.path}.`,
    });
    expect(result.error).toBeUndefined();
    expect(result.processes.map((p) => p.id).sort()).toEqual(before.processes.map((p) => p.id).sort());
  });

  it('shows the cached catalog at once on the next start and refreshes it in the background', async () => {
    const sandbox = await sandboxWith();
    const first = catalogFor(sandbox, 'alice');
    const fresh = await first.catalog.refresh();
    await first.catalog.dispose();
    const next = catalogFor(sandbox, 'alice', { settings: first.settings, files: first.files }).catalog;
    const changed = new Promise((resolve) => next.onChanged((c) => c.source === 'server' && resolve(c)));
    const shown = await next.get();
    expect(shown).toMatchObject({ source: 'cache', isRefreshing: true });
    expect(shown.processes.map((p) => p.id)).toEqual(fresh.processes.map((p) => p.id));
    await expect(changed).resolves.toMatchObject({ source: 'server', isRefreshing: false });
  });

  it('keeps favourites per profile and marks them in the catalog', async () => {
    const sandbox = await sandboxWith();
    const { catalog } = catalogFor(sandbox, 'alice');
    const { processes } = await catalog.refresh();
    const hello = processes.find((p) => p.name === 'Hello World')!;
    await expect(catalog.setFavorite(hello.id, true)).resolves.toMatchObject({ id: hello.id, isFavorite: true });
    const after = await catalog.get();
    expect(after.processes.filter((p) => p.isFavorite).map((p) => p.id)).toEqual([hello.id]);
  });

  it('keeps the cached list and reports AUTH_REQUIRED when the sign-in is gone', async () => {
    const sandbox = await sandboxWith();
    const signedIn = catalogFor(sandbox, 'alice');
    await signedIn.catalog.refresh();
    await signedIn.catalog.dispose();
    const { BatonError } = await import('../../src/shared/errors');
    const gone: AccessTokenSource = {
      getAccessToken: async () => {
        throw new BatonError('AUTH_REQUIRED', 'Sign in again.');
      },
      refreshAccessToken: async () => {
        throw new BatonError('AUTH_REQUIRED', 'Sign in again.');
      },
    };
    const result = await catalogFor(sandbox, gone, { settings: signedIn.settings, files: signedIn.files }).catalog.refresh();
    expect(result.error).toMatchObject({ code: 'AUTH_REQUIRED' });
    expect(result.source).toBe('cache');
    expect(result.processes.length).toBeGreaterThan(0);
  });
});

async function hiddenCount(sandbox: TestSandbox): Promise<number> {
  return [...sandbox.orchestrator.state.releases.values()].filter((r) => r.hiddenForAttendedUser).length;
}
