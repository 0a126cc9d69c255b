import { randomUUID } from 'node:crypto';
import { BatonError, type BatonErrorPayload } from '../../shared/errors';
import { authMessage, clientProof, isServerProofValid, randomNonce, tokenIdOf } from '../../shared/robot-auth';
import {
  ROBOT_PROTOCOL_VERSION,
  type JobEvent,
  type JobLog,
  type LocalJob,
  type LocalProcess,
  type OfferedProcess,
  type RobotClientInfo,
  type RobotInfo,
  type RobotMethodResult,
  type StopMode,
} from '../../shared/robot-protocol';
import type { Clock, Logger, SecretVault } from '../platform';
import { createBackoff, type BackoffOptions } from './backoff';
import { createJobTracker } from './job-tracker';
import { createListeners } from './listeners';
import {
  isDisconnectError,
  openRobotConnection,
  type ConnectionClosed,
  type RobotConnection,
  type WebSocketImpl,
} from './robot-connection';
import { pairingRequired, robotUnavailable } from './robot-errors';
import { assertLoopbackRobotUrl } from './robot-url';

export type RobotConnectionState = 'unreachable' | 'connecting' | 'pairing-required' | 'ready' | 'rejected';

export interface RobotStatus {
  state: RobotConnectionState;
  url: string;
  robot?: RobotInfo;
  features?: string[];
  /** While pairing-required: when the code shown on the robot stops working (epoch ms). */
  pairingExpiresAt?: number;
  /** Why the robot is unreachable or rejected us, with a hint. */
  error?: BatonErrorPayload;
}

export interface RobotClient {
  readonly url: string;
  status(): RobotStatus;
  /** Connects and keeps reconnecting until the returned disposer (or close) is called. */
  start(): () => void;
  close(): Promise<void>;
  onStateChanged(listener: (status: RobotStatus) => void): () => void;
  pair(code: string): Promise<RobotInfo>;
  unpair(): Promise<void>;
  listProcesses(): Promise<LocalProcess[]>;
  installProcess(key: string): Promise<void>;
  /** Replaces the Orchestrator processes offered to a bridge that runs processes by name; answers how many it lists. */
  offerProcesses(processes: OfferedProcess[]): Promise<number>;
  /** `jobId` is generated here if not given, so a retry after a dropped socket cannot start the job twice. */
  startJob(processKey: string, inputArguments?: Record<string, unknown>, jobId?: string): Promise<LocalJob>;
  stopJob(jobId: string, mode?: StopMode): Promise<LocalJob>;
  /** Suspends or continues a running job where the robot can (the command executor on POSIX); CONFLICT otherwise. */
  pauseJob(jobId: string): Promise<LocalJob>;
  resumeJob(jobId: string): Promise<LocalJob>;
  getJob(jobId: string): Promise<LocalJob>;
  listJobs(options?: { active?: boolean }): Promise<LocalJob[]>;
  sendMessage(jobId: string, channel: string, payload: unknown): Promise<void>;
  onJobUpdated(listener: (job: LocalJob) => void): () => void;
  onJobLog(listener: (log: JobLog) => void): () => void;
  onJobEvent(listener: (event: JobEvent) => void): () => void;
  onProcessesChanged(listener: () => void): () => void;
}

export interface RobotClientOptions {
  url: string;
  vault: SecretVault;
  clock: Clock;
  logger: Logger;
  clientInfo: RobotClientInfo;
  WebSocketImpl?: WebSocketImpl;
  backoff?: BackoffOptions;
  requestTimeoutMs?: number;
  /** Silence after which the bridge counts as gone (it pings every 15 s). */
  idleTimeoutMs?: number;
  /** How long startJob waits for a reconnect before giving up on its one retry. */
  retryWindowMs?: number;
}

export function robotTokenKey(url: string): string {
  return `robot-token:${url}`;
}

export function createRobotClient(options: RobotClientOptions): RobotClient {
  const { url, vault, clock } = options;
  const logger = options.logger.child('robot');
  const tokenKey = robotTokenKey(url);
  const backoff = createBackoff(options.backoff);
  const tracker = createJobTracker();
  const stateListeners = createListeners<RobotStatus>((error) => logger.warn('A robot state listener failed', { error: String(error) }));
  const jobListeners = createListeners<LocalJob>();
  const logListeners = createListeners<JobLog>();
  const eventListeners = createListeners<JobEvent>();
  const processListeners = createListeners<void>();

  let status: RobotStatus = { state: 'unreachable', url };
  let connection: RobotConnection | undefined;
  let pairingId: string | undefined;
  let isRunning = false;
  let cancelReconnect = () => {};
  let generation = 0;

  function setStatus(next: Omit<RobotStatus, 'url'>): void {
    const changed = next.state !== status.state || next.error?.message !== status.error?.message;
    status = { ...next, url };
    if (changed) logger.info('Robot connection state', { state: status.state });
    stateListeners.emit(status);
  }

  function emitJob(job: LocalJob): void {
    if (tracker.accept(job)) jobListeners.emit(job);
  }

  async function resyncJob(jobId: string): Promise<void> {
    try {
      emitJob(await request((c) => c.request('jobs.get', { jobId })));
    } catch (error) {
      if (error instanceof BatonError && error.code === 'NOT_FOUND') return reportLost(jobId);
      logger.warn('Could not resynchronise a robot job', { jobId, code: error instanceof BatonError ? error.code : 'INTERNAL' });
    }
  }

  /** The bridge restarted without this job: say so instead of leaving it running forever. */
  function reportLost(jobId: string): void {
    const last = tracker.activeJobs().find((job) => job.jobId === jobId);
    if (!last) return;
    emitJob({
      ...last,
      state: 'faulted',
      seq: tracker.lastSeq(jobId) + 1,
      endedAt: new Date(clock.now()).toISOString(),
      error: { code: 'JOB_LOST', message: 'The robot bridge restarted and no longer knows this job.' },
    });
  }

  async function resyncAfterConnect(): Promise<void> {
    const knownActive = tracker.activeJobs();
    const active = await request((c) => c.request('jobs.list', { active: true }));
    for (const job of active) {
      tracker.observe(job.jobId, job.seq);
      emitJob(job);
    }
    const stillActive = new Set(active.map((job) => job.jobId));
    // Jobs that ended while the socket was down are not in the active list: ask for each.
    await Promise.all(knownActive.filter((job) => !stillActive.has(job.jobId)).map((job) => resyncJob(job.jobId)));
  }

  function onNotification(method: string, params: unknown): void {
    if (method === 'processes.changed') return processListeners.emit();
    const { jobId, seq } = params as { jobId: string; seq: number };
    const { isNew, hasGap } = tracker.observe(jobId, seq);
    if (!isNew) return;
    if (method === 'job.updated') emitJob(params as LocalJob);
    else if (method === 'job.log') logListeners.emit(params as JobLog);
    else if (method === 'job.event') eventListeners.emit(params as JobEvent);
    if (hasGap) void resyncJob(jobId);
  }

  function scheduleReconnect(): void {
    if (!isRunning) return;
    const delay = backoff.next();
    cancelReconnect();
    cancelReconnect = clock.setTimeout(() => void connect(), delay);
  }

  function onClosed(closed: ConnectionClosed, myGeneration: number): void {
    if (myGeneration !== generation) return;
    connection = undefined;
    pairingId = undefined;
    if (closed.httpStatus !== undefined && closed.httpStatus >= 400 && closed.httpStatus < 500 && closed.httpStatus !== 408) {
      // The bridge is there but refuses this app (Origin, subprotocol, path): retrying will not help.
      setStatus({
        state: 'rejected',
        error: new BatonError('ROBOT_REJECTED', `The robot bridge refused the connection (HTTP ${closed.httpStatus}).`, {
          hint: 'Check that the robot bridge URL points at a Baton robot bridge of the same version.',
        }).toJSON(),
      });
      return;
    }
    setStatus({ state: 'unreachable', error: robotUnavailable(url).toJSON() });
    scheduleReconnect();
  }

  function refuse(error: BatonError, opened: RobotConnection): void {
    setStatus({ state: 'rejected', error: error.toJSON() });
    opened.close();
  }

  /**
   * Protocol 2: say which pairing Baton holds and send a nonce; only a bridge holding that pairing
   * can answer it. Baton proves itself only after that, so a program squatting on the port gets
   * nothing it could replay (the token itself is never sent).
   */
  async function handshake(opened: RobotConnection): Promise<void> {
    const token = await vault.get(tokenKey);
    const tokenId = token ? await tokenIdOf(token) : undefined;
    const clientNonce = randomNonce();
    const hello = await opened.request('hello', {
      protocol: ROBOT_PROTOCOL_VERSION,
      client: options.clientInfo,
      clientNonce,
      ...(tokenId ? { tokenId } : {}),
    });
    if (hello.status === 'pairing-required') {
      // The stored token is kept: whoever answers may not be the bridge that issued it; a new pairing replaces it.
      backoff.reset();
      pairingId = hello.pairingId;
      setStatus({ state: 'pairing-required', pairingExpiresAt: clock.now() + hello.expiresInSeconds * 1000 });
      return;
    }
    const message = authMessage({ tokenId: tokenId ?? '', clientNonce, serverNonce: hello.serverNonce });
    if (!token || !tokenId || !(await isServerProofValid(token, message, hello.serverProof))) {
      logger.warn('The program on the robot bridge port could not prove it holds the pairing');
      return refuse(
        new BatonError('ROBOT_REJECTED', `The program answering at ${url} could not prove it is the robot bridge Baton paired with.`, {
          hint: 'Baton sent it nothing secret. Another program may be holding the robot bridge’s port: stop it or restart the robot bridge, then reconnect.',
          details: { url },
        }),
        opened,
      );
    }
    let ready: RobotMethodResult<'authenticate'>;
    try {
      ready = await opened.request('authenticate', { clientProof: await clientProof(token, message) });
    } catch (error) {
      if (error instanceof BatonError && (error.details as { reason?: string } | undefined)?.reason === 'AUTH_FAILED') {
        // The bridge holds this pairing's keys yet refuses the proof: the pairing is gone there; pair again.
        await vault.delete(tokenKey);
        opened.close();
        return;
      }
      throw error;
    }
    backoff.reset();
    setStatus({ state: 'ready', robot: ready.robot, features: ready.features });
    await resyncAfterConnect().catch((error: unknown) =>
      logger.warn('Could not resynchronise robot jobs after connecting', {
        code: error instanceof BatonError ? error.code : 'INTERNAL',
      }),
    );
  }

  async function connect(): Promise<void> {
    if (!isRunning) return;
    const myGeneration = ++generation;
    try {
      assertLoopbackRobotUrl(url);
    } catch (error) {
      // Never dialled: the handshake names the pairing, and a bridge is only ever on this machine.
      setStatus({ state: 'rejected', error: (error as BatonError).toJSON() });
      return;
    }
    setStatus({ state: 'connecting' });
    let opened: RobotConnection;
    try {
      opened = await openRobotConnection({
        url,
        clock,
        logger,
        WebSocketImpl: options.WebSocketImpl,
        requestTimeoutMs: options.requestTimeoutMs ?? 15_000,
        idleTimeoutMs: options.idleTimeoutMs ?? 45_000,
        onNotification: onNotification as never,
        onClosed: (closed) => onClosed(closed, myGeneration),
      });
    } catch (closed) {
      return onClosed(closed as ConnectionClosed, myGeneration);
    }
    if (myGeneration !== generation || !isRunning) return opened.close();
    connection = opened;
    try {
      await handshake(opened);
    } catch (error) {
      if (isDisconnectError(error)) return; // onClosed takes over
      logger.warn('The robot handshake failed', { code: error instanceof BatonError ? error.code : 'INTERNAL' });
      const payload = error instanceof BatonError ? error.toJSON() : robotUnavailable(url, error).toJSON();
      setStatus({ state: 'rejected', error: payload });
      opened.close();
    }
  }

  // Plain functions returning the call's own promise: every local request passes here, and each
  // async layer would add its own turns of the microtask queue to the round trip.
  function request<T>(call: (connection: RobotConnection) => Promise<T>): Promise<T> {
    if (!connection || status.state === 'connecting' || status.state === 'unreachable') return Promise.reject(robotUnavailable(url));
    return call(connection);
  }

  function readyRequest<T>(call: (connection: RobotConnection) => Promise<T>): Promise<T> {
    if (status.state === 'pairing-required') return Promise.reject(pairingRequired());
    if (status.state === 'rejected') {
      return Promise.reject(
        status.error ? BatonError.fromPayload(status.error) : new BatonError('ROBOT_REJECTED', 'The robot bridge refused Baton.'),
      );
    }
    return request(call);
  }

  /** Resolves when the client is ready again, or false after `ms`. */
  function waitUntilReady(ms: number): Promise<boolean> {
    if (status.state === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const stop = stateListeners.add((next) => {
        if (next.state === 'ready') finish(true);
        else if (next.state === 'rejected' || next.state === 'pairing-required') finish(false);
      });
      const cancel = clock.setTimeout(() => finish(false), ms);
      function finish(isReady: boolean): void {
        stop();
        cancel();
        resolve(isReady);
      }
    });
  }

  function stop(): void {
    isRunning = false;
    generation += 1;
    cancelReconnect();
    connection?.close();
    connection = undefined;
    if (status.state !== 'unreachable') setStatus({ state: 'unreachable' });
  }

  return {
    url,
    status: () => ({ ...status }),
    start() {
      if (!isRunning || status.state === 'rejected') {
        isRunning = true;
        cancelReconnect();
        void connect();
      }
      return stop;
    },
    async close() {
      stop();
    },
    onStateChanged: (listener) => stateListeners.add(listener),

    async pair(code) {
      if (status.state !== 'pairing-required' || !pairingId || !connection) {
        if (status.state === 'ready') throw new BatonError('CONFLICT', 'Baton is already paired with this robot.');
        throw robotUnavailable(url);
      }
      const result = await connection.request('pair', { pairingId, code: code.replace(/\s+/g, '') });
      await vault.set(tokenKey, result.token);
      pairingId = undefined;
      backoff.reset();
      setStatus({ state: 'ready', robot: result.robot, features: result.robot.features });
      return result.robot;
    },

    async unpair() {
      try {
        await readyRequest((c) => c.request('unpair', {}));
      } finally {
        await vault.delete(tokenKey);
      }
      // Reconnect so the bridge offers a fresh pairing.
      connection?.close();
    },

    listProcesses: () => readyRequest((c) => c.request('processes.list', {})),
    async installProcess(key) {
      await readyRequest((c) => c.request('processes.install', { key }));
    },
    offerProcesses: async (processes) => (await readyRequest((c) => c.request('processes.offer', { processes }))).accepted,

    async startJob(processKey, inputArguments = {}, jobId = randomUUID()) {
      const call = () => readyRequest((c) => c.request('jobs.start', { processKey, inputArguments, jobId }));
      try {
        return await call();
      } catch (error) {
        // The start may or may not have reached the bridge; the same jobId makes one retry safe.
        if (!isDisconnectError(error) || !(await waitUntilReady(options.retryWindowMs ?? 10_000))) throw error;
        logger.info('Retrying a robot job start after a reconnect', { jobId });
        return call();
      }
    },
    stopJob: (jobId, mode = 'soft') => readyRequest((c) => c.request('jobs.stop', { jobId, mode })),
    pauseJob: (jobId) => readyRequest((c) => c.request('jobs.pause', { jobId })),
    resumeJob: (jobId) => readyRequest((c) => c.request('jobs.resume', { jobId })),
    getJob: (jobId) => readyRequest((c) => c.request('jobs.get', { jobId })),
    listJobs: (listOptions = {}) => readyRequest((c) => c.request('jobs.list', listOptions)),
    async sendMessage(jobId, channel, payload) {
      await readyRequest((c) => c.request('jobs.message', { jobId, channel, payload }));
    },
    onJobUpdated: (listener) => jobListeners.add(listener),
    onJobLog: (listener) => logListeners.add(listener),
    onJobEvent: (listener) => eventListeners.add(listener),
    onProcessesChanged: (listener) => processListeners.add(() => listener()),
  };
}
