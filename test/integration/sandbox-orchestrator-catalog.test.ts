import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFolderPath } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.close();
});

const folderId = (path: string): number => sb.orchestrator.state.seed.folders.find((f) => f.fullyQualifiedName === path)!.id;
const folderKey = (path: string): string => sb.orchestrator.state.seed.folders.find((f) => f.fullyQualifiedName === path)!.key;
const names = (body: { value: Array<{ Name?: string; FullyQualifiedName?: string }> }): string[] =>
  body.value.map((v) => v.Name ?? v.FullyQualifiedName ?? '');

describe('authentication', () => {
  it('answers 401 with an Orchestrator error body when no token is sent', async () => {
    const r = await sb.call('/odata/Folders', { as: null });
    expect(r.status).toBe(401);
    expect(r.json).toEqual({
      message: 'You are not authenticated!',
      errorCode: 0,
      traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/),
    });
  });

  it('rejects a token that is not signed by a trusted key', async () => {
    const good = await sb.tokenFor('alice');
    const [h, p] = good.split('.');
    const r = await sb.call('/odata/Folders', { token: `${h}.${p}.AAAA` });
    expect(r.status).toBe(401);
  });

  it('rejects a token once the clock passes its expiry', async () => {
    const token = await sb.tokenFor('alice', { expiresInSeconds: 60 });
    expect((await sb.call('/odata/Folders', { token })).status).toBe(200);
    sb.clock.advance(120_000);
    expect((await sb.call('/odata/Folders', { token })).status).toBe(401);
  });

  it('answers 403 when the token lacks the operation scope', async () => {
    const r = await sb.call('/odata/Releases', { scopes: ['OR.Folders.Read'] });
    expect(r.status).toBe(403);
    expect(r.json.errorCode).toBe(0);
  });

  it('accepts the read-only scope of an operation', async () => {
    expect((await sb.call('/odata/Folders', { scopes: ['OR.Folders.Read'] })).status).toBe(200);
  });

  it('refuses a tenant header naming another tenant', async () => {
    const r = await sb.call('/odata/Folders', { headers: { 'X-UIPATH-TenantName': 'OtherTenant' } });
    expect(r.status).toBe(401);
  });
});

describe('folders', () => {
  it('lists every folder for alice with FolderDto fields', async () => {
    const r = await sb.call('/odata/Folders?$count=true');
    expect(r.status).toBe(200);
    expect(r.json['@odata.context']).toBe(`${sb.orchestratorUrl}/odata/$metadata#Folders`);
    expect(r.json['@odata.count']).toBe(9);
    expect(names(r.json)).toContain('Finance/Invoices');
    const invoices = r.json.value.find((f: { FullyQualifiedName: string }) => f.FullyQualifiedName === 'Finance/Invoices');
    expect(invoices).toMatchObject({
      DisplayName: 'Invoices',
      ParentId: folderId('Finance'),
      FolderType: 'Standard',
      PermissionModel: 'FineGrained',
    });
  });

  it('shows bob only the Finance folders and carol none', async () => {
    expect(names((await sb.call('/odata/Folders', { as: 'bob' })).json).sort()).toEqual(['Finance', 'Finance/Close', 'Finance/Invoices']);
    expect((await sb.call('/odata/Folders', { as: 'carol' })).json.value).toEqual([]);
  });

  it('keeps HR away from the confidential app', async () => {
    const visible = names((await sb.call('/odata/Folders', { as: 'app' })).json);
    expect(visible).toContain('Shared');
    expect(visible).not.toContain('HR');
  });

  it('pages GetAllForCurrentUser with PageItems and Count', async () => {
    const r = await sb.call('/api/Folders/GetAllForCurrentUser?skip=2&take=3');
    expect(r.json.Count).toBe(9);
    expect(r.json.PageItems).toHaveLength(3);
    expect(Object.keys(r.json.PageItems[0]).sort()).toEqual([
      'Description',
      'DisplayName',
      'FolderType',
      'FullyQualifiedName',
      'Id',
      'Key',
      'ParentId',
      'ParentKey',
    ]);
  });
});

describe('releases', () => {
  it('lists releases across folders without a folder header, each naming its folder', async () => {
    const r = await sb.call('/odata/Releases?$count=true');
    expect(r.json['@odata.count']).toBeGreaterThanOrEqual(40);
    const intake = r.json.value.find((v: { Name: string }) => v.Name === 'Invoice Intake');
    expect(intake).toMatchObject({
      OrganizationUnitId: folderId('Finance/Invoices'),
      OrganizationUnitFullyQualifiedName: 'Finance/Invoices',
      FolderKey: folderKey('Finance/Invoices'),
      ProcessKey: 'Invoice.Intake',
      IsAttended: false,
      InputArguments: '{"in_MaxInvoices":50}',
    });
    const inputs = JSON.parse(intake.Arguments.Input);
    expect(inputs[0]).toEqual({
      name: 'in_Mailbox',
      type: expect.stringMatching(/^System\.String, mscorlib/),
      required: true,
      hasDefault: false,
    });
  });

  it('limits a cross-folder listing to folders where every mandatory permission is held', async () => {
    const all = await sb.call('/odata/Releases?$count=true&$top=0', { as: 'bob' });
    expect(all.json['@odata.count']).toBeGreaterThan(0);
    const runnable = await sb.call('/odata/Releases?mandatoryPermissions=Jobs.Create&$count=true', { as: 'bob' });
    expect(runnable.json['@odata.count']).toBe(0);
    const alice = await sb.call('/odata/Releases?mandatoryPermissions=Jobs.Create,Jobs.View&$count=true&$top=0');
    // Every release but the one in dave's personal workspace, where alice has no role.
    const { state } = sb.orchestrator;
    const shared = [...state.releases.values()].filter((r) => state.folders.get(r.folderId)!.isPersonal !== true);
    expect(alice.json['@odata.count']).toBe(shared.length);
  });

  it('honours atLeastOnePermissions', async () => {
    const r = await sb.call('/odata/Releases?atLeastOnePermissions=Jobs.Create,Jobs.Edit&$count=true&$top=0', { as: 'bob' });
    expect(r.json['@odata.count']).toBe(0);
  });

  it.each([
    ['X-UIPATH-OrganizationUnitId', () => String(folderId('Finance/Invoices'))],
    ['X-UIPATH-FolderKey', () => folderKey('Finance/Invoices')],
    ['X-UIPATH-FolderPath', () => 'Finance/Invoices'],
    ['X-UIPATH-FolderPath-Encoded', () => encodeFolderPath('Finance/Invoices')],
  ])('scopes the listing to the folder named by %s', async (header, value) => {
    const r = await sb.call('/odata/Releases', { headers: { [header]: value() } });
    expect(r.status).toBe(200);
    expect(new Set(r.json.value.map((v: { OrganizationUnitFullyQualifiedName: string }) => v.OrganizationUnitFullyQualifiedName))).toEqual(
      new Set(['Finance/Invoices']),
    );
  });

  it('answers 1100 for a folder the caller cannot see', async () => {
    const r = await sb.call('/odata/Releases', { as: 'bob', headers: { 'X-UIPATH-OrganizationUnitId': String(folderId('HR')) } });
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ errorCode: 1100, message: 'Folder does not exist or the user does not have access to the folder.' });
  });

  it('gets one release by id, and 1002 for an unknown id', async () => {
    const release = [...sb.orchestrator.state.releases.values()][0]!;
    const ok = await sb.call(`/odata/Releases(${release.id})`, { headers: { 'X-UIPATH-OrganizationUnitId': String(release.folderId) } });
    expect(ok.json).toMatchObject({ Id: release.id, Key: release.key, Name: release.name });
    const missing = await sb.call('/odata/Releases(999999)', { headers: { 'X-UIPATH-OrganizationUnitId': String(release.folderId) } });
    expect(missing.status).toBe(404);
    expect(missing.json.errorCode).toBe(1002);
  });
});

describe('OData query options', () => {
  it('pages with $top and $skip in $orderby order and counts the whole result', async () => {
    const first = await sb.call('/odata/Releases?$orderby=Name&$top=5&$count=true');
    const second = await sb.call('/odata/Releases?$orderby=Name&$top=5&$skip=5');
    const every = await sb.call('/odata/Releases?$orderby=Name');
    expect([...names(first.json), ...names(second.json)]).toEqual(names(every.json).slice(0, 10));
    expect(first.json['@odata.count']).toBe(every.json.value.length);
  });

  it('refuses $top above 1000 with a 400 Orchestrator error', async () => {
    const r = await sb.call('/odata/Releases?$top=1001');
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ errorCode: 1000, message: expect.stringContaining("'1000'") });
  });

  it.each([
    ["Name eq 'invoice intake'", ['Invoice Intake']],
    [
      "contains(Name,'Invoice') and OrganizationUnitFullyQualifiedName eq 'Finance/Invoices'",
      ['Duplicate Invoice Check', 'Invoice Approval Reminder', 'Invoice Intake', 'Invoice Posting to SAP'],
    ],
    ["startswith(Name,'Bank') or (IsAttended eq true and startswith(Name,'Quote'))", ['Bank Reconciliation', 'Quote Generator']],
    ["Name in ('Hello World','Service Restart')", ['Hello World', 'Service Restart']],
    ["not (OrganizationUnitId ne 46832) and ProcessVersion ge '1.0.2' and ProcessVersion lt '2'", ['Hello World', 'Send Status Email']],
  ])('filters with %s', async (filter, expected) => {
    const r = await sb.call(`/odata/Releases?$filter=${encodeURIComponent(filter)}&$orderby=Name`);
    expect(r.status).toBe(200);
    expect(names(r.json)).toEqual(expected);
  });

  it('filters by GUID and by datetime literals', async () => {
    const release = [...sb.orchestrator.state.releases.values()][3]!;
    const byKey = await sb.call(`/odata/Releases?$filter=${encodeURIComponent(`Key eq ${release.key}`)}`);
    expect(names(byKey.json)).toEqual([release.name]);
    const old = await sb.call(`/odata/Releases?$filter=${encodeURIComponent('CreationTime lt 2000-01-01T00:00:00Z')}`);
    expect(old.json.value).toEqual([]);
  });

  it('returns only the $select properties', async () => {
    const r = await sb.call('/odata/Releases?$select=id,Name&$top=1');
    expect(Object.keys(r.json.value[0]).sort()).toEqual(['Id', 'Name']);
  });

  it.each(["Name eq 'unterminated", 'Name eq', 'NoSuchField eq 1', "substringof('a',Name)", 'Name eq 1 1'])(
    'answers 400 (not a crash) to the unsupported filter %s',
    async (filter) => {
      const r = await sb.call(`/odata/Releases?$filter=${encodeURIComponent(filter)}`);
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({ errorCode: 1000, message: expect.any(String), traceId: expect.any(String) });
    },
  );

  it('refuses an unknown $ option', async () => {
    expect((await sb.call('/odata/Releases?$apply=groupby(Name)')).status).toBe(400);
  });
});

describe('current user, status and layouts', () => {
  it('returns the current user with tenant fields', async () => {
    const r = await sb.call('/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser');
    expect(r.json).toMatchObject({
      UserName: 'alice',
      EmailAddress: 'alice@sandbox.baton.test',
      TenancyName: sb.tenant,
      Id: 11,
      Type: 'User',
    });
  });

  it('answers status and health without a token', async () => {
    expect((await sb.call('/api/Status/Get', { as: null })).status).toBe(200);
    expect((await sb.call('/api/health', { as: null })).status).toBe(200);
  });

  it('serves the same API under the Cloud layout with a matching @odata.context', async () => {
    const r = await sb.call(`${sb.cloudUrl}/orchestrator_/odata/Folders?$top=1`);
    expect(r.status).toBe(200);
    expect(r.json['@odata.context']).toBe(`${sb.cloudUrl}/orchestrator_/odata/$metadata#Folders`);
  });

  it('answers 404 under an unknown organization or tenant', async () => {
    const r = await sb.call(`${sb.orchestratorUrl}/${sb.org}/NoTenant/orchestrator_/odata/Folders`);
    expect(r.status).toBe(404);
  });
});
