import { describe, expect, it, onTestFinished } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { createClientPool, type ConnectionSource } from '../../src/main/orchestrator';
import type { Clock, Files, SettingsStore } from '../../src/main/platform';
import { createMemoryDataFiles, createMemorySettings } from '../../src/main/platform/memory';
import type { SandboxOptions } from '../../src/sandbox';
import { touchCatalog } from '../../src/sandbox/orchestrator';
import type { SeedProcess } from '../../src/sandbox/seed';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

// A warm refresh (a cached listing present) asks the lean listing and full rows only for what
// changed; whatever it fetched or reused must be exactly what a cold refresh lists.

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

async function sandboxWith(opts: SandboxOptions): Promise<TestSandbox> {
  const sandbox = await startTestSandbox(opts);
  onTestFinished(() => sandbox.close());
  return sandbox;
}

/** What a restart keeps: the settings and the data folder's files. */
const newDataFolder = (): { settings: SettingsStore; files: Files } => ({
  settings: createMemorySettings(),
  files: createMemoryDataFiles(),
});

function catalogFor(sandbox: TestSandbox, { settings, files } = newDataFolder()) {
  const tokens = { getAccessToken: () => sandbox.tokenFor('alice'), refreshAccessToken: () => sandbox.tokenFor('alice') };
  const found = { connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl }, tokens };
  const connections: ConnectionSource = { active: () => found, forProfile: () => found, onDidChangeActive: () => () => {} };
  const clients = createClientPool({ connections, fetch: (input, init) => fetch(input, init), clock: realClock });
  return createCatalogService({ connections, clients, settings, files, clock: realClock });
}

async function releaseRequests(sandbox: TestSandbox): Promise<string[]> {
  const sent = (await sandbox.admin('/requests')).json.value as { path: string }[];
  return sent.map((r) => decodeURIComponent(r.path)).filter((p) => p.startsWith('/odata/Releases'));
}

/** The keys a full-row request by key asked for. */
const keysAsked = (paths: string[]): string[] =>
  paths.flatMap((p) => [...p.matchAll(/Key eq '([^']+)'/g)].map((m) => m[1]!)).sort((a, b) => a.localeCompare(b));

function releaseNamed(sandbox: TestSandbox, name: string): SeedProcess {
  const found = [...sandbox.orchestrator.state.releases.values()].find((r) => r.name === name);
  if (!found) throw new Error(`no release ${name} in the sandbox`);
  return found;
}

describe.each(['cloud', '21.10'] as const)('a warm catalog refresh on %s', (version) => {
  it('after an added, a removed, a moved, a new-version and an edited release, lists exactly what a cold refresh lists, fetching only the changed rows', async () => {
    const sandbox = await sandboxWith({ version });
    const warm = catalogFor(sandbox);
    const before = await warm.refresh();
    expect(before.error).toBeUndefined();

    const { state } = sandbox.orchestrator;
    const hello = releaseNamed(sandbox, 'Hello World');
    const email = releaseNamed(sandbox, 'Send Status Email');
    const intake = releaseNamed(sandbox, 'Invoice Intake');
    const [removed, hidden] = before.processes.filter((p) => ![hello.key, email.key, intake.key].includes(p.releaseKey));
    const otherFolder = before.folders.find((f) => f.id !== hello.folderId)!;
    const added: SeedProcess = {
      ...hello,
      id: 999_001,
      key: '0d7c1a52-5e0b-4f44-9d8e-1f2a3b4c5d6e',
      name: 'Brand New Report',
      folderId: otherFolder.id,
    };
    state.releases.set(added.id, added);
    state.releases.delete(removed!.releaseId);
    // Hidden for attended users (the field exists from 23.10; elsewhere the release is just edited).
    const wasHidden = state.releases.get(hidden!.releaseId)!;
    state.releases.set(wasHidden.id, { ...wasHidden, hiddenForAttendedUser: true, creationTime: '2026-12-01T09:30:00Z' });
    state.releases.set(hello.id, { ...hello, folderId: otherFolder.id });
    // A new package version brings a new argument list.
    state.releases.set(email.id, {
      ...email,
      processVersion: '9.0.0',
      inputs: [...email.inputs, { name: 'in_Cc', type: 'System.String', required: false, hasDefault: false }],
    });
    // The release's own defaults edited (no new version): the sandbox reports creationTime as LastModificationTime.
    state.releases.set(intake.id, {
      ...intake,
      defaultInputs: { ...intake.defaultInputs, in_MaxInvoices: 7 },
      creationTime: '2026-12-01T09:00:00Z',
    });
    touchCatalog(state);

    await sandbox.admin('/requests', { method: 'DELETE' });
    const after = await warm.refresh();
    const warmRequests = await releaseRequests(sandbox);
    const cold = await catalogFor(sandbox).refresh();

    expect(after.error).toBeUndefined();
    expect(after.processes).toEqual(cold.processes);
    expect(after.folders).toEqual(cold.folders);
    // The changes are really there (so the equality above is not two stale lists).
    expect(after.processes.find((p) => p.releaseKey === removed!.releaseKey)).toBeUndefined();
    if (version === 'cloud') expect(after.processes.find((p) => p.releaseKey === hidden!.releaseKey)).toBeUndefined();
    expect(after.processes.find((p) => p.name === 'Brand New Report')?.folderPath).toBe(otherFolder.path);
    expect(after.processes.find((p) => p.releaseKey === hello.key)?.folderId).toBe(otherFolder.id);
    expect(after.processes.find((p) => p.releaseKey === email.key)?.inputArguments.map((a) => a.name)).toContain('in_Cc');
    expect(after.processes.find((p) => p.releaseKey === intake.key)?.inputArguments).toContainEqual(
      expect.objectContaining({ name: 'in_MaxInvoices', defaultValue: 7 }),
    );
    // Full rows only for the added, the new version and the edited ones; the moved one is the cached entry.
    const edited = version === 'cloud' ? [hidden!.releaseKey] : [];
    expect(keysAsked(warmRequests)).toEqual([added.key, email.key, intake.key, ...edited].sort((a, b) => a.localeCompare(b)));
  });

  it('with nothing changed on the server, asks no full row and lists the same processes', async () => {
    const sandbox = await sandboxWith({ version });
    const kept = newDataFolder();
    const first = await catalogFor(sandbox, kept).refresh();
    await sandbox.admin('/requests', { method: 'DELETE' });
    // The next start: a new service reading the cached listing.
    const again = await catalogFor(sandbox, kept).refresh();
    const asked = await releaseRequests(sandbox);
    expect(again.processes).toEqual(first.processes);
    expect(keysAsked(asked)).toEqual([]);
    // No argument lists crossed the wire (`InputArguments`, the release's defaults, may).
    expect(asked.filter((p) => /\bArguments\b/.test(p))).toEqual([]);
  });
});
