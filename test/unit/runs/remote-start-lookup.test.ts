import { describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../../src/main/orchestrator';
import type { HttpFetch } from '../../../src/main/platform';
import { createManualClock } from '../../../src/main/platform/memory';
import { startJobOnce } from '../../../src/main/runs/remote-start';

// Issue 20's two findings about a start whose answer is lost: the Reference lookup adopted the
// first job the server listed without checking it, and a 201 whose body was cut off was reported
// as INTERNAL without looking for the job Orchestrator had created.

const REFERENCE = 'baton-1';
const RELEASE_KEY = 'release-k';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'api-supported-versions': '15.0' } });

/** A scripted Orchestrator 20.10+: StartJobs gets `start`, every Reference lookup gets `listed`. */
function scripted(answerStart: () => Response, listed: Record<string, unknown>[]) {
  const lookups: URL[] = [];
  let starts = 0;
  const fetch: HttpFetch = async (input) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('StartJobs')) {
      starts += 1;
      return answerStart();
    }
    if (url.pathname.endsWith('/odata/Jobs') && url.searchParams.get('$filter')?.startsWith('Reference')) {
      lookups.push(url);
      return json(200, { value: listed });
    }
    return json(200, { value: [] });
  };
  const clock = createManualClock();
  const client = createOrchestratorClient({
    connection: { profileId: 'p', apiBaseUrl: 'http://orch.test' },
    tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
    fetch,
    clock,
  });
  /** Starts once, moving the clock on while the lookup waits between tries. */
  const start = async () => {
    let settled = false;
    const outcome = startJobOnce({
      client,
      clock,
      request: { folderId: 1, folderPath: 'Shared', releaseKey: RELEASE_KEY, inputArguments: {}, reference: REFERENCE },
      strategy: 'ModernJobsCount',
      onStrategy: () => undefined,
    }).finally(() => (settled = true));
    outcome.catch(() => undefined);
    for (let i = 0; i < 1_000 && !settled; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      clock.advance(1_000);
    }
    return outcome;
  };
  return { start, lookups, starts: () => starts };
}

const serverError = () => json(500, { message: 'An error has occurred.', errorCode: 0 });
const ours = { Id: 42, Key: 'job-42', State: 'Pending', Reference: REFERENCE, Release: { Key: RELEASE_KEY } };

describe('looking up a start whose answer was lost', () => {
  it('follows the job a cut-off 201 created instead of reporting an internal error', async () => {
    const server = scripted(() => new Response('{"value":[{"Id":42,', { status: 201 }), [ours]);
    await expect(server.start()).resolves.toMatchObject({ Id: 42 });
    expect(server.starts()).toBe(1);
    expect(server.lookups.length).toBeGreaterThan(0);
  });

  it('says it cannot find the job after a cut-off 201 when none has the reference, without starting again', async () => {
    const server = scripted(() => new Response('{"value":[{"Id":42,', { status: 201 }), []);
    await expect(server.start()).rejects.toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: expect.stringContaining('shows no job'),
      hint: expect.stringContaining(REFERENCE),
    });
    expect(server.starts()).toBe(1);
  });

  it('does not adopt a job with another reference (a server that ignores the filter)', async () => {
    const server = scripted(serverError, [{ ...ours, Id: 7, Reference: 'baton-someone-else' }]);
    await expect(server.start()).rejects.toMatchObject({ message: expect.stringContaining('shows no job') });
    expect(server.starts()).toBe(1);
  });

  it('does not adopt a job without a reference', async () => {
    const server = scripted(serverError, [{ Id: 7, State: 'Running' }]);
    await expect(server.start()).rejects.toMatchObject({ message: expect.stringContaining('shows no job') });
  });

  it('does not adopt a job of another process even when the reference matches', async () => {
    const server = scripted(serverError, [{ ...ours, Release: { Key: 'another-release' } }]);
    await expect(server.start()).rejects.toMatchObject({ message: expect.stringContaining('shows no job') });
  });

  it('adopts the job with this reference and release after a 500, asking the server for both', async () => {
    const server = scripted(serverError, [ours]);
    await expect(server.start()).resolves.toMatchObject({ Id: 42, Key: 'job-42' });
    const lookup = server.lookups[0]!;
    expect(lookup.searchParams.get('$filter')).toBe(`Reference eq '${REFERENCE}'`);
    expect(lookup.searchParams.get('$expand')).toBe('Release');
    expect(lookup.searchParams.get('$select')).toBeNull();
  });
});
