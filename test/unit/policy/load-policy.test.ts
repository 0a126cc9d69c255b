import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { defaultPolicyPath, EMPTY_POLICY, loadPolicy } from '../../../src/main/policy';

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
    const path = defaultPolicyPath('linux', { BATON_POLICY_FILE: file });
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
});
