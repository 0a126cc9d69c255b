import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { SANDBOX_VERSIONS } from '../../src/sandbox';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.close();
});

describe('admin API', () => {
  it('refuses requests without the admin token', async () => {
    const r = await fetch(`${sb.adminUrl}/faults`);
    expect(r.status).toBe(401);
    const wrong = await fetch(`${sb.adminUrl}/faults`, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('lists and resets fault rules', async () => {
    await sb.admin('/faults', { body: { path: '^/never' } });
    expect((await sb.admin('/faults')).json.value).toHaveLength(1);
    expect((await sb.admin('/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await sb.admin('/faults')).json.value).toEqual([]);
  });

  it('rejects an invalid rule with a readable message', async () => {
    const r = await sb.admin('/faults', { body: { path: '(', status: 503 } });
    expect(r.status).toBe(400);
    expect((await sb.admin('/faults', { body: { status: 'x' } })).status).toBe(400);
  });

  it('advances the manual clock and finishes a job on request', async () => {
    const rel = [...sb.orchestrator.state.releases.values()].find((r) => r.name === 'Backup Verification')!;
    const headers = { 'X-UIPATH-OrganizationUnitId': String(rel.folderId) };
    const started = await sb.call('/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs', {
      headers,
      body: { startInfo: { ReleaseKey: rel.key, JobsCount: 1, Strategy: 'ModernJobsCount' } },
    });
    const id = started.json.value[0].Id;
    expect((await sb.admin('/clock/advance', { body: { ms: 2_000 } })).status).toBe(200);
    expect((await sb.call(`/odata/Jobs(${id})`, { headers })).json.State).toBe('Running');
    const finished = await sb.admin(`/jobs/${id}/finish`, { body: { state: 'Faulted', info: 'Disk full' } });
    expect(finished.status).toBe(200);
    expect((await sb.call(`/odata/Jobs(${id})`, { headers })).json).toMatchObject({ State: 'Faulted', Info: 'Disk full' });
  });
});

describe('fault injection', () => {
  it('answers with the configured status, body and Retry-After for a limited number of requests', async () => {
    await sb.admin('/faults', { method: 'DELETE' });
    await sb.admin('/faults', {
      body: {
        method: 'GET',
        path: '^/odata/Folders',
        status: 503,
        body: { message: 'Service Unavailable', errorCode: 0, traceId: 't' },
        retryAfter: 7,
        times: 2,
      },
    });
    const first = await sb.call('/odata/Folders');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.json.message).toBe('Service Unavailable');
    expect((await sb.call('/odata/Folders')).status).toBe(503);
    expect((await sb.call('/odata/Folders')).status).toBe(200);
    expect((await sb.admin('/faults')).json.value[0].hits).toBe(2);
  });

  it('matches only the given method', async () => {
    await sb.admin('/faults', { method: 'DELETE' });
    await sb.admin('/faults', { body: { method: 'POST', path: '^/odata/Folders', status: 500 } });
    expect((await sb.call('/odata/Folders')).status).toBe(200);
  });

  it('resets the connection', async () => {
    await sb.admin('/faults', { method: 'DELETE' });
    await sb.admin('/faults', { body: { path: '^/odata/Jobs', reset: true, times: 1 } });
    await expect(sb.call('/odata/Jobs')).rejects.toThrow();
    expect((await sb.call('/odata/Jobs')).status).toBe(200);
  });

  it('adds latency before the real answer', async () => {
    await sb.admin('/faults', { method: 'DELETE' });
    await sb.admin('/faults', { body: { path: '^/api/Status/Get', latencyMs: 150, times: 1 } });
    const began = performance.now();
    const r = await sb.call('/api/Status/Get', { as: null });
    expect(r.status).toBe(200);
    expect(performance.now() - began).toBeGreaterThanOrEqual(140);
    expect((await sb.admin('/faults')).json.value[0].hits).toBe(1);
  });

  it('hangs until the client gives up', async () => {
    await sb.admin('/faults', { method: 'DELETE' });
    await sb.admin('/faults', { body: { path: '^/odata/Releases', hang: true, times: 1 } });
    const controller = new AbortController();
    const pending = fetch(`${sb.orchestratorUrl}/odata/Releases`, { signal: controller.signal });
    const hits = async () => (await sb.admin('/faults')).json.value[0].hits as number;
    while ((await hits()) === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(pending).rejects.toThrow();
    await sb.admin('/faults', { method: 'DELETE' });
  });

  it('counts the requests it served', async () => {
    await sb.admin('/requests', { method: 'DELETE' });
    await sb.call('/odata/Folders');
    await sb.call('/odata/Releases?$top=1');
    const log = (await sb.admin('/requests')).json;
    expect(log.total).toBe(2);
    expect(log.value.map((e: { path: string }) => e.path)).toEqual(['/odata/Folders', '/odata/Releases?$top=1']);
  });
});

describe('with the sandbox Identity Server', () => {
  it('accepts a client-credentials token of the confidential app and scopes it to the app folders', async () => {
    const app = sb.clients.confidential;
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: app.clientId,
      client_secret: app.clientSecret,
      scope: 'OR.Folders.Read OR.Execution.Read',
    });
    const tokenRes = await fetch(`${sb.identityUrl}/connect/token`, { method: 'POST', body: form });
    expect(tokenRes.status).toBe(200);
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    const folders = await sb.call('/odata/Folders', { token });
    expect(folders.status).toBe(200);
    const visible = folders.json.value.map((f: { FullyQualifiedName: string }) => f.FullyQualifiedName);
    expect(visible).toContain('Shared');
    expect(visible).not.toContain('HR');
    expect((await sb.call(`${sb.cloudUrl}/orchestrator_/odata/Releases?$top=1`, { token })).status).toBe(200);
    expect((await sb.call('/odata/Jobs', { token })).status).toBe(403);
  });

  it('serves the discovery document next to the Orchestrator', async () => {
    const r = await fetch(`${sb.identityUrl}/.well-known/openid-configuration`);
    expect(r.status).toBe(200);
  });
});

describe('npm run sandbox', () => {
  it('prints one JSON line when ready and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/sandbox/cli.ts', '--json', '--port', '0', '--folders', '12', '--processes-per-folder', '3'],
      {
        cwd: process.cwd(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const lines = createInterface({ input: child.stdout! });
      const [line] = (await once(lines, 'line')) as [string];
      const info = JSON.parse(line);
      expect(Object.keys(info).sort()).toEqual(
        [
          'adminToken',
          'adminUrl',
          'clients',
          'cloudUrl',
          'identityUrl',
          'org',
          'orchestratorUrl',
          'robotBridgeUrl',
          'tenant',
          'users',
          'version',
          'apiVersion',
        ].sort(),
      );
      expect(info.orchestratorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const requests = await fetch(`${info.adminUrl}/requests`, { headers: { Authorization: `Bearer ${info.adminToken}` } });
      expect(requests.status).toBe(200);
      expect((await fetch(`${info.orchestratorUrl}/api/Status/Get`)).status).toBe(200);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('npm run sandbox --version', () => {
  const run = (args: string[]) =>
    spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', ...args], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  const output = async (child: ReturnType<typeof run>): Promise<{ code: number | null; out: string; err: string }> => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, out, err };
  };

  it('lists every version profile as a choice in --help', async () => {
    const { code, out } = await output(run(['--help']));
    expect(code).toBe(0);
    const choices = /--version <v>[\s\S]*?choices: ([^)]*)\)/.exec(out)?.[1] ?? '';
    for (const v of SANDBOX_VERSIONS) expect(choices).toContain(`"${v}"`);
  });

  it('refuses a version it does not have, naming the choices, and starts nothing', async () => {
    const { code, err } = await output(run(['--version', '18.4', '--json']));
    expect(code).not.toBe(0);
    expect(err).toContain('18.4');
    expect(err).toContain('20.10');
  });

  it('starts the 20.10 profile, which answers with API 11.1', async () => {
    const child = run(['--json', '--port', '0', '--version', '20.10']);
    try {
      const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
      const info = JSON.parse(line);
      expect(info).toMatchObject({ version: '20.10', apiVersion: '11.1' });
      const r = await fetch(`${info.orchestratorUrl}/odata/Folders`);
      expect(r.headers.get('api-supported-versions')).toBe('11.1');
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  });
});

describe('scale option', () => {
  it('seeds 200 folders × 50 processes and pages them 1000 at a time', async () => {
    const big = await startTestSandbox({ folders: 200, processesPerFolder: 50 });
    try {
      const folders = await big.call('/odata/Folders?$count=true&$top=1');
      expect(folders.json['@odata.count']).toBe(200);
      const page = await big.call('/odata/Releases?$count=true&$top=1000&$skip=9000');
      expect(page.json['@odata.count']).toBe(10_000);
      expect(page.json.value).toHaveLength(1000);
    } finally {
      await big.close();
    }
  });
});
