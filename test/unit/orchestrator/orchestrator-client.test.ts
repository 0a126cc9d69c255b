import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createOrchestratorClient,
  listReleasesAcrossFolders,
  parseInputArguments,
  parseRetryAfter,
  retryDelay,
  DEFAULT_RETRY_POLICY,
} from '../../../src/main/orchestrator';
import type { HttpFetch } from '../../../src/main/platform';
import { createManualClock } from '../../../src/main/platform/memory';
import { refusal } from '../../support/refusal';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A client whose fetch answers from a script; the manual clock fires backoff timers as soon as they are due. */
function clientWith(answers: ((url: string, init?: RequestInit) => Response | Promise<Response>)[], tokens = { refreshed: 0 }) {
  const clock = createManualClock();
  const calls: { url: string; at: number; headers: Headers; method: string }[] = [];
  const fetch: HttpFetch = async (input, init) => {
    calls.push({ url: String(input), at: clock.now(), headers: new Headers(init?.headers), method: init?.method ?? 'GET' });
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    return answer(String(input), init);
  };
  const client = createOrchestratorClient({
    connection: { profileId: 'p', apiBaseUrl: 'http://orch.test/', tenant: 'Default' },
    tokens: { getAccessToken: async () => 'token-1', refreshAccessToken: async () => `token-${(tokens.refreshed += 1) + 1}` },
    fetch,
    clock,
    random: () => 0.5,
  });
  /** Runs the call, moving the clock whenever it waits. */
  const run = async <T>(promise: Promise<T>, stepMs = 100): Promise<T> => {
    let done = false;
    const tracked = promise.finally(() => (done = true));
    tracked.catch(() => {});
    for (let i = 0; i < 1000 && !done; i += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      clock.advance(stepMs);
    }
    return tracked;
  };
  return { client, calls, run, clock, tokens };
}

const any = z.unknown();

describe('the Orchestrator client', () => {
  it('sends the bearer token, the tenant and the folder headers', async () => {
    const { client, calls } = clientWith([() => json(200, { value: [] })]);
    await client.request({ path: '/odata/Releases', folderId: 42, query: { $top: 10, $select: 'Id,Key' } }, any);
    expect(calls[0]!.url).toBe('http://orch.test/odata/Releases?$top=10&$select=Id%2CKey');
    expect(calls[0]!.headers.get('authorization')).toBe('Bearer token-1');
    expect(calls[0]!.headers.get('x-uipath-tenantname')).toBe('Default');
    expect(calls[0]!.headers.get('x-uipath-organizationunitid')).toBe('42');
  });

  it('retries a GET after 503 with backoff and succeeds', async () => {
    const { client, calls, run } = clientWith([() => json(503, {}), () => json(502, {}), () => json(200, { ok: true })]);
    await expect(run(client.request({ path: '/odata/Folders' }, any))).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(3);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(500);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('waits as long as Retry-After says after a 429', async () => {
    const { client, calls, run } = clientWith([() => json(429, { message: 'slow down' }, { 'retry-after': '7' }), () => json(200, {})]);
    await run(client.request({ path: '/odata/Jobs' }, any));
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(7000);
  });

  it('does not retry a POST after 503: it may have been done', async () => {
    const { client, calls, run } = clientWith([() => json(503, {}), () => json(200, {})]);
    const error = await run(client.request({ method: 'POST', path: '/odata/Jobs/x', body: {} }, any)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK_UNREACHABLE', isAmbiguous: true });
    expect(calls).toHaveLength(1);
  });

  it('renews the token once after a 401 and sends the request again', async () => {
    const { client, calls, tokens } = clientWith([() => json(401, { message: 'You are not authenticated!' }), () => json(200, {})]);
    await client.request({ path: '/odata/Folders' }, any);
    expect(tokens.refreshed).toBe(1);
    expect(calls[1]!.headers.get('authorization')).toBe('Bearer token-2');
  });

  it('gives up with AUTH_REQUIRED after a second 401', async () => {
    const { client } = clientWith([() => json(401, {}), () => json(401, {})]);
    await expect(client.request({ path: '/odata/Folders' }, any)).rejects.toMatchObject({ code: 'AUTH_REQUIRED', hint: 'Sign in again.' });
  });

  it('turns a 403 into FORBIDDEN naming the permission and the folder', async () => {
    const { client } = clientWith([() => json(403, { message: 'You are not authorized!', errorCode: 0, traceId: 't' })]);
    const request = client.request(
      { method: 'POST', path: '/odata/Jobs/x', context: { permission: 'Jobs.Create', folderPath: 'Finance' } },
      any,
    );
    await expect(request).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Your account lacks Jobs.Create in folder Finance.' });
  });

  it('maps a missing folder (1100) to NOT_FOUND and a network failure to NETWORK_UNREACHABLE', async () => {
    const { client, run } = clientWith([
      () => json(404, { message: 'Folder does not exist or the user does not have access to the folder.', errorCode: 1100 }),
      ...Array.from({ length: 4 }, () => () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }))),
    ]);
    await expect(client.request({ path: '/odata/Releases', folderId: 1 }, any)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(run(client.request({ path: '/odata/Releases' }, any))).rejects.toMatchObject({ code: 'NETWORK_UNREACHABLE' });
  });

  it('aborts an attempt that takes longer than the timeout', async () => {
    const { client, run } = clientWith(
      Array.from(
        { length: 4 },
        () => (_url: string, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      ),
    );
    await expect(run(client.request({ path: '/odata/Folders' }, any), 1000)).rejects.toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: expect.stringContaining('in time'),
    });
  });
});

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });

  it('backs off exponentially within ±25 % and caps at 30 s', () => {
    expect(retryDelay(DEFAULT_RETRY_POLICY, 0, () => 0)).toBe(375);
    expect(retryDelay(DEFAULT_RETRY_POLICY, 2, () => 1)).toBe(2500);
    expect(retryDelay(DEFAULT_RETRY_POLICY, 20, () => 0.5)).toBe(30_000);
  });
});

describe('argument schemas', () => {
  it('parses Arguments.Input with .NET types into kinds and takes defaults from the release', () => {
    const input = JSON.stringify([
      { name: 'in_Count', type: 'System.Int32, mscorlib, Version=4.0.0.0', required: true, hasDefault: false },
      { name: 'in_When', type: 'System.DateTime, mscorlib', required: false, hasDefault: false },
      { name: 'in_Tags', type: 'System.String[], mscorlib', required: false, hasDefault: true },
    ]);
    expect(parseInputArguments(input, '{"in_Tags":["a"]}')).toEqual([
      { name: 'in_Count', kind: 'integer', typeName: 'System.Int32', isRequired: true, hasDefault: false },
      { name: 'in_When', kind: 'datetime', typeName: 'System.DateTime', isRequired: false, hasDefault: false },
      { name: 'in_Tags', kind: 'json', typeName: 'System.String[]', isRequired: false, hasDefault: true, defaultValue: ['a'] },
    ]);
  });

  it('yields no arguments for a missing or unreadable schema', () => {
    expect(parseInputArguments(null, null)).toEqual([]);
    expect(parseInputArguments('not json', null)).toEqual([]);
  });

  it('yields no arguments when one entry of the list has no name or a flag that is not a boolean', () => {
    expect(parseInputArguments('[{"name":"in_A","type":"System.String"},{"type":"System.Int32"}]', null)).toEqual([]);
    expect(parseInputArguments('[{"name":"in_A","required":"yes"}]', null)).toEqual([]);
    expect(parseInputArguments('{"name":"in_A"}', null)).toEqual([]);
  });
});

describe('release listings', () => {
  const probe = () => json(200, { value: [] }, { 'api-supported-versions': '18.0' });
  const row = (id: number, extra: Record<string, unknown> = {}) => ({
    Id: id,
    Key: `key-${id}`,
    Name: `Process ${id}`,
    Arguments: { Input: null, Output: null },
    OrganizationUnitId: 7,
    ...extra,
  });

  it('refuses a page with a malformed row, naming the row and the field', async () => {
    const { client } = clientWith([probe, () => json(200, { '@odata.count': 3, value: [row(1), row(2, { Key: 12 }), row(3)] })]);
    const error = await refusal(listReleasesAcrossFolders(client));
    expect([error.code, error.message]).toEqual(['INTERNAL', 'Orchestrator’s answer to /odata/Releases has an unexpected shape.']);
    expect(error.details).toEqual({ issues: ['value.1.Key: expected string, received number'] });
  });

  it('asks for the other pages as soon as the first page tells the count, before its rows are checked', async () => {
    const { client, calls } = clientWith([
      probe,
      () => json(200, { '@odata.count': 2500, value: [row(1, { Key: 12 })] }),
      () => json(200, { value: [row(1001)] }),
      () => json(200, { value: [row(2001)] }),
    ]);
    expect((await refusal(listReleasesAcrossFolders(client))).details).toEqual({
      issues: ['value.0.Key: expected string, received number'],
    });
    expect(calls.map((c) => new URL(c.url).searchParams.get('$skip'))).toEqual([null, '0', '1000', '2000']);
  });

  it('refuses a row whose nested Arguments are not an object, and a count that is not a number', async () => {
    const { client } = clientWith([probe, () => json(200, { value: [row(1, { Arguments: 'x' })] })]);
    expect((await refusal(listReleasesAcrossFolders(client))).details).toEqual({
      issues: ['value.0.Arguments: expected object, received string'],
    });
    const counted = clientWith([probe, () => json(200, { '@odata.count': '1', value: [row(1)] })]);
    expect((await refusal(listReleasesAcrossFolders(counted.client))).details).toEqual({
      issues: ['@odata.count: expected number, received string'],
    });
  });

  it('keeps every field a row carries, nulls included, and maps each row as its page arrives', async () => {
    const extra = { Description: null, HiddenForAttendedUser: false, Unknown: 'kept' };
    const { client } = clientWith([probe, () => json(200, { '@odata.count': 2, value: [row(1, extra), row(2)] })]);
    expect(await listReleasesAcrossFolders(client)).toEqual([row(1, extra), row(2)]);
    const mapped = clientWith([probe, () => json(200, { '@odata.count': 2, value: [row(1), row(2)] })]);
    expect(await listReleasesAcrossFolders(mapped.client, (r) => r.Key)).toEqual(['key-1', 'key-2']);
  });
});
