import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/main/platform/memory';
import { createSimulatedExecutor, createTokenStore, startRobotBridge, systemClock, type RobotBridge } from '../../src/robot-bridge';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'baton.mjs');

let home: string;
let bridge: RobotBridge;
beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'baton-cli-robot-'));
  bridge = await startRobotBridge({
    executor: createSimulatedExecutor({
      catalog: {
        processes: [{ key: 'greet', name: 'Greet', inputArguments: [{ name: 'Name', type: 'string', required: true }], durationMs: 1000 }],
      },
      clock: createManualClock(),
    }),
    port: 0,
  });
});
afterEach(async () => {
  await bridge.close();
  rmSync(home, { recursive: true, force: true });
});

/** Runs `baton` with its own home; `onStarted` may write to its stdin. */
function runBaton(
  args: string[],
  onStarted?: (stdin: NodeJS.WritableStream) => void,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, BATON_HOME: home, BATON_BROWSER: 'none', BATON_LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => done({ code, stdout, stderr }));
    if (onStarted) onStarted(child.stdin);
    else child.stdin.end();
  });
}

/** Types the code the bridge shows into `baton robot pair`, the way the person would. */
function typeCodeWhenShown(stdin: NodeJS.WritableStream): void {
  const stop = bridge.onPairingCode((pairing) => {
    stop();
    stdin.write(`${pairing.code}\n`);
    stdin.end();
  });
}

describe('baton robot', () => {
  it('reports pairing-required for a bridge it has not paired with', async () => {
    const result = await runBaton(['robot', 'status', '--robot-url', bridge.url, '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: 'pairing-required', url: bridge.url });
  });

  it('pairs with the code read from standard input and remembers the bridge URL', async () => {
    const paired = await runBaton(['robot', 'pair', '--robot-url', bridge.url, '--json'], typeCodeWhenShown);
    expect(paired.code).toBe(0);
    expect(JSON.parse(paired.stdout)).toMatchObject({ state: 'ready', url: bridge.url, robot: { executor: 'simulated' } });

    const status = await runBaton(['robot', 'status', '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ url: bridge.url });
  });

  it('explains a wrong code with the attempts left and exits non-zero', async () => {
    const result = await runBaton(['robot', 'pair', '--robot-url', bridge.url], (stdin) => {
      stdin.write('00000000\n');
      stdin.end();
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/error: The robot did not accept that pairing code\.\nhint: .*4 attempts left/);
  });

  it('says how to start the bridge when nothing answers', async () => {
    const port = bridge.port;
    await bridge.close();
    const result = await runBaton(['robot', 'status', '--robot-url', `ws://127.0.0.1:${port}/robot`]);
    expect(result.stdout).toContain('Robot: not found');
    expect(result.stdout).toContain('baton-robot');
    expect(result.stdout).not.toContain('npm');
  });

  it('refuses processes before pairing with ROBOT_PAIRING_REQUIRED as JSON', async () => {
    const result = await runBaton(['robot', 'processes', '--robot-url', bridge.url, '--json']);
    expect(result.code).not.toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'ROBOT_PAIRING_REQUIRED' } });
  });

  it('rejects a robot URL that is not ws:// with a usage error', async () => {
    const result = await runBaton(['robot', 'status', '--robot-url', 'http://127.0.0.1:1/robot', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'VALIDATION' } });
  });
});

describe('baton run --local', () => {
  const token = 'cli-test-token-0123456789abcdef';
  let localBridge: RobotBridge;
  beforeEach(async () => {
    // Real time, short jobs: the CLI is a separate process, so a manual clock cannot reach it.
    localBridge = await startRobotBridge({
      executor: createSimulatedExecutor({
        clock: systemClock,
        catalog: {
          processes: [
            {
              key: 'demo.greet',
              name: 'Greet',
              inputArguments: [
                { name: 'Name', type: 'string', required: true },
                { name: 'Times', type: 'integer', required: false },
              ],
              durationMs: 300,
              steps: [{ at: 0, log: 'starting' }],
              echoInputs: { Greeted: 'Name', Count: 'Times' },
            },
            { key: 'demo.fail', name: 'Fail', durationMs: 100, outcome: 'faulted', error: { code: 'BOOM', message: 'It broke.' } },
            {
              key: 'demo.count',
              name: 'Count',
              installed: false,
              inputArguments: [{ name: 'Times', type: 'integer', required: true }],
              durationMs: 100,
              echoInputs: { Count: 'Times' },
            },
          ],
        },
      }),
      port: 0,
      tokens: createTokenStore({ preSharedTokens: [token] }),
    });
    // A headless machine has no keychain: the bridge's pre-shared token comes from the environment.
    await runBaton(['robot', 'connect', JSON.stringify({ url: localBridge.url })], undefined, {
      BATON_ROBOT_TOKEN: token,
      BATON_ROBOT_URL: localBridge.url,
    });
  });
  afterEach(() => localBridge.close());

  it('runs a robot process by name to successful with --wait, converting --input to the argument types', async () => {
    const result = await runBaton(['run', 'greet', '--local', '--wait', '--input', 'Name=Ada', '--input', 'Times=2', '--json'], undefined, {
      BATON_ROBOT_TOKEN: token,
      BATON_ROBOT_URL: localBridge.url,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      target: 'local',
      processName: 'Greet',
      state: 'successful',
      outputArguments: { Greeted: 'Ada', Count: 2 },
    });
  });

  it('streams the run log to stderr and exits 1 when the local run faults', async () => {
    const ok = await runBaton(['run', 'Greet', '--local', '--wait', '--input', 'Name=Ada'], undefined, {
      BATON_ROBOT_TOKEN: token,
      BATON_ROBOT_URL: localBridge.url,
    });
    expect(ok.stderr).toContain('[info] starting');
    const failed = await runBaton(['run', 'Fail', '--local', '--wait'], undefined, {
      BATON_ROBOT_TOKEN: token,
      BATON_ROBOT_URL: localBridge.url,
    });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('faulted');
  });

  it('installs a process the robot has not installed before running it, then reads --input by its schema', async () => {
    const env = { BATON_ROBOT_TOKEN: token, BATON_ROBOT_URL: localBridge.url };
    const result = await runBaton(['run', 'Count', '--local', '--wait', '--input', 'Times=3'], undefined, env);
    expect(result.stderr).toContain('Installing Count on this machine…');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Count (local): successful');
    expect(result.stdout).toContain('{"Count":3}');
  });

  it('refuses a process the robot does not have, pointing at baton robot processes', async () => {
    const result = await runBaton(['run', 'Payroll', '--local', '--json'], undefined, {
      BATON_ROBOT_TOKEN: token,
      BATON_ROBOT_URL: localBridge.url,
    });
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'NOT_FOUND', hint: expect.stringContaining('baton robot processes') },
    });
  });
});
