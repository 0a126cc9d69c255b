import { describe, expect, it } from 'vitest';
import { createManualClock, createRecordingLogger } from '../../../src/main/platform/memory';
import type { ChildProcessHost, ForkedChild } from '../../../src/main/platform';
import { createBridgeLauncher } from '../../../src/main/robot/bridge-launcher';

/** A child that answers what the test tells it to, recording what Baton posted. */
function scriptedHost() {
  const children: { posted: unknown[]; emit(message: unknown): void; exit(code: number | null): void; killed: boolean }[] = [];
  const host: ChildProcessHost = {
    fork() {
      const messageListeners = new Set<(message: unknown) => void>();
      const exitListeners = new Set<(code: number | null) => void>();
      const record = {
        posted: [] as unknown[],
        killed: false,
        emit: (message: unknown) => messageListeners.forEach((listener) => listener(message)),
        exit: (code: number | null) => exitListeners.forEach((listener) => listener(code)),
      };
      children.push(record);
      const child: ForkedChild = {
        postMessage: (message) => void record.posted.push(message),
        onMessage: (listener) => (messageListeners.add(listener), () => void messageListeners.delete(listener)),
        onExit: (listener) => (exitListeners.add(listener), () => void exitListeners.delete(listener)),
        onStderr: () => () => {},
        kill: () => {
          record.killed = true;
          record.exit(null);
        },
      };
      return child;
    },
  };
  return { host, children };
}

describe('bridge launcher', () => {
  it('hands the bridge a fresh secret on its private channel only, and kills a bridge that does not stop when asked', async () => {
    const clock = createManualClock();
    const { host, children } = scriptedHost();
    const launcher = createBridgeLauncher({
      settings: () => ({ processesDir: '/work/processes' }),
      clock,
      logger: createRecordingLogger(),
      host,
      entry: () => ({ module: '/app/robot-bridge.js', execArgv: [] }),
    });
    const ready = launcher.ensure();
    const start = children[0]!.posted[0] as { type: string; secret: string; processesDir: string; port: number };
    expect(start).toMatchObject({ type: 'start', processesDir: '/work/processes', port: 0 });
    expect(start.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    children[0]!.emit({ type: 'ready', url: 'ws://127.0.0.1:5000/robot', executor: 'command', evidence: ['folder'] });
    expect(await ready).toEqual({ url: 'ws://127.0.0.1:5000/robot', token: start.secret, executor: 'command', evidence: ['folder'] });

    const stopped = launcher.stop();
    expect(children[0]!.posted.at(-1)).toEqual({ type: 'stop' });
    clock.advance(8_000);
    await stopped;
    expect(children[0]!.killed).toBe(true);
  });

  it('says no robot was found with the evidence, and does not start a child again for every look within a while', async () => {
    const clock = createManualClock();
    const { host, children } = scriptedHost();
    const launcher = createBridgeLauncher({
      settings: () => ({}),
      clock,
      logger: createRecordingLogger(),
      host,
      entry: () => ({ module: 'm', execArgv: [] }),
    });
    const first = launcher.ensure();
    children[0]!.emit({ type: 'no-robot', evidence: ['nothing on 2323'], hint: 'Install UiPath Assistant.' });
    await expect(first).rejects.toMatchObject({
      code: 'ROBOT_UNAVAILABLE',
      hint: 'Install UiPath Assistant.',
      details: { evidence: ['nothing on 2323'] },
    });
    await expect(launcher.ensure()).rejects.toMatchObject({ message: 'No robot found on this machine.' });
    expect(children).toHaveLength(1);
  });

  it('answers a missing bridge module with a sentence instead of throwing at the caller', async () => {
    const launcher = createBridgeLauncher({
      settings: () => ({}),
      clock: createManualClock(),
      logger: createRecordingLogger(),
      host: scriptedHost().host,
      entry: () => {
        throw new Error('Cannot find module tsx');
      },
    });
    await expect(launcher.ensure()).rejects.toMatchObject({
      code: 'ROBOT_UNAVAILABLE',
      message: 'Baton could not start its robot bridge.',
    });
  });
});
