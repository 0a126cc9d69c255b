import { describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../../src/main/orchestrator';
import type { HttpFetch } from '../../../src/main/platform';
import { createManualClock, createRecordingLogger } from '../../../src/main/platform/memory';
import { startJobOnce, type StartStrategy } from '../../../src/main/runs/remote-start';

// When a StartJobs is sent again and when never (docs/runs.md, "Never two jobs per click"): each
// test would catch a retry count off by one, a failure that may have created a job being resent,
// a pause that ignores Retry-After, or a refusal that no longer names where to look.

const REFERENCE = 'baton-7';
const json = (status: number, value: unknown, apiVersion: string) =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', 'api-supported-versions': apiVersion } });
const refused = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });

type Answer = () => Response | Promise<Response>;

/** An Orchestrator answering each StartJobs and each Reference lookup from a script. */
function scripted(options: {
  starts: Answer[];
  lookups?: Answer[];
  apiVersion?: string;
  strategy?: StartStrategy;
  timeoutMs?: number;
  hasLogger?: boolean;
}) {
  const apiVersion = options.apiVersion ?? '15.0';
  const sent = { starts: [] as number[], lookups: 0, lookupTimes: [] as number[] };
  const clock = createManualClock();
  const fetch: HttpFetch = async (input) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('StartJobs')) {
      sent.starts.push(clock.now());
      const next = options.starts.shift();
      if (!next) throw new Error('no more start answers');
      return next();
    }
    if (url.searchParams.get('$filter')?.startsWith('Reference')) {
      sent.lookups += 1;
      sent.lookupTimes.push(clock.now());
      const next = options.lookups?.shift();
      return next ? next() : json(200, { value: [] }, apiVersion);
    }
    return json(200, { value: [] }, apiVersion);
  };
  const logger = createRecordingLogger();
  const client = createOrchestratorClient({
    connection: { profileId: 'p', apiBaseUrl: 'http://orch.test' },
    tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
    fetch,
    clock,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const remembered: StartStrategy[] = [];
  const start = async () => {
    let settled = false;
    const outcome = startJobOnce({
      client,
      clock,
      ...(options.hasLogger === false ? {} : { logger }),
      request: { folderId: 1, folderPath: 'Shared', releaseKey: 'k', inputArguments: {}, reference: REFERENCE },
      strategy: options.strategy ?? 'ModernJobsCount',
      onStrategy: (s) => remembered.push(s),
      random: () => 0.5,
    }).finally(() => (settled = true));
    outcome.catch(() => undefined);
    for (let i = 0; i < 2_000 && !settled; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      clock.advance(100);
    }
    return outcome;
  };
  return { start, sent, logger, remembered, clock };
}

const created = (apiVersion = '15.0') => json(201, { value: [{ Id: 9, State: 'Pending' }] }, apiVersion);
const limited = (retryAfter?: number) => () =>
  new Response('{}', {
    status: 429,
    headers: { 'api-supported-versions': '15.0', ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }) },
  });

describe('sending a start again', () => {
  it('sends again after 429 up to three times in all, and reports the third', async () => {
    const twice = scripted({ starts: [limited(), limited(), created] });
    await expect(twice.start()).resolves.toMatchObject({ Id: 9 });
    expect(twice.sent.starts).toHaveLength(3);

    const thrice = scripted({ starts: [limited(), limited(), limited()] });
    await expect(thrice.start()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(thrice.sent.starts).toHaveLength(3);
    expect(thrice.sent.lookups).toBe(0);
  });

  it('waits the policy’s first pause (half a second, with the jitter given) without Retry-After', async () => {
    const server = scripted({ starts: [limited(), created] });
    await server.start();
    const [first, second] = server.sent.starts as [number, number];
    expect(second - first).toBe(500);
  });

  it('counts the attempts from the minimal body on, after a refused body', async () => {
    const server = scripted({ starts: [() => json(400, { message: 'x must not be null' }, '15.0'), limited(), limited(), created] });
    await expect(server.start()).resolves.toMatchObject({ Id: 9 });
    expect(server.sent.starts).toHaveLength(4);
  });

  it('does not send the minimal body again when it was the one refused', async () => {
    const server = scripted({ starts: [() => json(400, { message: 'x must not be null' }, '15.0')], strategy: 'JobsCount' });
    await expect(server.start()).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(server.sent.starts).toHaveLength(1);
    expect(server.remembered).toEqual([]);
  });

  it('waits as long as Retry-After says before sending again', async () => {
    const server = scripted({ starts: [limited(7), created] });
    await server.start();
    const [first, second] = server.sent.starts as [number, number];
    expect(second - first).toBeGreaterThanOrEqual(7_000);
    expect(second - first).toBeLessThan(7_500);
  });

  it('sends again after a refused connection (nothing reached the server)', async () => {
    const server = scripted({
      starts: [
        () => {
          throw refused();
        },
        created,
      ],
    });
    await expect(server.start()).resolves.toMatchObject({ Id: 9 });
    expect(server.sent.starts).toHaveLength(2);
    expect(server.sent.lookups).toBe(0);
  });

  it('logs that the body was refused and the minimal one is sent, with the API version', async () => {
    const server = scripted({ starts: [() => json(400, { message: 'x must not be null' }, '15.0'), created] });
    await server.start();
    expect(server.logger.lines).toContainEqual({
      level: 'info',
      message: 'StartJobs refused the body; sending the minimal one',
      fields: { apiVersion: 15 },
    });
    expect(server.remembered).toEqual(['JobsCount']);
  });
});

describe('never sending a start again', () => {
  it('refuses an untrusted certificate at once: no answer came, so nothing to look up', async () => {
    const server = scripted({
      starts: [
        () => {
          throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'CERT_HAS_EXPIRED' } });
        },
      ],
    });
    await expect(server.start()).rejects.toMatchObject({ code: 'TLS_UNTRUSTED' });
    expect(server.sent.starts).toHaveLength(1);
    expect(server.sent.lookups).toBe(0);
  });

  it('reports a plain refusal (403) as it is, without a lookup', async () => {
    const server = scripted({ starts: [() => json(403, { message: 'You are not authorized.' }, '15.0')] });
    await expect(server.start()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(server.sent.lookups).toBe(0);
  });

  it('on a server known to want the minimal body, says it cannot tell after a 500, naming the version', async () => {
    const server = scripted({ starts: [() => json(500, { message: 'An error has occurred.' }, '15.0')], strategy: 'JobsCount' });
    const error = await server.start().catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: 'Orchestrator could not answer (HTTP 500). Baton cannot tell whether Orchestrator started the job.',
      hint: expect.stringContaining('This Orchestrator (21.10 to 23.4 (API 13–16)) cannot find a job by Baton’s reference'),
      details: { status: 500 },
    });
    expect(server.sent.lookups).toBe(0);
    expect(server.sent.starts).toHaveLength(1);
  });

  it('looks for the job for the whole request timeout, every two seconds, and follows it when it appears', async () => {
    const none = () => json(200, { value: [] }, '15.0');
    const found = () => json(200, { value: [{ Id: 9, State: 'Running', Reference: REFERENCE }] }, '15.0');
    const server = scripted({ starts: [() => json(502, '<html/>', '15.0')], lookups: [none, none, none, found] });
    await expect(server.start()).resolves.toMatchObject({ Id: 9 });
    expect(server.sent.lookups).toBe(4);
  });

  it('stops looking once the request timeout has passed, and says the job is not there', async () => {
    const server = scripted({ starts: [() => json(502, '<html/>', '15.0')] });
    const error = await server.start().catch((e: unknown) => e);
    // 30 s window, one lookup every 2 s: at 0, 2, …, 30.
    expect(server.sent.lookups).toBe(16);
    expect(error).toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: 'Orchestrator could not answer (HTTP 502). Orchestrator shows no job with Baton’s reference.',
      hint: `Baton did not send the start again, so that one click stays one job; start the process again if it does not appear in Orchestrator’s Jobs (reference ${REFERENCE}).`,
      details: { reference: REFERENCE },
    });
  });

  it('says it cannot tell, naming the reference, when every lookup fails too', async () => {
    const down = () => json(503, '<html/>', '15.0');
    const server = scripted({ starts: [() => json(502, '<html/>', '15.0')], lookups: Array.from({ length: 100 }, () => down) });
    const error = await server.start().catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: 'The start request failed, and Baton cannot tell whether Orchestrator started the job.',
      hint: `Look in Orchestrator’s Jobs for the reference ${REFERENCE} before you start the process again.`,
      details: { reference: REFERENCE },
    });
    expect(server.logger.lines).toContainEqual({
      level: 'warn',
      message: 'Could not look up an ambiguous start',
      fields: { reference: REFERENCE },
    });
  });

  it('reports a start the server accepted without a job as it is, without a lookup', async () => {
    const server = scripted({ starts: [() => json(201, { value: [] }, '15.0')] });
    await expect(server.start()).rejects.toMatchObject({
      code: 'INTERNAL',
      message: 'Orchestrator accepted the start but returned no job.',
    });
    expect(server.sent.lookups).toBe(0);
  });

  it('keeps why the lookup failed (a missing Jobs.View) as the cause, and works without a logger', async () => {
    const forbidden = () => json(403, { message: 'You are not authorized.' }, '15.0');
    const server = scripted({
      starts: [() => json(502, '<html/>', '15.0')],
      lookups: Array.from({ length: 100 }, () => forbidden),
      hasLogger: false,
    });
    const error = (await server.start().catch((e: unknown) => e)) as { code: string; cause: { message: string } };
    expect(error.code).toBe('NETWORK_UNREACHABLE');
    expect(error.cause.message).toBe('Your account lacks Jobs.View.');
  });

  it('takes a lookup answer that is not a job list as a failed lookup, never as the job', async () => {
    const odd = () => json(200, { value: [{ Id: 'nine', State: 'Running', Reference: REFERENCE }] }, '15.0');
    const server = scripted({ starts: [() => json(502, '<html/>', '15.0')], lookups: Array.from({ length: 100 }, () => odd) });
    await expect(server.start()).rejects.toMatchObject({ message: expect.stringContaining('cannot tell') });
    const oddRelease = () => json(200, { value: [{ Id: 9, State: 'Running', Reference: REFERENCE, Release: { Key: 5 } }] }, '15.0');
    const other = scripted({ starts: [() => json(502, '<html/>', '15.0')], lookups: Array.from({ length: 100 }, () => oddRelease) });
    await expect(other.start()).rejects.toMatchObject({ message: expect.stringContaining('cannot tell') });
  });

  it('ends the window exactly at the request timeout, even when that is not a whole number of pauses', async () => {
    const server = scripted({ starts: [() => json(502, '<html/>', '15.0')], timeoutMs: 3_000 });
    await server.start().catch(() => undefined);
    const [first, ...rest] = server.sent.lookupTimes as [number, ...number[]];
    expect(rest.map((at) => at - first)).toEqual([2_000, 3_000]);
  });

  it('trusts a lookup that answered after earlier ones failed', async () => {
    const down = () => json(503, '<html/>', '15.0');
    const none = () => json(200, { value: [] }, '15.0');
    const server = scripted({
      starts: [() => json(502, '<html/>', '15.0')],
      lookups: [down, down, down, down, none, ...Array.from({ length: 20 }, () => none)],
    });
    await expect(server.start()).rejects.toMatchObject({ message: expect.stringContaining('shows no job') });
  });
});
