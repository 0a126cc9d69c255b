import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createMemorySettings } from '../../src/main/platform/memory';
import type { Clock } from '../../src/main/platform/types';
import type { ConnectivityStatus } from '../../src/shared/contract/connectivity';
import type { RobotStatusView } from '../../src/shared/contract/robot';
import { isFinalRunState, type Run } from '../../src/shared/contract/runs';
import { createDispatcher } from '../../src/shared/dispatch';
import { startTestSandbox } from '../support/sandbox';

const realClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};

describe('local runs without Orchestrator', () => {
  it('runs a process on the robot with Orchestrator down and nobody signed in', async () => {
    const sandbox = await startTestSandbox();
    onTestFinished(() => sandbox.close());
    const settings = createMemorySettings();
    settings.set('robot.url', sandbox.robotBridgeUrl);
    const core = createCore({ platform: createMemoryPlatform({ clock: realClock, settings }), version: '0.0.0-test' });
    onTestFinished(() => core.dispose());
    const dispatch = createDispatcher(core.handlers);
    const statuses: ConnectivityStatus[] = [];
    core.events.on('connectivity.changed', (status) => statuses.push(status));

    await dispatch('session.profiles.add', { name: 'Sandbox', orchestratorUrl: sandbox.orchestratorUrl });
    // Orchestrator and Identity Server are gone; only the robot bridge on this machine answers.
    sandbox.faults.add({ path: '.*', reset: true });

    expect((await dispatch('robot.status', {})) as RobotStatusView).toMatchObject({ state: 'pairing-required' });
    const code = (await sandbox.admin('/robot/pairing-code')).json.code as string;
    expect((await dispatch('robot.pair', { code })) as RobotStatusView).toMatchObject({ state: 'ready' });

    const ended = new Promise<Run>((resolve) => {
      core.events.on('run.updated', (run) => {
        if (isFinalRunState(run.state)) resolve(run);
      });
    });
    const started = (await dispatch('runs.start', {
      target: 'local',
      processKey: 'Hello.World',
      inputArguments: { in_Name: 'Ada' },
    })) as Run;
    expect(started).toMatchObject({ target: 'local', processName: 'Hello World' });
    // The sandbox robot's jobs move on the sandbox's manual clock.
    const ticking = setInterval(() => sandbox.clock.advance(500), 5);
    onTestFinished(() => clearInterval(ticking));
    expect(await ended).toMatchObject({ id: started.id, state: 'successful', outputArguments: { out_Greeting: expect.any(String) } });

    const status = (await dispatch('connectivity.status', {})) as ConnectivityStatus;
    expect(status).toMatchObject({ state: 'signed-out', canRunRemotely: false, catalogRefreshedAt: null });
    expect(sandbox.faults.list()[0]!.hits).toBe(0);
  });
});
