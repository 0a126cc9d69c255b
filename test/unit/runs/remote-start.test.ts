import { describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../../src/main/orchestrator';
import type { HttpFetch } from '../../../src/main/platform';
import { createManualClock } from '../../../src/main/platform/memory';
import { startJobOnce, type StartStrategy } from '../../../src/main/runs/remote-start';

const json = (status: number, body: unknown, apiVersion = '15.0') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'api-supported-versions': apiVersion } });

/** A scripted Orchestrator: the probe answers, then each StartJobs gets the next scripted answer. */
function scripted(starts: (() => Response)[], apiVersion = '15.0') {
  const bodies: Record<string, unknown>[] = [];
  const fetch: HttpFetch = async (input, init) => {
    const url = String(input);
    if (url.includes('StartJobs')) {
      bodies.push((JSON.parse(String(init?.body)) as { startInfo: Record<string, unknown> }).startInfo);
      const next = starts.shift();
      if (!next) throw new Error('no more answers');
      return next();
    }
    return json(200, { value: [] }, apiVersion);
  };
  const clock = createManualClock();
  const client = createOrchestratorClient({
    connection: { profileId: 'p', apiBaseUrl: 'http://orch.test' },
    tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
    fetch,
    clock,
  });
  const remembered: StartStrategy[] = [];
  const start = (inputArguments: Record<string, unknown> = {}) =>
    startJobOnce({
      client,
      clock,
      request: { folderId: 1, folderPath: 'Shared', releaseKey: 'k', inputArguments, reference: 'baton-1' },
      strategy: 'ModernJobsCount',
      onStrategy: (s) => remembered.push(s),
    });
  return { bodies, start, remembered };
}

describe('starting a job once', () => {
  it('sends the minimal body once after "… must not be null" (nothing was created), and remembers it', async () => {
    const server = scripted([
      () => json(400, { message: 'startJobParameters must not be null', errorCode: 0 }),
      () => json(201, { value: [{ Id: 9, State: 'Pending' }] }),
    ]);
    expect((await server.start()).Id).toBe(9);
    expect(server.bodies[0]).toHaveProperty('Reference');
    expect(server.bodies[1]).not.toHaveProperty('Reference');
    expect(server.bodies[1]).toMatchObject({ Strategy: 'JobsCount' });
    expect(server.remembered).toEqual(['JobsCount']);
  });

  it('does not loop: a second refusal of the minimal body is reported', async () => {
    const refuse = () => json(400, { message: 'startJobParameters must not be null', errorCode: 0 });
    const server = scripted([refuse, refuse, refuse]);
    await expect(server.start()).rejects.toMatchObject({ code: 'INTERNAL', hint: expect.stringMatching(/Nothing was created/) });
    expect(server.bodies).toHaveLength(2);
  });

  it('never sends again after a 500 on a server without Reference, and says so', async () => {
    const server = scripted([() => json(500, { message: 'An error has occurred.' }, '')], '');
    await expect(server.start()).rejects.toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      hint: expect.stringMatching(/did not send it again/),
    });
    expect(server.bodies).toHaveLength(1);
  });

  it('refuses input arguments over the limit before sending anything, naming the limit', async () => {
    const server = scripted([() => json(201, { value: [{ Id: 1, State: 'Pending' }] })]);
    await expect(server.start({ text: 'x'.repeat(10_001) })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('at most 10000'),
    });
    expect(server.bodies).toHaveLength(0);
  });
});
