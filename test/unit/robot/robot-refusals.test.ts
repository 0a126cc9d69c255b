import { beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcessHost, ForkedChild } from '../../../src/main/platform';
import { createManualClock, createRecordingLogger } from '../../../src/main/platform/memory';
import { createBridgeLauncher } from '../../../src/main/robot/bridge-launcher';
import { installProcess } from '../../../src/main/robot/install-process';
import type { RobotClient } from '../../../src/main/robot/robot-client-types';
import { assertLoopbackRobotUrl } from '../../../src/main/robot/robot-url';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusal } from '../../support/refusal';

// The robot's refusals are message ids with values: the English beside them is pinned here by
// hand, and the same ids say it in the person's language.
let de: Translator;
let ar: Translator;
beforeAll(async () => void ([de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')])));

/** One child that says what the test tells it to. */
function scriptedChild() {
  const listeners = new Set<(message: unknown) => void>();
  const child: ForkedChild = {
    postMessage: () => {},
    onMessage: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
    onExit: () => () => {},
    onStderr: () => () => {},
    kill: () => {},
  };
  const host: ChildProcessHost = { fork: () => child };
  return { host, say: (message: unknown) => listeners.forEach((listener) => listener(message)) };
}

describe('what the robot side says when it refuses', () => {
  it('refuses a robot bridge URL on another host, in English and in German', async () => {
    const error = await refusal(() => assertLoopbackRobotUrl('ws://10.0.0.5:8765/robot'));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'A robot bridge URL must point at this machine (ws://127.0.0.1:PORT/robot).',
      'Use ws://127.0.0.1:<port>/robot or ws://[::1]:<port>/robot; Baton never connects to a robot bridge on another host.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe(
      'Die URL einer Roboter-Bridge muss auf diesen Rechner zeigen (ws://127.0.0.1:PORT/robot).',
    );
  });

  it('says why Baton’s own bridge could not start, the bridge’s reason kept as it came', async () => {
    const { host, say } = scriptedChild();
    const launcher = createBridgeLauncher({
      settings: () => ({}),
      clock: createManualClock(),
      logger: createRecordingLogger(),
      host,
      entry: () => ({ module: 'm', execArgv: [] }),
    });
    const starting = launcher.ensure();
    say({ type: 'failed', message: 'listen EACCES 127.0.0.1:8765' });
    const error = await refusal(() => starting);
    expect([error.code, error.message]).toEqual([
      'ROBOT_UNAVAILABLE',
      'Baton’s robot bridge could not start: listen EACCES 127.0.0.1:8765',
    ]);
    expect(renderParts(ar, error.messageText!)).toBe('تعذّر بدء جسر الروبوت الخاص بـ Baton: listen EACCES 127.0.0.1:8765');
  });

  it('names a process the robot does not have, and says where to look', async () => {
    const client = { listProcesses: async () => [] } as unknown as RobotClient;
    const error = await refusal(() => installProcess(client, 'greet'));
    expect([error.code, error.message, error.hint]).toEqual([
      'NOT_FOUND',
      'The robot on this machine has no process "greet".',
      'Check `baton robot processes` for the processes this robot offers.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe('Der Roboter auf diesem Rechner hat keinen Prozess „greet“.');
  });
});
