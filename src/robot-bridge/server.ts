import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { hostname, userInfo } from 'node:os';
import { WebSocketServer, type WebSocket } from 'ws';
import { notificationText } from '../shared/json-rpc';
import {
  DEFAULT_ROBOT_PORT,
  LEGACY_ROBOT_SUBPROTOCOLS,
  ROBOT_CLOSE_CODES,
  ROBOT_MAX_FRAME_BYTES,
  ROBOT_PATH,
  ROBOT_SUBPROTOCOL,
  type RobotInfo,
} from '../shared/robot-protocol';
import { systemClock, type BridgeClock } from './clock';
import type { Executor } from './executors';
import { createJobManager } from './job-manager';
import { createPairingManager, type PairingCode } from './pairing';
import { createRpcDispatcher, type RpcAnswer, type SessionState } from './rpc-session';
import { createTokenStore, type TokenStore } from './token-store';

export const PING_INTERVAL_MS = 15_000;
export const IDLE_TIMEOUT_MS = 45_000;
export const BRIDGE_VERSION = '0.1.0';
/**
 * Bytes queued for one peer that has stopped reading before the bridge drops it. Notifications
 * are never held back for a slow peer (that would stall the others); a peer past this limit
 * reconnects and catches up with jobs.list / jobs.get, as after any drop.
 */
export const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;

export interface BridgeLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface RobotBridgeOptions {
  executor: Executor;
  /** Default 2424; 0 picks a free port. */
  port?: number;
  /** Loopback only: IPv4 or IPv6. */
  host?: '127.0.0.1' | '::1';
  /** Paired tokens; defaults to an in-memory store (nothing survives a restart). */
  tokens?: TokenStore;
  /** Origins allowed to connect (exact `scheme://host[:port]`); a request without Origin is always allowed. */
  allowedOrigins?: string[];
  clock?: BridgeClock;
  pingIntervalMs?: number;
  idleTimeoutMs?: number;
  /** How long running jobs get to stop on shutdown before they are killed. */
  shutdownGraceMs?: number;
  historyLimit?: number;
  /** Jobs running at once across all clients before jobs.start answers BUSY (default 4). */
  maxConcurrentJobs?: number;
  /** Queued bytes per peer before a peer that stopped reading is dropped (default 8 MiB). */
  maxBufferedBytes?: number;
  generatePairingCode?: () => string;
  robotName?: string;
  logger?: BridgeLogger;
}

export interface RobotBridge {
  url: string;
  port: number;
  executor: Executor['name'];
  tokens: TokenStore;
  /** The person at the machine sees these codes; tests read them here. */
  onPairingCode(listener: (pairing: PairingCode) => void): () => void;
  /** Stops running jobs (reported as stopped), closes every socket with 1001, then the listener. */
  close(): Promise<void>;
}

interface Peer {
  socket: WebSocket;
  session: SessionState;
  lastSeen: number;
  cancelKeepAlive: () => void;
}

const silentLogger: BridgeLogger = { info: () => {}, warn: () => {} };

export async function startRobotBridge(options: RobotBridgeOptions): Promise<RobotBridge> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const host = options.host ?? '127.0.0.1';
  const pingIntervalMs = options.pingIntervalMs ?? PING_INTERVAL_MS;
  const idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map((origin) => origin.replace(/\/$/, '').toLowerCase()));
  const tokens = options.tokens ?? createTokenStore();
  const executor = options.executor;
  const pairing = createPairingManager({ clock, generateCode: options.generatePairingCode });
  const jobs = createJobManager({ executor, clock, historyLimit: options.historyLimit, maxConcurrentJobs: options.maxConcurrentJobs });
  const peers = new Set<Peer>();
  let isClosing = false;

  const robotInfo = (): RobotInfo => ({
    name: options.robotName ?? `Baton robot bridge on ${hostname()}`,
    version: BRIDGE_VERSION,
    machine: hostname(),
    user: safeUserName(),
    executor: executor.name,
    features: executor.features,
  });

  const send = (peer: Peer, text: string): void => {
    if (peer.socket.readyState !== peer.socket.OPEN) return;
    if (peer.socket.bufferedAmount > (options.maxBufferedBytes ?? MAX_BUFFERED_BYTES)) {
      logger.warn('Dropped a peer that stopped reading', { buffered: peer.socket.bufferedAmount });
      peer.socket.terminate();
      return;
    }
    peer.socket.send(text);
  };

  const dispatcher = createRpcDispatcher({
    pairing,
    tokens,
    jobs,
    executor,
    robotInfo,
    warn: (message, fields) => logger.warn(message, fields),
    onTokenRevoked(owner, by) {
      for (const peer of peers) if (peer.session !== by && peer.session.owner === owner) closeRevoked(peer);
    },
  });

  function closeRevoked(peer: Peer): void {
    // Nothing more is answered on it, whatever is already queued.
    peer.session.stage = 'new';
    peer.session.owner = undefined;
    logger.info('Closed a connection whose pairing was revoked');
    peer.socket.close(ROBOT_CLOSE_CODES.revoked, 'The pairing was revoked');
  }

  // `baton-robot tokens revoke` (another process) or a hand edit changes the file: live sessions
  // holding a pairing that is gone end now, not at their next hello.
  const stopRevocationWatch = tokens.onChanged(() => {
    for (const peer of peers) {
      const owner = peer.session.owner;
      if (peer.session.stage !== 'ready' || owner === undefined) continue;
      tokens.find(owner).then(
        (record) => {
          if (!record && peer.session.owner === owner) closeRevoked(peer);
        },
        // An unreadable file proves nothing is valid any more.
        () => closeRevoked(peer),
      );
    }
  });

  const stopJobFeed = jobs.onNotification((notification) => {
    const text = notificationText(notification.method, notification.params);
    for (const peer of peers) {
      if (peer.session.stage === 'ready' && peer.session.owner === notification.owner) send(peer, text);
    }
  });
  const stopProcessFeed = executor.onProcessesChanged?.(() => {
    const text = notificationText('processes.changed', {});
    for (const peer of peers) if (peer.session.stage === 'ready') send(peer, text);
  });

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: ROBOT_MAX_FRAME_BYTES,
    handleProtocols: (protocols) => (protocols.has(ROBOT_SUBPROTOCOL) ? ROBOT_SUBPROTOCOL : false),
  });

  const http = createServer((_request, response) => {
    response.writeHead(426, { 'content-type': 'text/plain' }).end('This is the Baton robot bridge; connect with a WebSocket.\n');
  });

  http.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on('error', () => {});
    const refusal = checkUpgrade(request, allowedOrigins, isClosing);
    if (refusal) {
      logger.warn('Refused a connection', { status: refusal.status, reason: refusal.reason });
      const body = refusal.body ?? '';
      socket.end(
        `HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, socket));
  });

  function accept(socket: WebSocket, wire: Socket): void {
    const peer: Peer = {
      socket,
      session: { connectionId: randomUUID(), stage: 'new', clientName: 'unknown client', owner: undefined },
      lastSeen: clock.now(),
      cancelKeepAlive: () => {},
    };
    peers.add(peer);
    const seen = () => void (peer.lastSeen = clock.now());
    const scheduleKeepAlive = (): void => {
      peer.cancelKeepAlive = clock.setTimeout(() => {
        if (clock.now() - peer.lastSeen >= idleTimeoutMs) {
          logger.info('Dropped a silent connection');
          socket.terminate();
          return;
        }
        if (socket.readyState === socket.OPEN) socket.ping();
        scheduleKeepAlive();
      }, pingIntervalMs);
    };
    scheduleKeepAlive();

    socket.on('pong', seen);
    socket.on('ping', seen);
    // ws closes with 1009 itself when a frame exceeds maxPayload; the error event must still be handled.
    socket.on('error', (error) => logger.warn('Connection error', { error: error.message }));
    socket.on('close', () => {
      peer.cancelKeepAlive();
      peers.delete(peer);
      pairing.forget(peer.session.connectionId);
    });
    socket.on('message', (data, isBinary) => {
      seen();
      if (isBinary) {
        socket.close(ROBOT_CLOSE_CODES.unsupportedData, 'Binary frames are not accepted');
        return;
      }
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.isBuffer(data)
          ? data.toString('utf8')
          : Buffer.from(data).toString('utf8');
      // Corked while the message is handled: the notifications it causes (a job's reply, its state) and
      // an answer that needs no waiting leave in one write instead of one each.
      wire.cork();
      let answer: RpcAnswer;
      try {
        answer = dispatcher.handle(text, peer.session);
        if (typeof answer === 'string') send(peer, answer);
      } finally {
        wire.uncork();
      }
      if (answer instanceof Promise) {
        answer.then(
          (later) => {
            if (later !== undefined) send(peer, later);
          },
          (error: unknown) => logger.warn('Could not handle a message', { error: String(error) }),
        );
      }
    });
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? DEFAULT_ROBOT_PORT, host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${port}${ROBOT_PATH}`;
  logger.info('Robot bridge listening', { url, executor: executor.name });

  let closed: Promise<void> | undefined;
  return {
    url,
    port,
    executor: executor.name,
    tokens,
    onPairingCode: (listener) => pairing.onPairingCode(listener),
    close() {
      closed ??= (async () => {
        isClosing = true;
        stopRevocationWatch();
        // Jobs first, so clients still connected receive the `stopped` updates.
        await jobs.shutdown(options.shutdownGraceMs ?? 5_000);
        stopJobFeed();
        stopProcessFeed?.();
        const socketsClosed = [...peers].map(
          (peer) =>
            new Promise<void>((resolve) => {
              peer.cancelKeepAlive();
              if (peer.socket.readyState === peer.socket.CLOSED) return resolve();
              peer.socket.once('close', () => resolve());
              peer.socket.close(ROBOT_CLOSE_CODES.goingAway, 'The robot bridge is shutting down');
              // A peer that never answers the close handshake is cut off.
              const cancel = clock.setTimeout(() => peer.socket.terminate(), 2_000);
              peer.socket.once('close', cancel);
            }),
        );
        await Promise.all(socketsClosed);
        wss.close();
        await new Promise<void>((resolve) => http.close(() => resolve()));
      })();
      return closed;
    },
  };
}

function checkUpgrade(
  request: IncomingMessage,
  allowedOrigins: Set<string>,
  isClosing: boolean,
): { status: number; reason: string; body?: string } | undefined {
  if (isClosing) return { status: 503, reason: 'Service Unavailable' };
  const path = (request.url ?? '').split('?')[0];
  if (path !== ROBOT_PATH) return { status: 404, reason: 'Not Found' };
  // Browsers always send Origin on WebSocket upgrades; a web page (or a DNS-rebound host) is refused
  // unless allow-listed. The desktop app's main process sends none.
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) return { status: 403, reason: 'Forbidden' };
  const offered = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((value) => value.trim());
  if (!offered.includes(ROBOT_SUBPROTOCOL)) {
    // An older Baton: it would send its token in the clear, so it is told to update instead.
    if (offered.some((protocol) => LEGACY_ROBOT_SUBPROTOCOLS.includes(protocol))) {
      return {
        status: 426,
        reason: 'Upgrade Required',
        body: `This robot bridge speaks ${ROBOT_SUBPROTOCOL}; update Baton to connect.\n`,
      };
    }
    return { status: 400, reason: 'Bad Request' };
  }
  return undefined;
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
