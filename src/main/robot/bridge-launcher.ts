import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BatonError } from '../../shared/errors';
import { said, textPartsSchema, verbatim } from '../../shared/message-parts';
import type { MessageText } from '../../shared/i18n';
import type { ChildProcessHost, Clock, ForkedChild, Logger } from '../platform';
import { createEmitter } from '../lib';

export type BridgeExecutorChoice = 'simulated' | 'command' | 'uirobot' | 'robotjs';

/** What Baton tells a bridge it starts (src/robot-bridge/managed.ts), apart from the secret. */
export interface BridgeLaunchSettings {
  /** The person's override; absent: the bridge chooses by what the machine has. */
  executor?: BridgeExecutorChoice;
  processesDir?: string;
  catalog?: string;
  /** Where the bridge keeps pairings of other clients. */
  tokensFile?: string;
  /** Where the bridge keeps installed processes and their input schemas. */
  processStateFile?: string;
  /** Where RobotJS discovery is looked for (default 2323). */
  robotJsPort?: number;
}

/** A bridge Baton started and is paired with. The token lives in memory only, for this bridge's life. */
export interface ManagedBridge {
  url: string;
  token: string;
  executor: BridgeExecutorChoice;
  evidence: string[];
  /** `evidence` as message ids, one per line, when the bridge sent them (a bridge from before them did not). */
  evidenceText?: MessageText[];
}

/** The child's evidence ids, checked: they come from another process. */
function evidenceTextOf(value: unknown, lines: number): { evidenceText: MessageText[] } | undefined {
  const parsed = textPartsSchema.safeParse(value);
  return parsed.success && parsed.data.length === lines ? { evidenceText: [...parsed.data] } : undefined;
}

export interface PairingRequest {
  code: string;
  clientName: string;
  expiresAt: number;
}

export interface ConsentRequest {
  code: number;
}

export interface BridgeLauncher {
  /** The running bridge, starting it first if needed. Rejects ROBOT_UNAVAILABLE (with evidence) when no robot is found. */
  ensure(): Promise<ManagedBridge>;
  current(): ManagedBridge | undefined;
  /** Every time a bridge is up: the first start and each restart (a new URL and a new secret). */
  onStarted(listener: (bridge: ManagedBridge) => void): () => void;
  /** Another client asks the bridge to pair: Baton's window shows the code and who asks. */
  onPairingRequest(listener: (request: PairingRequest) => void): () => void;
  /** UiPath Assistant is asking the person to allow the bridge, showing this code. */
  onConsentRequest(listener: (request: ConsentRequest) => void): () => void;
  /** Stops the bridge (its jobs are stopped and reported) and does not restart it. */
  stop(): Promise<void>;
}

export interface BridgeEntry {
  module: string;
  execArgv: string[];
}

/** Waits after unexpected exits before the next start; the last one repeats. */
export const RESTART_DELAYS_MS = [500, 2_000, 5_000, 15_000, 30_000];
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 8_000;
/** A bridge up this long counts as healthy again: the next crash restarts it quickly. */
const HEALTHY_AFTER_MS = 60_000;
/** "No robot found" is remembered this long, so each status call does not start a child to look again. */
const NO_ROBOT_MEMORY_MS = 15_000;

/**
 * The bridge module Baton runs: built next to the main bundle (out/main/robot-bridge.js) in the
 * app, or the TypeScript source through tsx in a checkout (`node bin/baton.mjs`).
 */
export function defaultBridgeEntry(): BridgeEntry {
  const here = dirname(fileURLToPath(import.meta.url));
  // Bundled code may sit in a chunk folder below the entry files.
  const built = [join(here, 'robot-bridge.js'), join(here, 'robot-bridge.mjs'), join(here, '..', 'robot-bridge.js')].find((file) =>
    existsSync(file),
  );
  if (built) return { module: built, execArgv: [] };
  const source = resolve(here, '../../robot-bridge/child.ts');
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return { module: source, execArgv: ['--import', pathToFileURL(tsx).href] };
}

/** Node hosts: a child of this Node (`process.execPath`) with an IPC channel; nothing but stderr is read from it. */
export function createNodeChildProcessHost(): ChildProcessHost {
  return {
    fork(modulePath, options) {
      const child = fork(modulePath, [], { execArgv: options.execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'json' });
      const stderr = child.stderr ? createInterface({ input: child.stderr }) : undefined;
      const forked: ForkedChild = {
        postMessage: (message) => {
          if (child.connected) child.send(message as never);
        },
        onMessage(listener) {
          child.on('message', listener);
          return () => void child.off('message', listener);
        },
        onExit(listener) {
          const once = (code: number | null) => listener(code);
          child.once('exit', once);
          return () => void child.off('exit', once);
        },
        onStderr(listener) {
          stderr?.on('line', listener);
          return () => void stderr?.off('line', listener);
        },
        kill: () => void child.kill('SIGKILL'),
      };
      child.on('error', () => {});
      return forked;
    },
  };
}

export function createBridgeLauncher(deps: {
  settings: () => BridgeLaunchSettings;
  clock: Clock;
  logger: Logger;
  host?: ChildProcessHost;
  entry?: () => BridgeEntry;
  restartDelaysMs?: number[];
}): BridgeLauncher {
  const logger = deps.logger.child('robot-bridge');
  const host = deps.host ?? createNodeChildProcessHost();
  const restartDelays = deps.restartDelaysMs ?? RESTART_DELAYS_MS;
  const started = createEmitter<ManagedBridge>((error) => logger.warn('A bridge listener failed', { error: String(error) }));
  const pairingRequests = createEmitter<PairingRequest>();
  const consentRequests = createEmitter<ConsentRequest>();
  let child: ForkedChild | undefined;
  let running: ManagedBridge | undefined;
  let starting: Promise<ManagedBridge> | undefined;
  let noRobot: { error: BatonError; at: number } | undefined;
  let isStopped = false;
  let crashes = 0;
  let upSince = 0;
  let cancelRestart = () => {};

  function spawn(): Promise<ManagedBridge> {
    const secret = randomBytes(32).toString('base64url');
    const entry = (deps.entry ?? defaultBridgeEntry)();
    const settings = deps.settings();
    const forked = host.fork(entry.module, { name: 'Baton robot bridge', execArgv: entry.execArgv });
    child = forked;
    return new Promise<ManagedBridge>((resolvePromise, reject) => {
      let isSettled = false;
      const cancelTimeout = deps.clock.setTimeout(() => {
        fail(BatonError.said('ROBOT_UNAVAILABLE', said('errors.managedTimedOut'), { hint: said('errors.logHasDetails') }));
        forked.kill();
      }, START_TIMEOUT_MS);
      function fail(error: BatonError): void {
        if (isSettled) return;
        isSettled = true;
        cancelTimeout();
        reject(error);
      }
      forked.onStderr((line) => logger.warn('Robot bridge stderr', { line: line.slice(0, 500) }));
      forked.onMessage((raw) => {
        const message = raw as { type?: string } & Record<string, unknown>;
        switch (message.type) {
          case 'ready': {
            if (isSettled) return;
            isSettled = true;
            cancelTimeout();
            running = {
              url: String(message.url),
              token: secret,
              executor: message.executor as BridgeExecutorChoice,
              evidence: (message.evidence as string[]) ?? [],
              ...evidenceTextOf(message.evidenceText, ((message.evidence as string[]) ?? []).length),
            };
            upSince = deps.clock.now();
            logger.info('Robot bridge started', { url: running.url, executor: running.executor });
            resolvePromise(running);
            started.emit(running);
            return;
          }
          case 'no-robot': {
            // The bridge's own hint (another program's words) is shown as it came; what it looked at, with its ids.
            const looked = Array.isArray(message.evidence) ? evidenceTextOf(message.evidenceText, message.evidence.length) : undefined;
            const error = BatonError.said('ROBOT_UNAVAILABLE', said('errors.noRobotFound'), {
              hint: verbatim(String(message.hint)),
              details: { evidence: message.evidence, ...(looked ? { evidenceText: looked.evidenceText.map((line) => [line]) } : {}) },
            });
            noRobot = { error, at: deps.clock.now() };
            return fail(error);
          }
          case 'failed':
            return fail(BatonError.said('ROBOT_UNAVAILABLE', said('errors.managedFailedBecause', { reason: String(message.message) })));
          case 'pairing':
            return pairingRequests.emit({
              code: String(message.code),
              clientName: String(message.clientName),
              expiresAt: Number(message.expiresAt),
            });
          case 'consent':
            return consentRequests.emit({ code: Number(message.code) });
          case 'log':
            return (message.level === 'warn' ? logger.warn : logger.info)(
              String(message.message),
              message.fields as Record<string, unknown>,
            );
          default:
            return undefined;
        }
      });
      forked.onExit((code) => {
        if (child === forked) child = undefined;
        const wasRunning = running !== undefined && isSettled;
        if (!isSettled)
          fail(BatonError.said('ROBOT_UNAVAILABLE', said('errors.managedStoppedStarting'), { hint: said('errors.logHasDetails') }));
        if (!wasRunning) return;
        running = undefined;
        if (isStopped) return;
        logger.warn('Robot bridge exited; starting it again', { code });
        scheduleRestart();
      });
      // The secret travels only on this private channel: never argv or the environment, which other programs can read.
      forked.postMessage({ type: 'start', secret, port: 0, ...withoutUndefined(settings) });
    });
  }

  function scheduleRestart(): void {
    if (deps.clock.now() - upSince >= HEALTHY_AFTER_MS) crashes = 0;
    const delay = restartDelays[Math.min(crashes, restartDelays.length - 1)] ?? 1_000;
    crashes += 1;
    cancelRestart();
    cancelRestart = deps.clock.setTimeout(() => {
      if (isStopped || starting) return;
      void ensure().catch((error: unknown) => {
        logger.warn('Could not restart the robot bridge', { code: error instanceof BatonError ? error.code : 'INTERNAL' });
        if (!isStopped && !noRobot) scheduleRestart();
      });
    }, delay);
  }

  function ensure(): Promise<ManagedBridge> {
    if (running) return Promise.resolve(running);
    if (starting) return starting;
    if (noRobot && deps.clock.now() - noRobot.at < NO_ROBOT_MEMORY_MS) return Promise.reject(noRobot.error);
    isStopped = false;
    noRobot = undefined;
    let spawned: Promise<ManagedBridge>;
    try {
      spawned = spawn();
    } catch (error) {
      // No bridge module to run (a broken install) or the OS refused the child: said, not thrown at the caller.
      logger.error('Could not start the robot bridge', { error: String(error) });
      return Promise.reject(
        BatonError.said('ROBOT_UNAVAILABLE', said('errors.managedNotStarted'), { hint: said('errors.managedNotStartedHint') }),
      );
    }
    starting = spawned.finally(() => {
      starting = undefined;
    });
    return starting;
  }

  return {
    ensure,
    current: () => running,
    onStarted: (listener) => started.on(listener),
    onPairingRequest: (listener) => pairingRequests.on(listener),
    onConsentRequest: (listener) => consentRequests.on(listener),
    async stop() {
      isStopped = true;
      cancelRestart();
      const stopping = child;
      running = undefined;
      if (!stopping) return;
      await new Promise<void>((done) => {
        const cancel = deps.clock.setTimeout(() => {
          stopping.kill();
          done();
        }, STOP_TIMEOUT_MS);
        stopping.onExit(() => {
          cancel();
          done();
        });
        stopping.postMessage({ type: 'stop' });
      });
    },
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
