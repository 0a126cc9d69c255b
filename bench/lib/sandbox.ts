import { fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createCatalogService, type CatalogService } from '../../src/main/catalog';
import { createClientPool, type ClientPool, type ConnectionSource } from '../../src/main/orchestrator';
import type { Files, HttpFetch, SettingsStore } from '../../src/main/platform';
import { createSystemClock, type SandboxOptions } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox } from '../../test/support/sandbox';
import { realClock } from './clock';

/** The sandbox on real time (jobs and latency move with the wall clock), with test-minted tokens. */
export function startBenchSandbox(opts: SandboxOptions): Promise<TestSandbox> {
  return startTestSandbox({ clock: createSystemClock(), ...opts });
}

/** A fetch that counts requests and response bytes (what crossed the wire, as the body's length). */
export interface SentRequest {
  url: string;
  init: RequestInit | undefined;
}

export function createCountingFetch(): HttpFetch & { requests: number; bytes: number; sent: SentRequest[]; reset(): void } {
  const counting = Object.assign(
    async (input: string | URL, init?: RequestInit): Promise<Response> => {
      counting.requests += 1;
      counting.sent.push({ url: String(input), init });
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      counting.bytes += body.byteLength;
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
    {
      requests: 0,
      bytes: 0,
      sent: [] as SentRequest[],
      reset() {
        counting.requests = 0;
        counting.bytes = 0;
        counting.sent = [];
      },
    },
  );
  return counting;
}

/** One token for the whole run: minting a JWT per request would be the bench's cost, not Baton's. */
export async function connectionsFor(sandbox: TestSandbox, profileId = 'bench'): Promise<ConnectionSource> {
  return connectionsWithToken(sandbox.orchestratorUrl, await sandbox.tokenFor('alice'), profileId);
}

/** `files`: the data folder the cached listing goes in; without it the catalog keeps it in memory only. */
export function catalogFor(
  connections: ConnectionSource,
  settings: SettingsStore,
  fetch: HttpFetch,
  files?: Files,
): { catalog: CatalogService; clients: ClientPool } {
  const clients = createClientPool({ connections, fetch, clock: realClock });
  return { catalog: createCatalogService({ connections, clients, settings, files, clock: realClock }), clients };
}

export interface RemoteSandbox {
  orchestratorUrl: string;
  adminUrl: string;
  adminToken: string;
  token: string;
  /** Gives `share` of the releases a new package version (and argument list); their keys and that version. */
  changeReleases(share: number): Promise<{ keys: string[]; version: string }>;
  close(): Promise<void>;
}

/** Starts the sandbox in a child process (see sandbox-child.ts) and fetches one access token from it. */
export async function startSandboxProcess(opts: Omit<SandboxOptions, 'clock' | 'extraTrust' | 'webhookSender'>): Promise<RemoteSandbox> {
  const child = fork(join(import.meta.dirname, 'sandbox-child.ts'), [JSON.stringify(opts)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const exited = once(child, 'exit');
  const [ready] = (await once(child, 'message')) as [Omit<RemoteSandbox, 'token' | 'close' | 'changeReleases'>];
  const answer = once(child, 'message');
  child.send('token');
  const [{ token }] = (await answer) as [{ token: string }];
  return {
    ...ready,
    token,
    async changeReleases(share) {
      const answer = once(child, 'message');
      child.send({ change: share });
      const [{ changed }] = (await answer) as [{ changed: { keys: string[]; version: string } }];
      return changed;
    },
    async close() {
      child.send('stop');
      await exited;
    },
  };
}

export function connectionsWithToken(orchestratorUrl: string, token: string, profileId = 'bench'): ConnectionSource {
  const found = {
    connection: { profileId, apiBaseUrl: orchestratorUrl },
    tokens: { getAccessToken: async () => token, refreshAccessToken: async () => token },
  };
  return { active: () => found, forProfile: (id) => (id === profileId ? found : null), onDidChangeActive: () => () => {} };
}
