import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import {
  createBridgeLauncher,
  createNodeChildProcessHost,
  createRobotClient,
  createRobotService,
  type BridgeLaunchSettings,
  type ManagedBridge,
} from '../../src/main/robot';
import type { ChildProcessHost, ForkedChild } from '../../src/main/platform';
import { createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import type { LocalJob } from '../../src/shared/robot-protocol';
import { inEnglish } from '../../src/shared/message-parts';
import { realClock } from '../support/auth-harness';
import { runBatonProcess } from '../support/baton-process';
import { writeGreetProcess, writeWaitProcess } from '../support/command-processes';

const BATON = { name: 'Baton', version: '0.1.0', machine: 'test-machine' };

/** A temp folder with one command process, Greet, that answers Hello, <Name>! */
function processesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-launch-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  writeGreetProcess(join(dir, 'processes'));
  writeWaitProcess(join(dir, 'processes'));
  return dir;
}

/** A port where nothing listens, so no RobotJS is found whatever runs on this machine. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The Node host, recording each child it starts so a test can make one die. */
function recordingHost(): ChildProcessHost & { children: ForkedChild[] } {
  const node = createNodeChildProcessHost();
  const children: ForkedChild[] = [];
  return {
    children,
    fork(modulePath, options) {
      const child = node.fork(modulePath, options);
      children.push(child);
      return child;
    },
  };
}

function startService(settingsForBridge: BridgeLaunchSettings, host: ChildProcessHost = createNodeChildProcessHost()) {
  const logger = createRecordingLogger();
  const launcher = createBridgeLauncher({ settings: () => settingsForBridge, clock: realClock, logger, host, restartDelaysMs: [50] });
  const vault = createMemoryVault();
  const settings = createMemorySettings();
  const service = createRobotService({
    settings,
    vault,
    clock: realClock,
    logger,
    clientInfo: BATON,
    launcher,
    backoff: { initialMs: 20, maxMs: 100 },
  });
  service.start();
  const stop = () => service.dispose();
  onTestFinished(stop);
  return { service, launcher, vault, settings, stop };
}

function refused(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('error', () => resolve(true));
    socket.on('open', () => (socket.terminate(), resolve(false)));
  });
}

describe('the robot bridge Baton starts itself', () => {
  it(
    'starts on first use, is paired without a code, runs a process, and shows another client’s code with who asks',
    { timeout: 60_000 },
    async () => {
      const dir = processesFolder();
      const { service, vault, settings, stop } = startService({
        processesDir: join(dir, 'processes'),
        robotJsPort: await closedPort(),
        tokensFile: join(dir, 'tokens.json'),
      });
      const status = await service.settledStatus(30_000);
      expect(status).toMatchObject({ state: 'ready', managed: true, executor: 'command' });
      expect(status.evidence).toContain(`Command processes folder: ${join(dir, 'processes')}.`);
      // The same lines as message ids, across the child process, each with that English.
      expect(status.evidenceText?.map((line) => inEnglish(line))).toEqual(status.evidence);
      expect(status.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/robot$/);

      const ended = new Promise<LocalJob>((resolve) => service.onJobUpdated((job) => job.state === 'successful' && resolve(job)));
      await service.startJob('greet', { Name: 'Ada' });
      expect((await ended).outputArguments).toEqual({ Greeting: 'Hello, Ada!' });
      // The pairing secret lived in memory only: nothing in the vault, no bridge URL saved.
      expect([...vault.entries.keys()]).toEqual([]);
      expect(settings.get('robot.url')).toBeUndefined();

      // Another program on this machine asks Baton's bridge to pair: Baton's window shows the code and who asks.
      const asked = new Promise<void>((resolve) => service.onChanged((view) => view.pairingRequest && resolve()));
      const other = createRobotClient({
        url: status.url,
        vault: createMemoryVault(),
        clock: realClock,
        logger: createRecordingLogger(),
        clientInfo: { name: 'Other tool', version: '2', machine: 'pc' },
      });
      other.start();
      onTestFinished(() => other.dispose());
      await asked;
      // The code reaches Baton as the bridge answers the other client; that answer may still be on its way.
      await new Promise<void>((resolve) => {
        const check = () => other.status().state === 'pairing-required' && resolve();
        other.onStateChanged(check);
        check();
      });
      const request = service.status().pairingRequest!;
      expect(request.clientName).toBe('Other tool 2 on pc');
      expect((await other.pair(request.code)).executor).toBe('command');

      await stop();
      expect(await refused(status.url)).toBe(true);
    },
  );

  it(
    'starts the bridge again when it dies, reports the job it was running as lost, and follows it to its new address',
    { timeout: 60_000 },
    async () => {
      const dir = processesFolder();
      const host = recordingHost();
      const { service, launcher } = startService({ processesDir: join(dir, 'processes'), robotJsPort: await closedPort() }, host);
      const first = await service.settledStatus(30_000);
      expect(first.state).toBe('ready');
      const running = new Promise<void>((resolve) => service.onJobUpdated((job) => job.info === 'waiting' && resolve()));
      const lost = new Promise<LocalJob>((resolve) => service.onJobUpdated((job) => job.state === 'faulted' && resolve(job)));
      const job = await service.startJob('wait', {});
      await running;
      const restarted = new Promise<ManagedBridge>((resolve) => launcher.onStarted(resolve));
      host.children[0]!.kill();
      expect(await lost).toMatchObject({ jobId: job.jobId, state: 'faulted', error: { code: 'JOB_LOST' } });
      const second = await restarted;
      expect(second.url).not.toBe(first.url);
      await new Promise<void>((resolve) => {
        const check = () => service.status().state === 'ready' && service.status().url === second.url && resolve();
        service.onChanged(check);
        check();
      });
      expect((await service.listProcesses()).map((process) => process.name).sort()).toEqual(['Greet', 'Wait']);
    },
  );

  it('says no robot was found, with what it looked at and what to install', { timeout: 60_000 }, async () => {
    const { service } = startService({ robotJsPort: await closedPort() });
    const status = await service.settledStatus(30_000);
    expect(status).toMatchObject({ state: 'not-installed', hint: expect.stringContaining('Install UiPath Assistant') });
    expect((status.error?.details as { evidence: string[] }).evidence[0]).toMatch(/^Nothing answers as UiPath RobotJS on localhost:\d+\.$/);
    expect(JSON.stringify(status)).not.toContain('npm');
    await expect(service.listProcesses()).rejects.toMatchObject({ code: 'ROBOT_UNAVAILABLE', message: 'No robot found on this machine.' });
  });
});

describe('baton run --local from a fresh shell', () => {
  it('starts Baton’s bridge and runs the process without asking for a code', { timeout: 90_000 }, async () => {
    const dir = processesFolder();
    const result = await runBatonProcess(['run', 'Greet', '--local', '--wait', '--input', 'Name=Ada', '--json'], {
      home: join(dir, 'home'),
      env: { BATON_ROBOT_PROCESSES: join(dir, 'processes'), BATON_ROBOT_URL: undefined, BATON_ROBOT_TOKEN: undefined },
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ target: 'local', state: 'successful', outputArguments: { Greeting: 'Hello, Ada!' } });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/pairing code|baton robot pair/i);
  });

  it('takes the command folder from --robot-processes as well', { timeout: 90_000 }, async () => {
    const dir = processesFolder();
    const result = await runBatonProcess(
      ['--robot-processes', join(dir, 'processes'), 'run', 'Greet', '--local', '--wait', '--input', 'Name=Bo', '--json'],
      {
        home: join(dir, 'home'),
        env: { BATON_ROBOT_PROCESSES: undefined, BATON_ROBOT_URL: undefined, BATON_ROBOT_TOKEN: undefined },
      },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ target: 'local', state: 'successful', outputArguments: { Greeting: 'Hello, Bo!' } });
  });

  it('says there is no robot on this machine, what it looked for and what to install, never naming npm', { timeout: 90_000 }, async () => {
    const dir = processesFolder();
    const result = await runBatonProcess(['robot', 'status'], {
      home: join(dir, 'home'),
      env: { BATON_ROBOT_PROCESSES: join(dir, 'missing'), BATON_ROBOT_URL: undefined },
    });
    expect(result.stdout).toContain('Robot: no robot found on this machine.');
    expect(result.stdout).toContain('hint: Install UiPath Assistant');
    expect(result.stdout).toContain(`The command processes folder ${join(dir, 'missing')} does not exist.`);
    expect(`${result.stdout}${result.stderr}`).not.toContain('npm');
    // What it looked for, in the language of LANG: the bridge sent its lines as message ids too.
    const german = await runBatonProcess(['robot', 'status'], {
      home: join(dir, 'home'),
      env: { BATON_ROBOT_PROCESSES: join(dir, 'missing'), BATON_ROBOT_URL: undefined, LANG: 'de_DE.UTF-8' },
    });
    expect(german.stdout).toContain(`Der Ordner der Befehlsprozesse ${join(dir, 'missing')} existiert nicht.`);
    expect(german.stdout).not.toContain('does not exist');
  });
});
