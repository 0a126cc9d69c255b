import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogService } from '../../src/main/catalog';
import { createClientPool, type AccessTokenSource, type ConnectionSource, type OrchestratorConnection } from '../../src/main/orchestrator';
import { createMemorySettings } from '../../src/main/platform/memory';
import { createRunService, type RunService } from '../../src/main/runs';
import { isFinalRunState, type Run } from '../../src/shared/contract/runs';
import { SANDBOX_USERS, SANDBOX_VERSIONS, versionProfile } from '../../src/sandbox';
import { touchCatalog } from '../../src/sandbox/orchestrator/state';
import { createAuthHarness } from '../support/auth-harness';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { clockDriverOf } from '../support/clock-driver';

/**
 * Every sandbox profile (one per Orchestrator version), through Baton's real HTTP client, catalog
 * and run services: what a person sees on each version. People sign in the way their version
 * offers them: username and password (/api/Account/Authenticate) on 19.10 and 20.4, where it was
 * the sign-in; Identity Server tokens (OAuth) from 20.10 on.
 */
const passwordOf = (who: string) => SANDBOX_USERS.find((u) => u.username === who)!.password;

async function legacyToken(sandbox: TestSandbox, who: string): Promise<string> {
  const res = await fetch(`${sandbox.orchestratorUrl}/api/Account/Authenticate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ TenancyName: sandbox.tenant, UsernameOrEmailAddress: who, Password: passwordOf(who) }),
  });
  return ((await res.json()) as { result: string }).result;
}

/** Baton's catalog and runs for one person on one sandbox, on the sandbox's manual clock. */
function servicesFor(sandbox: TestSandbox, tokens: AccessTokenSource, tokenKind: OrchestratorConnection['tokenKind']) {
  const found = { connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl, tokenKind }, tokens };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const settings = createMemorySettings();
  const clock = sandbox.clock;
  const counting = clockDriverOf(sandbox).track();
  const clients = createClientPool({ connections, fetch: counting, clock, options: { random: () => 0.5 } });
  const catalog = createCatalogService({ connections, clients, settings, clock });
  const runs = createRunService({ connections, clients, catalog, settings, clock, random: () => 0.5 });
  runs.followKept();
  return { catalog, runs, stop: () => runs.dispose() };
}

type Services = ReturnType<typeof servicesFor>;

const drive = (sandbox: TestSandbox, done: () => Promise<boolean>, stepMs = 100): Promise<void> =>
  clockDriverOf(sandbox).drive(done, { stepMs, maxSteps: 5_000 });

async function finalState(sandbox: TestSandbox, runs: RunService, runId: string): Promise<Run> {
  let run = await runs.get(runId);
  await drive(sandbox, async () => isFinalRunState((run = await runs.get(runId)).state));
  return run;
}

describe.each(SANDBOX_VERSIONS)('Orchestrator %s', (version) => {
  const profile = versionProfile(version);
  // 19.10 has no Identity Server; on 20.4 username and password was still the way in (§5.4).
  const isLegacyEra = !profile.signIn.interactive || version === '20.4';
  let sandbox: TestSandbox;
  const people = new Map<string, Services>();

  const as = async (who: 'alice' | 'bob' | 'dave'): Promise<Services> => {
    let services = people.get(who);
    if (!services) {
      const tokens: AccessTokenSource = isLegacyEra
        ? { getAccessToken: () => legacyToken(sandbox, who), refreshAccessToken: () => legacyToken(sandbox, who) }
        : { getAccessToken: () => sandbox.tokenFor(who), refreshAccessToken: () => sandbox.tokenFor(who) };
      services = servicesFor(sandbox, tokens, isLegacyEra ? 'legacy' : 'oauth');
      people.set(who, services);
    }
    return services;
  };

  beforeAll(async () => {
    sandbox = await startTestSandbox({ version });
  });
  afterAll(async () => {
    for (const services of people.values()) services.stop();
    await sandbox?.close();
  });

  it('signs in with a method this version has', async () => {
    const h = createAuthHarness();
    let tokenKind: OrchestratorConnection['tokenKind'];
    let id: string;
    if (profile.signIn.legacy) {
      ({ id } = await h.auth.addProfile({
        name: 'Legacy',
        orchestratorUrl: sandbox.orchestratorUrl,
        tenant: sandbox.tenant,
        authMethod: 'legacy',
      }));
      expect(await h.auth.signIn({ username: 'alice', password: passwordOf('alice') })).toMatchObject({ state: 'signed-in' });
      tokenKind = 'legacy';
    } else {
      const app = sandbox.clients.confidential;
      ({ id } = await h.auth.addProfile({ name: 'App', orchestratorUrl: sandbox.orchestratorUrl, clientId: app.clientId }));
      expect(await h.auth.signIn({ clientSecret: app.clientSecret })).toMatchObject({ state: 'signed-in' });
      tokenKind = 'oauth';
    }
    const signedIn = servicesFor(sandbox, h.auth.tokensFor(id), tokenKind);
    const catalog = await signedIn.catalog.refresh();
    signedIn.stop();
    expect(catalog.error).toBeUndefined();
    expect(catalog.processes.length).toBeGreaterThan(0);
  });

  it('lists alice every process of the nine folders, runnable, without an error', async () => {
    const catalog = await (await as('alice')).catalog.refresh();
    expect(catalog.error).toBeUndefined();
    expect(catalog.folders.filter((f) => f.error)).toEqual([]);
    const hello = catalog.processes.find((p) => p.name === 'Hello World' && p.folderPath === 'Shared');
    expect(hello).toMatchObject({ isRunnable: true });
    expect(new Set(catalog.processes.map((p) => p.folderPath.split('/')[0]))).toEqual(
      expect.objectContaining({ size: expect.any(Number) }),
    );
    expect(catalog.processes.some((p) => p.folderPath === 'Sales/EMEA')).toBe(true);
  });

  it('lists dave, who may run in Sales without SubFolders.View, the Sales processes as runnable', async () => {
    const catalog = await (await as('dave')).catalog.refresh();
    expect(catalog.error, JSON.stringify(catalog.folders)).toBeUndefined();
    const sales = catalog.processes.filter((p) => p.folderPath === 'Sales');
    expect(
      sales.map((p) => p.name),
      JSON.stringify(catalog.folders),
    ).toContain('Lead Enrichment');
    expect(sales.every((p) => p.isRunnable)).toBe(true);
    expect(catalog.folders.map((f) => f.path)).toContain('Sales');
  });

  it('runs Hello World as alice to Successful', async () => {
    const services = await as('alice');
    const { processes } = await services.catalog.refresh();
    const hello = processes.find((p) => p.name === 'Hello World' && p.folderPath === 'Shared')!;
    const started = await services.runs.start({ target: 'remote', processId: hello.id });
    expect((await finalState(sandbox, services.runs, started.id)).state).toBe('successful');
  });

  it('stops a running job and sees it Stopped', async () => {
    const services = await as('alice');
    const { processes } = await services.catalog.refresh();
    const long = processes.find((p) => p.name === 'Long Wait Demo')!;
    const started = await services.runs.start({ target: 'remote', processId: long.id });
    await drive(sandbox, async () => (await services.runs.get(started.id)).state === 'running');
    expect((await services.runs.stop(started.id)).state).toBe('stopping');
    expect((await finalState(sandbox, services.runs, started.id)).state).toBe('stopped');
  });

  // X-UIPATH-FolderKey is read from 21.10 on (Baton's table; the header is documented from there).
  it.runIf(['19.10', '20.4', '20.10', '21.4'].every((v) => v !== version))(
    'follows a run to its end after a licence-plan change renumbers the folders (by folder key)',
    async () => {
      const services = await as('alice');
      const { processes } = await services.catalog.refresh();
      const hello = processes.find((p) => p.name === 'Hello World' && p.folderPath === 'Shared')!;
      const started = await services.runs.start({ target: 'remote', processId: hello.id });
      const renumbered = await sandbox.admin('/folders/renumber', { body: { offset: 5000 } });
      expect(renumbered.status).toBe(200);
      expect((await finalState(sandbox, services.runs, started.id)).state).toBe('successful');
    },
  );

  it('says a process removed meanwhile is gone, with a refresh hint, and starts nothing', async () => {
    const services = await as('alice');
    const { processes } = await services.catalog.refresh();
    const target = processes.find((p) => p.name === 'Hello World' && p.folderPath === 'Shared')!;
    const jobsBefore = sandbox.orchestrator.state.jobs.size;
    sandbox.orchestrator.state.releases.delete(target.releaseId);
    touchCatalog(sandbox.orchestrator.state);
    const error = await services.runs.start({ target: 'remote', processId: target.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND', hint: expect.stringMatching(/refresh the process list/i) });
    expect(sandbox.orchestrator.state.jobs.size).toBe(jobsBefore);
  });

  it('refuses bob’s start in Finance, naming Jobs.Create and the folder', async () => {
    const services = await as('bob');
    const { processes } = await services.catalog.refresh();
    const finance = processes.find((p) => p.folderPath === 'Finance' && p.inputArguments.every((a) => !a.isRequired || a.hasDefault))!;
    // Where the version can say (mandatoryPermissions, 20.10+), bob sees it view-only before trying.
    expect(finance.isRunnable).toBe(!profile.hasCrossFolderListing);
    const error = await services.runs.start({ target: 'remote', processId: finance.id }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FORBIDDEN', hint: expect.stringContaining('Jobs.Create in folder Finance') });
  });
});
