import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliContext } from '../../src/main/cli';
import type { Clock, Platform } from '../../src/main/platform';
import { createMemoryPlatform, createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

let sandbox: TestSandbox;
let dir: string;
// One "machine": settings and vault survive between commands, like BATON_HOME does.
const settings = createMemorySettings();
const vault = createMemoryVault();

beforeAll(async () => {
  // Jobs here move on real time (short demo processes), since the CLI waits like a person would.
  const { createSystemClock } = await import('../../src/sandbox');
  sandbox = await startTestSandbox({ clock: createSystemClock() as never });
  dir = mkdtempSync(join(tmpdir(), 'baton-offline-cli-'));
  await baton(
    'profile',
    'add',
    'Sandbox',
    '--url',
    sandbox.orchestratorUrl,
    '--tenant',
    sandbox.tenant,
    '--auth-method',
    'client-credentials',
    '--client-id',
    sandbox.clients.confidential.clientId,
    '--use',
  );
  process.env.BATON_CLIENT_SECRET = sandbox.clients.confidential.clientSecret;
  const login = await baton('login', '--client-id', sandbox.clients.confidential.clientId);
  delete process.env.BATON_CLIENT_SECRET;
  if (login.code !== 0) throw new Error(`login failed: ${login.stdout}${login.stderr}`);
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function baton(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const platform = (): Platform => createMemoryPlatform({ settings, vault, clock: realClock });
  const context: CliContext = {
    output: { out: (t) => void (stdout += t), err: (t) => void (stderr += t) },
    logger: createRecordingLogger(),
    version: '0.0.0-test',
    packageRoot: dir,
    createPlatform: async () => platform(),
    waitForStop: () => new Promise(() => {}),
    loadWebHost: async () => {
      throw new Error('not in this test');
    },
    buildRenderer: async () => {},
  };
  const code = await runCli(argv, context);
  return { code, stdout, stderr };
}

describe('baton processes while Orchestrator is unreachable', () => {
  it('answers from the cache with a warning on stderr, and refuses with --no-cache', async () => {
    const online = await baton('processes', '--json');
    expect(online.code).toBe(0);
    expect(online.stderr).toBe('');
    const listed = JSON.parse(online.stdout) as { id: string }[];
    expect(listed.length).toBeGreaterThan(0);

    const rule = sandbox.faults.add({ path: '.*', reset: true });
    try {
      const offline = await baton('processes', '--json', '--search', 'invoice');
      expect(offline.code).toBe(0);
      expect(offline.stderr).toMatch(/^warning: offline - showing processes from \d{4}-\d\d-\d\d \d\d:\d\d \(cached\): /);
      const cached = JSON.parse(offline.stdout) as { name: string }[];
      expect(cached.length).toBeGreaterThan(0);
      expect(cached.every((p) => /invoice/i.test(JSON.stringify(p)))).toBe(true);

      const refused = await baton('processes', '--no-cache');
      expect(refused.code).not.toBe(0);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/^error: .*\nhint: .*Without --no-cache/s);
    } finally {
      sandbox.faults.remove(rule.id);
    }
  });
});
