/**
 * Entry of the robot bridge when Baton starts it (src/main/robot/bridge-launcher.ts): an Electron
 * utility process or a Node child with an IPC channel. Configuration and the pairing secret come
 * over that channel only; the process ends when Baton says stop or goes away.
 */
import { managedStartSchema, startManagedBridge, type ManagedMessage } from './managed';
import type { RobotBridge } from './server';

interface ParentChannel {
  send(message: ManagedMessage): void;
  onMessage(listener: (message: unknown) => void): void;
  onGone(listener: () => void): void;
}

function parentChannel(): ParentChannel | undefined {
  // Electron utility process: `process.parentPort`.
  const parentPort = (
    process as unknown as { parentPort?: { postMessage(m: unknown): void; on(e: 'message', l: (event: { data: unknown }) => void): void } }
  ).parentPort;
  if (parentPort) {
    return {
      send: (message) => parentPort.postMessage(message),
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
      // Electron ends utility processes with the app.
      onGone: () => {},
    };
  }
  if (typeof process.send === 'function') {
    return {
      send: (message) => void process.send?.(message),
      onMessage: (listener) => void process.on('message', listener),
      onGone: (listener) => void process.on('disconnect', listener),
    };
  }
  return undefined;
}

const channel = parentChannel();
if (!channel) {
  process.stderr.write('This is the robot bridge Baton starts for itself; to run one by hand, use `baton-robot`.\n');
  process.exit(2);
}

let bridge: RobotBridge | undefined;
let isStopping = false;

async function stop(): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  await bridge?.close().catch(() => {});
  process.exit(0);
}

channel.onMessage((message) => {
  if ((message as { type?: unknown } | null)?.type === 'stop') return void stop();
  const start = managedStartSchema.safeParse(message);
  if (!start.success || bridge) return;
  startManagedBridge(start.data, (answer) => channel.send(answer)).then(
    (started) => {
      if (!started) return void setTimeout(() => process.exit(0), 50);
      bridge = started;
    },
    (error: unknown) => {
      // No detail that could carry a path of someone else's: Baton shows the sentence and the log has the rest.
      channel.send({ type: 'failed', message: error instanceof Error ? error.message : 'The robot bridge could not start.' });
      setTimeout(() => process.exit(1), 50);
    },
  );
});
channel.onGone(() => void stop());
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
