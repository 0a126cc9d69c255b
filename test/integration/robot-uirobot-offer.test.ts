import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createMemorySettings } from '../../src/main/platform/memory';
import { createUiRobotExecutor, startRobotBridge, systemClock } from '../../src/robot-bridge';
import { SANDBOX_USERS } from '../../src/sandbox';
import { isFinalRunState, type Run } from '../../src/shared/contract/runs';
import { realClock } from '../support/auth-harness';
import { createDrivingBrowser } from '../support/browser-driver';
import { writeFakeUiRobot } from '../support/fake-uirobot';
import { getFreePort } from '../support/free-port';

import { startTestSandbox } from '../support/sandbox';

// UiPath Assistant connected to Orchestrator lists the processes of its user's folders, not the
// local feed (anchors-assistant-robotjs.md §2). With the uirobot executor, Baton's robot lists the
// Orchestrator processes alice may run while she is signed in to Baton, runs them by name and
// folder, and goes back to the local feed when she signs out.

async function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'baton-uirobot-offer-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const feedDir = join(root, 'Packages');
  const robot = writeFakeUiRobot(join(root, 'robot'));
  mkdirSync(feedDir, { recursive: true });
  writeFileSync(join(feedDir, 'Payroll.1.2.0.nupkg'), '');

  // platform win32: the stand-in UiRobot.exe is a Node script, so it runs here under its Windows name.
  const executor = createUiRobotExecutor({ clock: systemClock, platform: 'win32', config: { uiRobotPath: robot.path, feedDir } });
  const bridge = await startRobotBridge({ executor, port: 0 });
  onTestFinished(() => bridge.close());
  const codes: string[] = [];
  bridge.onPairingCode((pairing) => codes.push(pairing.code));

  const redirectUri = `http://127.0.0.1:${await getFreePort()}/callback`;
  const sandbox = await startTestSandbox({ redirectUris: [redirectUri] });
  onTestFinished(() => sandbox.close());
  const alice = SANDBOX_USERS.find((user) => user.username === 'alice')!;
  const settings = createMemorySettings();
  settings.set('robot.url', bridge.url);
  const core = createCore({
    platform: createMemoryPlatform({
      clock: realClock,
      settings,
      browser: createDrivingBrowser({ username: alice.username, password: alice.password, redirectUri }),
    }),
    version: '0.0.0-test',
  });
  onTestFinished(() => core.dispose());
  await core.handlers['session.profiles.add']({ name: 'Sandbox', orchestratorUrl: sandbox.orchestratorUrl, redirectUri, makeActive: true });
  expect((await core.handlers['robot.status']({})).state).toBe('pairing-required');
  await core.handlers['robot.pair']({ code: codes.at(-1) ?? '' });
  return { core, robot };
}

describe.skipIf(process.platform === 'win32')('a UiPath Robot driven by UiRobot.exe, with Baton signed in', () => {
  it(
    'lists the Orchestrator processes the person may run, runs one by name and folder, and lists the feed again after sign-out',
    {
      timeout: 60_000,
    },
    async () => {
      const { core, robot } = await setUp();
      const names = async () => (await core.handlers['robot.processes']({})).map((process) => process.name);
      expect(await names()).toEqual(['Payroll']);

      expect((await core.handlers['session.signIn']({})).state).toBe('signed-in');
      const catalog = await core.handlers['catalog.refresh']({});
      const runnable = catalog.processes.filter((process) => process.isRunnable);
      expect(runnable.length).toBeGreaterThan(0);
      const chosen = runnable.find((process) => process.inputArguments.length > 0) ?? runnable[0]!;

      await vi.waitFor(async () => expect(await names()).toContain(chosen.name), { timeout: 20_000, interval: 100 });
      const listed = await core.handlers['robot.processes']({});
      expect(listed).toHaveLength(runnable.length);
      expect(listed.map((process) => process.name)).not.toContain('Payroll');
      const offered = listed.find(
        (process) => process.name === chosen.name && process.key.endsWith(`${chosen.folderPath}/${chosen.name}`),
      )!;
      expect(offered.inputArguments.map((argument) => argument.name)).toEqual(chosen.inputArguments.map((argument) => argument.name));

      const inputs = Object.fromEntries(
        chosen.inputArguments.filter((argument) => argument.kind === 'string').map((argument) => [argument.name, 'Ada']),
      );
      const ended = new Promise<Run>((resolve) => core.events.on('run.updated', (run) => isFinalRunState(run.state) && resolve(run)));
      await core.handlers['runs.start']({ target: 'local', processKey: offered.key, inputArguments: inputs });
      expect(await ended).toMatchObject({ state: 'successful' });
      const execute = robot.calls().find((call) => call[0] === 'execute')!;
      expect(execute.slice(0, 5)).toEqual(['execute', '--process', chosen.name, '--folder', chosen.folderPath]);

      await core.handlers['session.signOut']({});
      await vi.waitFor(async () => expect(await names()).toEqual(['Payroll']), { timeout: 20_000, interval: 100 });
    },
  );
});
