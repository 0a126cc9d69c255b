import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

describe('Orchestrator 19.10 profile', () => {
  let sb: TestSandbox;
  let token: string;
  beforeAll(async () => {
    sb = await startTestSandbox({ version: '19.10' });
    const login = await sb.call('/api/Account/Authenticate', {
      as: null,
      body: { tenancyName: sb.tenant, usernameOrEmailAddress: 'alice', password: 'alice-demo-1' },
    });
    token = login.json.result;
  });
  afterAll(async () => {
    await sb?.close();
  });
  const folderId = () => String(sb.orchestrator.state.seed.folders[0]!.id);

  it('signs in through /api/Account/Authenticate with the ABP envelope', async () => {
    expect(token).toEqual(expect.any(String));
    const r = await sb.call('/odata/Folders', { token });
    expect(r.status).toBe(200);
  });

  it('refuses a wrong password with the ABP error envelope', async () => {
    const r = await sb.call('/api/Account/Authenticate', {
      as: null,
      body: { tenancyName: sb.tenant, usernameOrEmailAddress: 'alice', password: 'nope' },
    });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ success: false, result: null, __abp: true, error: { message: expect.any(String) } });
  });

  it('has no cross-folder listing: Releases and Jobs need a folder', async () => {
    for (const path of ['/odata/Releases', '/odata/Jobs']) {
      const r = await sb.call(path, { token });
      expect(r.status).toBe(400);
      expect(r.json.errorCode).toBe(1101);
    }
    expect((await sb.call('/odata/Releases', { token, headers: { 'X-UIPATH-OrganizationUnitId': folderId() } })).status).toBe(200);
  });

  it('serves the 19.10 DTO shapes (no Key on folders, Environment on releases)', async () => {
    const folder = (await sb.call('/odata/Folders?$top=1', { token })).json.value[0];
    expect(folder).not.toHaveProperty('Key');
    expect(folder).not.toHaveProperty('FolderType');
    const rel = (await sb.call('/odata/Releases?$top=1', { token, headers: { 'X-UIPATH-OrganizationUnitId': folderId() } })).json.value[0];
    expect(rel).toHaveProperty('EnvironmentName');
    expect(rel).not.toHaveProperty('OrganizationUnitId');
  });

  it('refuses the ModernJobsCount strategy and accepts JobsCount', async () => {
    const rel = [...sb.orchestrator.state.releases.values()][0]!;
    const headers = { 'X-UIPATH-OrganizationUnitId': String(rel.folderId) };
    const path = '/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs';
    const modern = await sb.call(path, {
      token,
      headers,
      body: { startInfo: { ReleaseKey: rel.key, Strategy: 'ModernJobsCount', JobsCount: 1 } },
    });
    expect(modern.status).toBe(400);
    const classic = await sb.call(path, {
      token,
      headers,
      body: { startInfo: { ReleaseKey: rel.key, Strategy: 'JobsCount', JobsCount: 1 } },
    });
    expect(classic.status).toBe(201);
    expect(classic.json.value[0]).not.toHaveProperty('Reference');
  });

  it('ignores X-UIPATH-FolderKey, which 19.10 does not know', async () => {
    const key = sb.orchestrator.state.seed.folders[0]!.key;
    expect((await sb.call('/odata/Releases', { token, headers: { 'X-UIPATH-FolderKey': key } })).json.errorCode).toBe(1101);
  });

  // Last: it moves the clock past every legacy token issued so far.
  it('expires the legacy token after 30 minutes', async () => {
    const login = await sb.call('/api/Account/Authenticate', { as: null, body: { usernameOrEmailAddress: 'bob', password: 'bob-demo-1' } });
    sb.clock.advance(31 * 60_000);
    expect((await sb.call('/odata/Folders', { token: login.json.result })).status).toBe(401);
  });
});

describe('Orchestrator 20.4 profile', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await startTestSandbox({ version: '20.4' });
  });
  afterAll(async () => {
    await sb?.close();
  });

  it('accepts ModernJobsCount but still lists per folder only', async () => {
    const rel = [...sb.orchestrator.state.releases.values()][0]!;
    const headers = { 'X-UIPATH-OrganizationUnitId': String(rel.folderId) };
    const r = await sb.call('/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs', {
      headers,
      body: { startInfo: { ReleaseKey: rel.key, Strategy: 'ModernJobsCount', JobsCount: 1 } },
    });
    expect(r.status).toBe(201);
    expect((await sb.call('/odata/Jobs')).json.errorCode).toBe(1101);
  });
});

describe('current profile', () => {
  it('has no legacy Account/Authenticate', async () => {
    const sb = await startTestSandbox();
    try {
      const r = await sb.call('/api/Account/Authenticate', {
        as: null,
        body: { usernameOrEmailAddress: 'alice', password: 'alice-demo-1' },
      });
      expect(r.status).toBe(404);
    } finally {
      await sb.close();
    }
  });
});
