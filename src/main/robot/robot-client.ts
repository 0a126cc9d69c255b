import { randomUUID } from 'node:crypto';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import { createEmitter } from '../lib';
import { createBackoff } from './backoff';
import { createJobFeed } from './job-feed';
import type { RobotClient, RobotClientOptions, RobotStatus } from './robot-client-types';
import { isDisconnectError, openRobotConnection, type ConnectionClosed, type RobotConnection } from './robot-connection';
import { pairingRequired, robotUnavailable } from './robot-errors';
import { shakeHands } from './robot-handshake';
import { assertLoopbackRobotUrl } from './robot-url';

export type { RobotClient, RobotClientOptions, RobotConnectionState, RobotStatus } from './robot-client-types';

export function robotTokenKey(url: string): string {
  return `robot-token:${url}`;
}

export function createRobotClient(options: RobotClientOptions): RobotClient {
  const { url, vault, clock } = options;
  const logger = options.logger.child('robot');
  const tokenKey = robotTokenKey(url);
  const backoff = createBackoff(options.backoff);
  const stateListeners = createEmitter<RobotStatus>((error) => logger.warn('A robot state listener failed', { error: String(error) }));
  const feed = createJobFeed({ request: (call) => request(call), clock, logger });

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
        error: BatonError.said('ROBOT_REJECTED', said('errors.bridgeRefusedConnection', { status: String(closed.httpStatus) }), {
          hint: said('errors.bridgeRefusedConnectionHint'),
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

  async function handshake(opened: RobotConnection): Promise<void> {
    const outcome = await shakeHands(opened, { token: await vault.get(tokenKey), clientInfo: options.clientInfo, url });
    switch (outcome.kind) {
      case 'pairing-required':
        // The stored token is kept: whoever answers may not be the bridge that issued it; a new pairing replaces it.
        backoff.reset();
        pairingId = outcome.pairingId;
        return setStatus({ state: 'pairing-required', pairingExpiresAt: clock.now() + outcome.expiresInSeconds * 1000 });
      case 'impostor':
        logger.warn('The program on the robot bridge port could not prove it holds the pairing');
        return refuse(outcome.error, opened);
      case 'pairing-gone':
        // Pair again.
        await vault.delete(tokenKey);
        return opened.close();
      case 'ready':
        backoff.reset();
        setStatus({ state: 'ready', robot: outcome.robot, features: outcome.features });
        await feed.resync().catch((error: unknown) =>
          logger.warn('Could not resynchronise robot jobs after connecting', {
            code: error instanceof BatonError ? error.code : 'INTERNAL',
          }),
        );
    }
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
        onNotification: feed.onNotification as never,
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
        status.error ? BatonError.fromPayload(status.error) : BatonError.said('ROBOT_REJECTED', said('errors.bridgeRefusedBaton')),
      );
    }
    return request(call);
  }

  /** Resolves when the client is ready again, or false after `ms`. */
  function waitUntilReady(ms: number): Promise<boolean> {
    if (status.state === 'ready') return Promise.resolve(true);
    return new Promise((resolve) => {
      const stop = stateListeners.on((next) => {
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
    },
    async dispose() {
      stop();
    },
    onStateChanged: (listener) => stateListeners.on(listener),
    settled(timeoutMs) {
      if (status.state !== 'connecting') return Promise.resolve();
      return new Promise((resolve) => {
        const stop = stateListeners.on((next) => next.state !== 'connecting' && finish());
        const cancel = clock.setTimeout(finish, timeoutMs);
        function finish(): void {
          stop();
          cancel();
          resolve();
        }
      });
    },

    async pair(code) {
      if (status.state !== 'pairing-required' || !pairingId || !connection) {
        if (status.state === 'ready') throw BatonError.said('CONFLICT', said('errors.alreadyPaired'));
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
    onJobUpdated: (listener) => feed.onJobUpdated(listener),
    onJobLog: (listener) => feed.onJobLog(listener),
    onJobEvent: (listener) => feed.onJobEvent(listener),
    onProcessesChanged: (listener) => feed.onProcessesChanged(listener),
  };
}
