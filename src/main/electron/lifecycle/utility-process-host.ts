import type { UtilityProcess } from 'electron';
import type { ChildProcessHost, ForkedChild } from '../../platform';

export type UtilityProcessApi = { fork(modulePath: string, args?: string[], options?: Electron.ForkOptions): UtilityProcess };

/**
 * Baton's robot bridge in an Electron utility process: Node without a system Node.js, ended with
 * the app. The message port is private to the two processes; stderr goes to the log.
 */
export function createUtilityProcessHost(utilityProcess: UtilityProcessApi): ChildProcessHost {
  return {
    fork(modulePath, options): ForkedChild {
      // execArgv does not apply: the app runs built JavaScript (out/main/robot-bridge.js).
      const child = utilityProcess.fork(modulePath, [], { serviceName: options.name, stdio: ['ignore', 'ignore', 'pipe'] });
      let buffered = '';
      const lineListeners = new Set<(line: string) => void>();
      child.stderr?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const lines = buffered.split(/\r?\n/);
        buffered = lines.pop() ?? '';
        for (const line of lines) for (const listener of lineListeners) listener(line);
      });
      return {
        postMessage: (message) => child.postMessage(message),
        onMessage(listener) {
          child.on('message', listener);
          return () => void child.off('message', listener);
        },
        onExit(listener) {
          const once = (code: number) => listener(code);
          child.once('exit', once);
          return () => void child.off('exit', once);
        },
        onStderr(listener) {
          lineListeners.add(listener);
          return () => void lineListeners.delete(listener);
        },
        kill: () => void child.kill(),
      };
    },
  };
}
