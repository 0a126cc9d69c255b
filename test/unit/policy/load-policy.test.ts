import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { defaultPolicyPath, EMPTY_POLICY, loadMachinePolicy, loadPolicy } from '../../../src/main/policy';

const PATH = '/etc/baton/policy.json';
const fromText = (text: string) => async () => text;
const failing = (code: string) => async () => {
  throw Object.assign(new Error(`${code}: nope`), { code });
};

const VALID = {
  profiles: [{ name: 'Acme', orchestratorUrl: 'https://orchestrator.acme.test', tenant: 'Default' }],
  lockOrchestratorUrl: true,
  disableLocalRuns: true,
  updates: { feedUrl: 'https://updates.acme.test/baton' },
};

describe('loadPolicy', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('applies a valid policy file and reports its locks', async () => {
    const logger = createRecordingLogger();
    const { policy, status } = await loadPolicy({ path: PATH, readFile: fromText(JSON.stringify(VALID)), logger });
    expect(policy.lockOrchestratorUrl).toBe(true);
    expect(policy.profiles[0]?.name).toBe('Acme');
    expect(status).toEqual({
      state: 'applied',
      path: PATH,
      locks: { orchestratorUrl: true, localRuns: true, robotBridge: false, updates: true },
      presetProfiles: ['Acme'],
      updateFeedUrl: 'https://updates.acme.test/baton',
    });
  });

  it('treats a missing file as no policy, without a warning', async () => {
    const logger = createRecordingLogger();
    const { policy, status } = await loadPolicy({ path: PATH, readFile: failing('ENOENT'), logger });
    expect(policy).toEqual(EMPTY_POLICY);
    expect(status.state).toBe('none');
    expect(logger.lines.filter((line) => line.level === 'warn')).toEqual([]);
  });

  it('reports and ignores a file that is not JSON', async () => {
    const logger = createRecordingLogger();
    const { policy, status } = await loadPolicy({ path: PATH, readFile: fromText('{ "lockOrchestratorUrl": true,'), logger });
    expect(policy).toEqual(EMPTY_POLICY);
    expect(status.state).toBe('invalid');
    expect(status.problem?.message).toMatch(/not valid JSON/);
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'Admin policy ignored' }));
  });

  it('reports a misspelt key and an http update feed instead of half-applying the file', async () => {
    const text = JSON.stringify({ lockOrchestratorURL: true, updates: { feedUrl: 'http://updates.acme.test' } });
    const { policy, status } = await loadPolicy({ path: PATH, readFile: fromText(text), logger: createRecordingLogger() });
    expect(policy).toEqual(EMPTY_POLICY);
    expect(status.state).toBe('invalid');
    expect(status.problem?.message).toMatch(/lockOrchestratorURL/);
    expect(status.problem?.message).toMatch(/updates\.feedUrl/);
    expect(status.locks).toEqual({ orchestratorUrl: false, localRuns: false, robotBridge: false, updates: false });
  });

  it('refuses a URL lock without a preset profile to lock to', async () => {
    const { status } = await loadPolicy({
      path: PATH,
      readFile: fromText('{"lockOrchestratorUrl": true}'),
      logger: createRecordingLogger(),
    });
    expect(status.state).toBe('invalid');
    expect(status.problem?.message).toMatch(/at least one preset profile/);
  });

  it('reports an unreadable file with a hint instead of throwing', async () => {
    const { status } = await loadPolicy({ path: PATH, readFile: failing('EACCES'), logger: createRecordingLogger() });
    expect(status.state).toBe('invalid');
    expect(status.problem).toEqual({ message: expect.stringMatching(/EACCES/), hint: expect.stringMatching(/readable/) });
  });

  it('reads a real file named by BATON_POLICY_FILE, with a byte-order mark', async () => {
    dir = mkdtempSync(join(tmpdir(), 'baton-policy-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, `\uFEFF${JSON.stringify({ disableRobotBridge: true })}`);
    const path = defaultPolicyPath('linux', { BATON_POLICY_FILE: file }, 'development');
    const { status } = await loadPolicy({ path, readFile: (at) => readFile(at, 'utf8'), logger: createRecordingLogger() });
    expect(status).toMatchObject({ state: 'applied', path: file, locks: { robotBridge: true, localRuns: true } });
  });
});

describe('defaultPolicyPath', () => {
  it('names the machine-wide location of each OS', () => {
    expect(defaultPolicyPath('linux', {})).toBe('/etc/baton/policy.json');
    expect(defaultPolicyPath('darwin', {})).toBe('/Library/Application Support/Baton/policy.json');
    expect(defaultPolicyPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Baton\\policy.json');
    expect(defaultPolicyPath('win32', {})).toBe('C:\\ProgramData\\Baton\\policy.json');
  });

  // Catches: BATON_POLICY_FILE overrode the admin policy in packaged builds, so anyone could
  // unlock the URL, enable local runs or point updates at their own server.
  it('ignores BATON_POLICY_FILE in a release build and reads the machine policy path', () => {
    expect(defaultPolicyPath('linux', { BATON_POLICY_FILE: '/home/me/mine.json' }, 'release')).toBe('/etc/baton/policy.json');
    expect(defaultPolicyPath('darwin', { BATON_POLICY_FILE: '/Users/me/mine.json' }, 'release')).toBe(
      '/Library/Application Support/Baton/policy.json',
    );
  });

  it('honours BATON_POLICY_FILE in development and test builds (this suite is one)', () => {
    expect(defaultPolicyPath('linux', { BATON_POLICY_FILE: '/tmp/test-policy.json' })).toBe('/tmp/test-policy.json');
  });
});

describe('loadMachinePolicy', () => {
  it('reads the machine file in a release build, and warns that the variable was ignored', async () => {
    const logger = createRecordingLogger();
    const read: string[] = [];
    const loaded = await loadMachinePolicy(logger, {
      platform: 'linux',
      env: { BATON_POLICY_FILE: '/home/me/unlock-everything.json' },
      build: 'release',
      readFile: async (path) => (read.push(path), JSON.stringify({ disableLocalRuns: true })),
    });
    expect(read).toEqual(['/etc/baton/policy.json']);
    expect(loaded.status).toMatchObject({ state: 'applied', path: '/etc/baton/policy.json' });
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringContaining('BATON_POLICY_FILE is ignored') }),
    );
  });

  it('reads the file BATON_POLICY_FILE names in a development build', async () => {
    const read: string[] = [];
    await loadMachinePolicy(createRecordingLogger(), {
      platform: 'linux',
      env: { BATON_POLICY_FILE: '/tmp/dev-policy.json' },
      build: 'development',
      readFile: async (path) => (read.push(path), '{}'),
    });
    expect(read).toEqual(['/tmp/dev-policy.json']);
  });
});
