import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createOrchestratorClient,
  dialectFor,
  listFoldersForUser,
  parseApiVersionHeader,
  startInfoFor,
  startJob,
  type OrchestratorConnection,
} from '../../../src/main/orchestrator';
import type { HttpFetch } from '../../../src/main/platform';
import { createManualClock } from '../../../src/main/platform/memory';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

type Answer = (url: string, init?: RequestInit) => Response;

/** A client on a scripted server that reports `apiVersion` (null: no header) on every answer. */
function serverOf(apiVersion: string | null, route: Answer, connection: Partial<OrchestratorConnection> = {}) {
  const calls: { url: string; headers: Headers; body?: unknown }[] = [];
  const fetch: HttpFetch = async (input, init) => {
    const url = decodeURIComponent(String(input));
    calls.push({ url, headers: new Headers(init?.headers), body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const response = route(url, init);
    if (apiVersion !== null) response.headers.set('api-supported-versions', apiVersion);
    return response;
  };
  const client = createOrchestratorClient({
    connection: { profileId: 'p', apiBaseUrl: 'http://orch.test', ...connection },
    tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
    fetch,
    clock: createManualClock(),
  });
  return { client, calls };
}

const request = { folderId: 7, folderPath: 'Shared', releaseKey: 'r-key', inputArguments: { a: 1 }, reference: 'baton-1' };

describe('the API version header', () => {
  it('keeps the highest version of a list and ignores what is not a number', () => {
    expect(parseApiVersionHeader('11.1')).toBe(11.1);
    expect(parseApiVersionHeader('13.0, 17.0,16.0')).toBe(17);
    expect(parseApiVersionHeader('abc')).toBeNull();
    expect(parseApiVersionHeader(null)).toBeNull();
  });
});

describe('the dialect table', () => {
  it.each([
    [null, false, false, ['odata-folders', 'navigation']],
    [11.1, true, true, ['odata-folders', 'navigation']],
    [13, true, true, ['odata-folders', 'navigation']],
    [16, true, true, ['odata-folders', 'navigation']],
    [17, true, true, ['odata-folders', 'navigation']],
    [20, true, true, ['current-user', 'odata-folders', 'navigation']],
  ] as const)('API %s: Reference %s, cross-folder listing %s, folders by %j', (version, hasReference, hasCrossFolder, listings) => {
    const dialect = dialectFor(version);
    expect(dialect.hasReference).toBe(hasReference);
    expect(dialect.hasCrossFolderListing).toBe(hasCrossFolder);
    expect(dialect.folderListings).toEqual(listings);
  });

  it('asks 20.10 to 23.4 (API 11–16) for no release field they lack: no HiddenForAttendedUser, no IsAttended', () => {
    for (const version of [11.1, 13, 15, 16]) {
      expect(dialectFor(version).releaseFields).not.toContain('HiddenForAttendedUser');
      expect(dialectFor(version).releaseFields).not.toContain('IsAttended');
    }
    expect(dialectFor(17).releaseFields).toEqual(expect.arrayContaining(['HiddenForAttendedUser', 'IsAttended']));
  });

  it('sends the minimal startInfo to a server without a version: no Reference, and JobsCount to 19.10', () => {
    const info = startInfoFor(dialectFor(null), request, 'full');
    expect(Object.keys(info).sort()).toEqual(['InputArguments', 'JobsCount', 'ReleaseKey', 'Source', 'Strategy']);
    expect(startInfoFor(dialectFor(null), request, 'minimal').Strategy).toBe('JobsCount');
    expect(startInfoFor(dialectFor(null, '19.10'), request, 'full').Strategy).toBe('JobsCount');
    expect(startInfoFor(dialectFor(null, '20.4'), request, 'full').Strategy).toBe('ModernJobsCount');
    expect(startInfoFor(dialectFor(11.1), request, 'full')).toMatchObject({ Reference: 'baton-1', Strategy: 'ModernJobsCount' });
  });

  it('refuses input arguments over 10000 characters before sending, naming the limit', () => {
    const long = { text: 'x'.repeat(10_000) };
    expect(() => startInfoFor(dialectFor(17), { ...request, inputArguments: long }, 'full')).toThrow(/at most 10000/);
  });
});

describe('a client on each dialect', () => {
  it.each([
    [{ Id: 1, DisplayName: 'Shared' }, 'legacy', '19.10'],
    [{ Id: 1, DisplayName: 'Shared', IsPersonal: false }, 'legacy', '20.4'],
    [undefined, 'oauth', '20.4'],
    [undefined, 'legacy', undefined],
  ] as const)('tells 19.10 from 20.4 without a header: folder row %j with a %s sign-in → %s', async (row, tokenKind, product) => {
    const { client } = serverOf(null, () => json(200, { value: row ? [row] : [] }), { tokenKind });
    expect((await client.dialect()).legacyProduct).toBe(product);
  });

  it('learns the version from the first answer and does not probe again', async () => {
    const { client, calls } = serverOf('17.0', () => json(200, { value: [] }));
    expect((await client.dialect()).apiVersion).toBe(17);
    await client.dialect();
    expect(calls).toHaveLength(1);
  });

  it('a proxy page without the header does not decide the version; Orchestrator JSON without it does', async () => {
    let isProxy = true;
    const { client } = serverOf(null, () =>
      isProxy
        ? new Response('<html>bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })
        : json(200, { value: [] }),
    );
    await client.request({ path: '/odata/Folders', maxRetries: 0 }, z.unknown()).catch(() => {});
    expect(client.knownDialect()).toBeUndefined();
    isProxy = false;
    expect((await client.dialect()).apiVersion).toBeNull();
  });

  it('sends X-UIPATH-FolderKey for a folder whose key it listed, where the version has it', async () => {
    const { client, calls } = serverOf('17.0', (url) =>
      url.includes('/odata/Folders')
        ? json(200, { '@odata.count': 1, value: [{ Id: 7, Key: 'k-7', DisplayName: 'Shared' }] })
        : json(201, { value: [{ Id: 1, State: 'Pending' }] }),
    );
    await listFoldersForUser(client);
    await startJob(client, request);
    const start = calls.find((c) => c.url.includes('StartJobs'))!;
    expect(start.headers.get('x-uipath-folderkey')).toBe('k-7');
    expect(start.headers.get('x-uipath-organizationunitid')).toBeNull();
  });

  it('lists folders by GetAllForCurrentUser on API 18+, and by /odata/Folders when that is empty (a confidential app)', async () => {
    const { client, calls } = serverOf('20.0', (url) =>
      url.includes('GetAllForCurrentUser')
        ? json(200, { PageItems: [], Count: 0 })
        : json(200, { '@odata.count': 1, value: [{ Id: 3, DisplayName: 'Finance' }] }),
    );
    const listed = await listFoldersForUser(client);
    expect(listed.folders.map((f) => f.Id)).toEqual([3]);
    expect(calls.map((c) => c.url.split('?')[0])).toEqual([
      'http://orch.test/odata/Folders',
      'http://orch.test/api/Folders/GetAllForCurrentUser',
      'http://orch.test/odata/Folders',
    ]);
  });

  it('uses the navigation listing only with a legacy sign-in, which it accepts', async () => {
    const route: Answer = (url) =>
      url.includes('FoldersNavigation')
        ? json(200, [{ Id: 9, DisplayName: 'Sales', FullyQualifiedName: 'Sales' }])
        : json(200, { value: [] });
    const oauth = serverOf(null, route, { tokenKind: 'oauth' });
    expect((await listFoldersForUser(oauth.client)).folders).toEqual([]);
    expect(oauth.calls.some((c) => c.url.includes('FoldersNavigation'))).toBe(false);
    const legacy = serverOf(null, route, { tokenKind: 'legacy' });
    expect((await listFoldersForUser(legacy.client)).folders.map((f) => f.Id)).toEqual([9]);
  });
});
