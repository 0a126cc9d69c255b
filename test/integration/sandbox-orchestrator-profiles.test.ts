import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_VERSIONS, versionProfile, type OrchestratorVersion } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

// Expectations written out from ../shared/reference/orchestrator-versions.md (and issue 17), not
// read from the sandbox's own table: each column is one rule a real server of that version has.
// api: §1.1; status: §1.2 (404 before 21.10); reference/modern/runAsMe: StartProcessDto §2.4;
// attendedSelect: ReleaseDto §2.1 (HiddenForAttendedUser from v17); cross: §3.3; oldWording: §7;
// forCurrentUser: §3.1 (v18+); appToken: external apps from 21.4; legacy: §5.4; events: §3.6.
interface Expect {
  api: string | null;
  status: string | null;
  reference: boolean;
  modern: boolean;
  runAsMe: boolean;
  attendedSelect: boolean;
  cross: boolean;
  oldWording: boolean;
  forCurrentUser: boolean;
  appToken: boolean;
  legacy: boolean;
  identity: boolean;
  events: number;
  machineExpand: boolean;
}

const no = false;
const yes = true;
const EXPECT: Record<OrchestratorVersion, Expect> = {
  // prettier-ignore
  '19.10': { api: null, status: null, reference: no, modern: no, runAsMe: no, attendedSelect: no, cross: no, oldWording: yes, forCurrentUser: no, appToken: no, legacy: yes, identity: no, events: 6, machineExpand: no },
  // prettier-ignore
  '20.4': { api: null, status: null, reference: no, modern: yes, runAsMe: no, attendedSelect: no, cross: no, oldWording: yes, forCurrentUser: no, appToken: no, legacy: yes, identity: yes, events: 6, machineExpand: no },
  // prettier-ignore
  '20.10': { api: '11.1', status: null, reference: yes, modern: yes, runAsMe: no, attendedSelect: no, cross: yes, oldWording: yes, forCurrentUser: no, appToken: no, legacy: yes, identity: yes, events: 6, machineExpand: no },
  // prettier-ignore
  '21.4': { api: '12.0', status: null, reference: yes, modern: yes, runAsMe: no, attendedSelect: no, cross: yes, oldWording: yes, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 6, machineExpand: no },
  // prettier-ignore
  '21.10': { api: '13.0', status: '21.10.4', reference: yes, modern: yes, runAsMe: no, attendedSelect: no, cross: yes, oldWording: yes, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 6, machineExpand: yes },
  // prettier-ignore
  '22.4': { api: '15.0', status: '22.4.4', reference: yes, modern: yes, runAsMe: yes, attendedSelect: no, cross: yes, oldWording: no, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 6, machineExpand: yes },
  // prettier-ignore
  '22.10': { api: '15.0', status: '22.10.1', reference: yes, modern: yes, runAsMe: yes, attendedSelect: no, cross: yes, oldWording: no, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 6, machineExpand: yes },
  // prettier-ignore
  '23.4': { api: '16.0', status: '23.4.0', reference: yes, modern: yes, runAsMe: yes, attendedSelect: no, cross: yes, oldWording: no, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 6, machineExpand: yes },
  // prettier-ignore
  '23.10': { api: '17.0', status: '23.10.6', reference: yes, modern: yes, runAsMe: yes, attendedSelect: yes, cross: yes, oldWording: no, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 9, machineExpand: yes },
  // prettier-ignore
  '24.10': { api: '17.0', status: '24.10.0', reference: yes, modern: yes, runAsMe: yes, attendedSelect: yes, cross: yes, oldWording: no, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 9, machineExpand: yes },
  // prettier-ignore
  '25.10': { api: '17.0', status: '25.10.2', reference: yes, modern: yes, runAsMe: yes, attendedSelect: yes, cross: yes, oldWording: no, forCurrentUser: no, appToken: yes, legacy: yes, identity: yes, events: 9, machineExpand: yes },
  // prettier-ignore
  'automation-suite': { api: '19.0', status: '25.10.3', reference: yes, modern: yes, runAsMe: yes, attendedSelect: yes, cross: yes, oldWording: no, forCurrentUser: yes, appToken: yes, legacy: yes, identity: yes, events: 9, machineExpand: yes },
  // prettier-ignore
  cloud: { api: '20.0', status: '26.3.0-s197', reference: yes, modern: yes, runAsMe: yes, attendedSelect: yes, cross: yes, oldWording: no, forCurrentUser: yes, appToken: yes, legacy: no, identity: yes, events: 9, machineExpand: yes },
};

const START = '/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs';
const OLD_1101 = 'An organization unit is required for this action.';
const NEW_1101 = 'A folder is required for this action.';

const sandboxes = new Map<OrchestratorVersion, TestSandbox>();
const sb = (v: OrchestratorVersion): TestSandbox => sandboxes.get(v)!;

beforeAll(async () => {
  for (const v of SANDBOX_VERSIONS) sandboxes.set(v, await startTestSandbox({ version: v, rateLimits: { jobsListPerMinute: null } }));
}, 60_000);
afterAll(async () => {
  for (const s of sandboxes.values()) await s.close();
});

function release(s: TestSandbox, folder = 'Shared') {
  const { state } = s.orchestrator;
  const f = [...state.folders.values()].find((x) => x.fullyQualifiedName === folder)!;
  const r = [...state.releases.values()].find((x) => x.folderId === f.id)!;
  return { folderId: String(f.id), key: r.key, folderKey: f.key };
}

describe.each([...SANDBOX_VERSIONS])('profile %s', (v) => {
  const e = EXPECT[v];

  it('names its API version on every answer, errors included', async () => {
    for (const path of ['/odata/Folders', '/odata/NoSuchSet']) {
      const r = await sb(v).call(path);
      expect(r.headers.get('api-supported-versions')).toBe(e.api);
    }
  });

  it('serves /api/Status/Version with its product build only from 21.10', async () => {
    const r = await sb(v).call('/api/Status/Version', { as: null });
    if (e.status === null) expect(r.status).toBe(404);
    else {
      expect(r.status).toBe(200);
      expect(r.json.version).toBe(e.status);
      // Null on the bare-host layout (as standalone servers answer); the topology on the path layout.
      expect(r.json.deployment).toBeNull();
      const onPath = await sb(v).call(`${sb(v).cloudUrl}/orchestrator_/api/Status/Version`, { as: null });
      const deployment = { 'automation-suite': 'ServiceFabric', cloud: 'Kubernetes' }[v as string] ?? null;
      expect(onPath.json.deployment).toBe(deployment);
    }
  });

  it('refuses a startInfo field the version lacks with 400 "startJobParameters must not be null" and creates nothing', async () => {
    const s = sb(v);
    const rel = release(s);
    const before = s.orchestrator.state.jobs.size;
    const base = { ReleaseKey: rel.key, Strategy: 'JobsCount', JobsCount: 1 };
    const headers = { 'X-UIPATH-OrganizationUnitId': rel.folderId };
    const cases: Array<[Record<string, unknown>, boolean]> = [
      [{ ...base, Reference: 'one-click' }, e.reference],
      [{ ...base, Strategy: 'ModernJobsCount' }, e.modern],
      [{ ...base, RunAsMe: false }, e.runAsMe],
      [{ ...base, NoSuchField: 1 }, false],
    ];
    for (const [startInfo, isKnown] of cases) {
      const r = await s.call(START, { headers, body: { startInfo } });
      if (isKnown) expect(r.status, JSON.stringify(startInfo)).toBe(201);
      else {
        expect(r.status, JSON.stringify(startInfo)).toBe(400);
        expect(r.json).toMatchObject({ message: 'startJobParameters must not be null', errorCode: 0 });
      }
    }
    const created = cases.filter(([, isKnown]) => isKnown).length;
    expect(s.orchestrator.state.jobs.size).toBe(before + created);
  });

  it('accepts the minimal body every version knows', async () => {
    const rel = release(sb(v));
    const r = await sb(v).call(START, {
      headers: { 'X-UIPATH-OrganizationUnitId': rel.folderId },
      body: { startInfo: { ReleaseKey: rel.key, Strategy: 'JobsCount', JobsCount: 1, InputArguments: '{}' } },
    });
    expect(r.status).toBe(201);
    expect(r.json.value[0].State).toBe('Pending');
  });

  it('refuses $select of a release property the version lacks with the OData 400', async () => {
    const rel = release(sb(v));
    const r = await sb(v).call('/odata/Releases?$select=Id,Name,HiddenForAttendedUser', {
      headers: { 'X-UIPATH-OrganizationUnitId': rel.folderId },
    });
    if (e.attendedSelect) expect(r.status).toBe(200);
    else {
      expect(r.status).toBe(400);
      expect(r.json.message).toContain("Could not find a property named 'HiddenForAttendedUser'");
    }
  });

  it('lists releases across folders only where the version has it, else 1101 in its wording', async () => {
    const r = await sb(v).call('/odata/Releases?$top=1');
    if (e.cross) expect(r.status).toBe(200);
    else expect(r.json).toMatchObject({ errorCode: 1101, message: OLD_1101 });
    const start = await sb(v).call(START, { body: { startInfo: { ReleaseKey: release(sb(v)).key, Strategy: 'JobsCount', JobsCount: 1 } } });
    expect(start.status).toBe(400);
    expect(start.json).toMatchObject({ errorCode: 1101, message: e.oldWording ? OLD_1101 : NEW_1101 });
  });

  it('has /api/Folders/GetAllForCurrentUser only from API v18', async () => {
    const r = await sb(v).call('/api/Folders/GetAllForCurrentUser?take=10&skip=0');
    expect(r.status).toBe(e.forCurrentUser ? 200 : 404);
  });

  it('refuses OAuth tokens on /api/FoldersNavigation with 403', async () => {
    for (const who of ['alice', 'app'] as const) {
      const r = await sb(v).call('/api/FoldersNavigation/GetAllFoldersForCurrentUser', { as: who });
      expect(r.status).toBe(403);
    }
  });

  it('signs in users through /api/Account/Authenticate everywhere but Cloud', async () => {
    const r = await sb(v).call('/api/Account/Authenticate', {
      as: null,
      body: { tenancyName: sb(v).tenant, usernameOrEmailAddress: 'alice', password: 'alice-demo-1' },
    });
    expect(r.status).toBe(e.legacy ? 200 : 404);
    if (e.legacy) {
      const nav = await sb(v).call('/api/FoldersNavigation/GetAllFoldersForCurrentUser', { token: r.json.result });
      expect(nav.status).toBe(200);
      expect(nav.json.map((f: { FullyQualifiedName: string }) => f.FullyQualifiedName)).toContain('Finance/Invoices');
    }
  });

  it('issues client-credentials tokens only from 21.4, and has an Identity Server only from 20.4', async () => {
    const { clientId, clientSecret } = sb(v).clients.confidential;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'OR.Jobs',
    });
    const token = await fetch(`${sb(v).identityUrl}/connect/token`, { method: 'POST', body: form });
    if (!e.identity) expect(token.status).toBe(404);
    else if (e.appToken) expect(token.status).toBe(200);
    else {
      // RFC 6749 §5.2: an unknown client is 401 invalid_client.
      expect(token.status).toBe(401);
      expect((await token.json()).error).toBe('invalid_client');
    }
  });

  it('offers the job webhook events of its version', async () => {
    const r = await sb(v).call('/odata/Webhooks/UiPath.Server.Configuration.OData.GetEventTypes');
    expect(r.json.value).toHaveLength(e.events);
    const stopping = await sb(v).call('/odata/Webhooks', {
      body: {
        Name: 'w',
        Url: 'http://127.0.0.1:9/hook',
        Enabled: true,
        SubscribeToAllEvents: false,
        AllowInsecureSsl: false,
        Events: [{ EventType: 'job.stopping' }],
      },
    });
    expect(stopping.status).toBe(e.events === 9 ? 201 : 400);
  });

  it('expands Machine on jobs only from 21.10', async () => {
    const rel = release(sb(v));
    const r = await sb(v).call('/odata/Jobs?$expand=Robot,Machine', { headers: { 'X-UIPATH-OrganizationUnitId': rel.folderId } });
    expect(r.status).toBe(e.machineExpand ? 200 : 400);
  });
});

describe('every profile', () => {
  it('is offered by the table with a label and its facts', () => {
    expect(SANDBOX_VERSIONS).toEqual(Object.keys(EXPECT));
    for (const v of SANDBOX_VERSIONS) expect(versionProfile(v).version).toBe(v);
    expect(versionProfile('current').version).toBe('cloud');
  });

  it('answers a non-numeric X-UIPATH-OrganizationUnitId with 1101 in the old wording (captured on Cloud)', async () => {
    const r = await sb('cloud').call('/odata/Releases', { headers: { 'X-UIPATH-OrganizationUnitId': 'Shared' } });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ errorCode: 1101, message: OLD_1101 });
  });
});

describe('folder visibility by permission', () => {
  const names = (r: { json: { value: Array<{ FullyQualifiedName: string }> } }) => r.json.value.map((f) => f.FullyQualifiedName);

  it('does not list Sales to dave, who may run there without SubFolders.View, but lists his workspace', async () => {
    const r = await sb('23.10').call('/odata/Folders', { as: 'dave' });
    expect(names(r)).toEqual(["Dave Okafor's workspace"]);
    expect(r.json.value[0]).toMatchObject({ IsPersonal: true, FolderType: 'Personal' });
  });

  it('lets dave start a job in Sales by its folder id all the same', async () => {
    const rel = release(sb('23.10'), 'Sales');
    const r = await sb('23.10').call(START, {
      as: 'dave',
      headers: { 'X-UIPATH-OrganizationUnitId': rel.folderId },
      body: { startInfo: { ReleaseKey: rel.key, Strategy: 'ModernJobsCount', JobsCount: 1 } },
    });
    expect(r.status).toBe(201);
  });

  it('shows dave Sales and his workspace in GetAllForCurrentUser, and the confidential app nothing', async () => {
    const dave = await sb('cloud').call('/api/Folders/GetAllForCurrentUser', { as: 'dave' });
    expect(dave.json.PageItems.map((f: { FullyQualifiedName: string }) => f.FullyQualifiedName).sort()).toEqual([
      "Dave Okafor's workspace",
      'Sales',
    ]);
    const app = await sb('cloud').call('/api/Folders/GetAllForCurrentUser', { as: 'app' });
    expect(app.json).toEqual({ PageItems: [], Count: 0 });
  });

  it('keeps dave out of a folder he has no role in (1100)', async () => {
    const rel = release(sb('23.10'), 'Finance');
    const r = await sb('23.10').call('/odata/Releases', { as: 'dave', headers: { 'X-UIPATH-OrganizationUnitId': rel.folderId } });
    expect(r.json.errorCode).toBe(1100);
  });
});

describe('licence-plan change', () => {
  let s: TestSandbox;
  beforeAll(async () => {
    s = await startTestSandbox({ version: '22.10' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('gives every folder a new Id, keeps its Key, and answers the old Id with 1100', async () => {
    const before = release(s, 'Finance/Invoices');
    const renumbered = await s.admin('/folders/renumber', { method: 'POST' });
    expect(renumbered.status).toBe(200);
    const moved = renumbered.json.value.find((m: { key: string }) => m.key === before.folderKey);
    expect(String(moved.oldId)).toBe(before.folderId);
    expect(moved.newId).not.toBe(moved.oldId);

    const old = await s.call('/odata/Releases', { headers: { 'X-UIPATH-OrganizationUnitId': before.folderId } });
    expect(old.json).toMatchObject({ errorCode: 1100, message: 'Folder does not exist or the user does not have access to the folder.' });
    const byKey = await s.call('/odata/Releases?$top=1', { headers: { 'X-UIPATH-FolderKey': before.folderKey } });
    expect(byKey.json.value[0].OrganizationUnitId).toBe(moved.newId);
    const folders = await s.call("/odata/Folders?$filter=FullyQualifiedName eq 'Finance/Invoices'");
    expect(folders.json.value[0]).toMatchObject({ Id: moved.newId, Key: before.folderKey });
  });
});

describe('per-app scopes at the Identity Server', () => {
  it('sends the browser to its own error page with invalid_scope when the desktop app asks for a scope it is not granted', async () => {
    const s = sb('cloud');
    const q = new URLSearchParams({
      client_id: s.clients.desktop.clientId,
      redirect_uri: s.clients.desktop.redirectUris[0]!,
      response_type: 'code',
      scope: 'openid OR.Jobs OR.Robots.Read',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
      state: 'xyz',
    });
    const r = await fetch(`${s.identityUrl}/connect/authorize?${q}`, { redirect: 'manual' });
    expect(r.status).toBe(302);
    const location = new URL(r.headers.get('location')!, s.identityUrl);
    expect(location.pathname).toBe('/identity/web/login');
    expect(location.searchParams.get('errorCode')).toBe('invalid_scope');
    expect(location.searchParams.get('returnUrl')).toContain('/connect/authorize');
    const landing = await fetch(location);
    expect(await landing.text()).toContain('invalid_scope');
  });

  it('refuses a client-credentials request naming one scope the app is not granted, and grants its own', async () => {
    const s = sb('cloud');
    const { clientId, clientSecret } = s.clients.confidential;
    const ask = (scope: string) =>
      fetch(`${s.identityUrl}/connect/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope }),
      });
    const refused = await ask('OR.Jobs OR.Machines');
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toBe('invalid_scope');
    const granted = await ask('OR.Jobs OR.Robots.Read');
    expect(granted.status).toBe(200);
  });
});

describe('per-tenant rate limit', () => {
  let s: TestSandbox;
  beforeAll(async () => {
    s = await startTestSandbox({ version: 'cloud' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('counts job listings of every client of the tenant together and answers 429 with Retry-After', async () => {
    const url = `${s.cloudUrl}/orchestrator_/odata/Jobs?$top=1`;
    for (let i = 0; i < 50; i += 1) expect((await s.call(url, { as: 'alice' })).status).toBe(200);
    for (let i = 0; i < 50; i += 1) expect((await s.call(url, { as: 'app' })).status).toBe(200);
    const limited = await s.call(url, { as: 'bob' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    s.clock.advance(61_000);
    expect((await s.call(url, { as: 'bob' })).status).toBe(200);
  });

  it('does not limit on-prem profiles, where no limit is documented', async () => {
    const onPrem = await startTestSandbox({ version: '25.10' });
    try {
      const url = `${onPrem.cloudUrl}/orchestrator_/odata/Jobs?$top=1`;
      const statuses = new Set<number>();
      for (let i = 0; i < 101; i += 1) statuses.add((await onPrem.call(url)).status);
      expect([...statuses]).toEqual([200]);
    } finally {
      await onPrem.close();
    }
  });
});

describe('job webhook events by version', () => {
  async function stopEvents(version: OrchestratorVersion): Promise<Array<Record<string, unknown>>> {
    const received: Array<Record<string, unknown>> = [];
    const s = await startTestSandbox({
      version,
      webhookSender: async (_url, body) => {
        received.push(JSON.parse(body));
      },
    });
    try {
      const rel = release(s);
      const headers = { 'X-UIPATH-OrganizationUnitId': rel.folderId };
      const hook = await s.call('/odata/Webhooks', {
        body: {
          Name: 'all',
          Url: 'http://127.0.0.1:9/hook',
          Enabled: true,
          SubscribeToAllEvents: true,
          AllowInsecureSsl: false,
          Events: [],
        },
      });
      expect(hook.status).toBe(201);
      const started = await s.call(START, { headers, body: { startInfo: { ReleaseKey: rel.key, Strategy: 'JobsCount', JobsCount: 1 } } });
      s.clock.advance(2_000);
      const stop = await s.call('/odata/Jobs/UiPath.Server.Configuration.OData.StopJobs', {
        headers,
        body: { jobIds: [started.json.value[0].Id], strategy: 'SoftStop' },
      });
      expect(stop.status).toBe(200);
      s.clock.advance(3_000);
      await s.orchestrator.webhooksIdle();
      return received;
    } finally {
      await s.close();
    }
  }

  it('sends job.stopping on 23.10, and job.stopped with a Jobs array', async () => {
    const events = await stopEvents('23.10');
    expect(events.map((e) => e.Type)).toEqual(['job.created', 'job.started', 'job.stopping', 'job.stopped']);
    expect(events[3]).toHaveProperty('Jobs');
    expect(events[3]).not.toHaveProperty('Job');
  });

  it('never sends job.stopping on 23.4, which has no such event', async () => {
    const events = await stopEvents('23.4');
    expect(events.map((e) => e.Type)).toEqual(['job.created', 'job.started', 'job.stopped']);
  });
});
