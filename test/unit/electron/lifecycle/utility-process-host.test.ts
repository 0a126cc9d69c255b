import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createUtilityProcessHost, type UtilityProcessApi } from '../../../../src/main/electron/lifecycle/utility-process-host';

/** Electron's utilityProcess as far as the host uses it: fork, postMessage, message/exit events, stderr. */
function fakeUtilityProcess() {
  const forks: { modulePath: string; options: unknown; posted: unknown[]; child: EventEmitter & { stderr: PassThrough } }[] = [];
  const api = {
    fork(modulePath: string, _args?: string[], options?: unknown) {
      const posted: unknown[] = [];
      const child = Object.assign(new EventEmitter(), {
        stderr: new PassThrough(),
        postMessage: (message: unknown) => posted.push(message),
        kill: () => child.emit('exit', 9),
      });
      forks.push({ modulePath, options, posted, child });
      return child;
    },
  };
  return { api: api as unknown as UtilityProcessApi, forks };
}

describe('robot bridge in an Electron utility process', () => {
  it('forks the built bridge by name, passes messages both ways, reports stderr lines and the exit', () => {
    const { api, forks } = fakeUtilityProcess();
    const child = createUtilityProcessHost(api).fork('/app/out/main/robot-bridge.js', { name: 'Baton robot bridge', execArgv: [] });
    expect(forks[0]).toMatchObject({ modulePath: '/app/out/main/robot-bridge.js', options: { serviceName: 'Baton robot bridge' } });
    child.postMessage({ type: 'start' });
    expect(forks[0]!.posted).toEqual([{ type: 'start' }]);
    const messages: unknown[] = [];
    const lines: string[] = [];
    const exits: (number | null)[] = [];
    child.onMessage((message) => messages.push(message));
    child.onStderr((line) => lines.push(line));
    child.onExit((code) => exits.push(code));
    forks[0]!.child.emit('message', { type: 'ready', url: 'ws://127.0.0.1:1/robot' });
    forks[0]!.child.stderr.write('first line\nsecond ');
    forks[0]!.child.stderr.write('half\n');
    child.kill();
    expect(messages).toEqual([{ type: 'ready', url: 'ws://127.0.0.1:1/robot' }]);
    expect(lines).toEqual(['first line', 'second half']);
    expect(exits).toEqual([9]);
  });
});
