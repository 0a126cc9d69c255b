import { describe, expect, it, onTestFinished } from 'vitest';
import { createMemoryPlatform } from '../../src/main/platform/memory';
import type { Clock } from '../../src/main/platform/types';
import { createRobotService } from '../../src/main/robot';
import { createSeed } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

async function sandboxWithRobotClient() {
  const sandbox: TestSandbox = await startTestSandbox();
  onTestFinished(() => sandbox.close());
  const platform = createMemoryPlatform({ clock: realClock });
  const robot = createRobotService({
    ...platform,
    clientInfo: { name: 'Baton', version: '0.0.0', machine: 'test' },
    defaultUrl: sandbox.robotBridgeUrl,
  });
  robot.start();
  onTestFinished(() => robot.dispose());
  return { sandbox, robot };
}

describe('sandbox robot bridge', () => {
  it('hands out the pending pairing code on the admin API, and Baton pairs with it', async () => {
    const { sandbox, robot } = await sandboxWithRobotClient();
    expect((await robot.settledStatus()).state).toBe('pairing-required');
    const answer = await sandbox.admin('/robot/pairing-code');
    expect(answer.status).toBe(200);
    expect(answer.json.code).toMatch(/^\d{8}$/);
    expect(await robot.pair(answer.json.code)).toMatchObject({ state: 'ready', robot: { executor: 'simulated' } });
  });

  it('refuses the pairing code without the admin token', async () => {
    const { sandbox } = await sandboxWithRobotClient();
    const answer = await fetch(`${sandbox.adminUrl}/robot/pairing-code`);
    expect(answer.status).toBe(401);
  });

  it('answers 404 with an explanation when no pairing is pending', async () => {
    const sandbox = await startTestSandbox();
    onTestFinished(() => sandbox.close());
    const answer = await sandbox.admin('/robot/pairing-code');
    expect(answer.status).toBe(404);
    expect(answer.json.message).toContain('No pairing is pending');
  });

  it('offers local processes under the same process keys as the seed releases', async () => {
    const { sandbox, robot } = await sandboxWithRobotClient();
    await robot.settledStatus();
    await robot.pair((await sandbox.admin('/robot/pairing-code')).json.code);
    const localKeys = (await robot.listProcesses()).map((process) => process.key);
    const seedKeys = new Set(createSeed().processes.map((process) => process.processKey));
    expect(localKeys.length).toBeGreaterThan(0);
    expect(localKeys.filter((key) => !seedKeys.has(key))).toEqual([]);
  });
});
