import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliAgainstSandbox, type CliAgainstSandbox } from '../support/cli-harness';

let cli: CliAgainstSandbox;
let sandbox: CliAgainstSandbox['sandbox'];
const baton = (...argv: string[]) => cli.baton(...argv);

beforeAll(async () => {
  cli = await startCliAgainstSandbox('baton-offline-cli-');
  sandbox = cli.sandbox;
});
afterAll(async () => {
  await cli?.close();
});

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
      // With --json, log entries on stderr stay JSON lines for machines; the sentence for people is its own line.
      expect(offline.stderr).toMatch(/^warning: offline - showing processes from \d{4}-\d\d-\d\d \d\d:\d\d \(cached\): /m);
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
