import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Core } from '../compose';
import type { Logger } from '../platform';
import { readDelivery, WEBHOOK_PATH, type WebhookReceiver } from '../webhooks';
import { checkFrame } from './frame-limits';
import { createRpcServer, type RpcPeer } from './rpc-server';
import { setSecurityHeaders } from './security-headers';
import { sendText, serveStatic } from './static-files';
import { createLaunchToken, isTokenValid } from './token';

export interface WebHostOptions {
  /** The core, or the core still composing: the page is served meanwhile and calls wait for it. */
  core: Core | Promise<Core>;
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** The built renderer, normally `<package root>/out/renderer`. */
  rendererDir: string;
  /** The launch token; a fresh random one when omitted. */
  token?: string;
  logger: Logger;
  /** Orchestrator's webhook deliveries (docs/webhooks.md), served at `/webhooks/orchestrator/<id>`; none: that path is a 404. */
  webhooks?: WebhookReceiver;
}

export interface WebHost {
  /** The URL to open, token included: `http://127.0.0.1:PORT/?token=…`. Treat it as a secret. */
  url: string;
  /** `http://127.0.0.1:PORT`, the only Origin the WebSocket accepts. */
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const RPC_PATH = '/rpc';
export const MAX_RPC_PAYLOAD_BYTES = 1024 * 1024;
const LOOPBACK = '127.0.0.1';

/** Serves the renderer and the BatonApi contract (JSON-RPC over WebSocket) on loopback only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const logger = options.logger.child('web');
  const token = options.token ?? createLaunchToken();
  if (token.length < 16) {
    throw BatonError.said('VALIDATION', said('serviceErrors.tokenTooShort'), { hint: said('serviceErrors.tokenTooShortHint') });
  }
  await assertRendererBuilt(options.rendererDir);

  const rpc = Promise.resolve(options.core).then((core) => createRpcServer(core, logger));
  // A core that failed to compose is the starting command's error; calls then fail below.
  rpc.catch(() => {});
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_RPC_PAYLOAD_BYTES });
  let port = 0;
  const origin = () => `http://${LOOPBACK}:${port}`;

  const server = createServer((request, response) => {
    setSecurityHeaders(response, port);
    const pathname = new URL(request.url ?? '/', origin()).pathname;
    // Before the Host check: a reverse proxy forwards deliveries under the public name; their signature authenticates them.
    if (options.webhooks && pathname.startsWith(`${WEBHOOK_PATH}/`)) return void readDelivery(options.webhooks, request, response, logger);
    if (!isOwnHost(request, port)) return sendText(response, 421, 'Misdirected request.');
    if (pathname === RPC_PATH) return sendText(response, 426, 'Upgrade required.', { Upgrade: 'websocket' });
    serveStatic(options.rendererDir, request, response).catch((error: unknown) => {
      logger.error('Static file failed', { error: String(error) });
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = checkUpgrade(request, port, origin(), token);
    if (refusal) {
      logger.warn('WebSocket refused', { status: refusal.status, reason: refusal.reason });
      socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => attachPeer(ws));
  });

  function attachPeer(ws: WebSocket): void {
    const peer: RpcPeer = {
      send: (text) => {
        if (ws.readyState === ws.OPEN) ws.send(text);
      },
      subscriptions: new Map(),
    };
    let inFlight = 0;
    ws.on('message', (data: RawData) => {
      const text = rawToText(data);
      const verdict = checkFrame(text, inFlight);
      if (!verdict.isAccepted) {
        logger.warn('RPC frame refused: over the batch or in-flight limit');
        if (verdict.response) peer.send(JSON.stringify(verdict.response));
        return;
      }
      inFlight += verdict.calls;
      rpc
        .then((server) => server.receiveJSON(text, peer))
        .then(
          (response) => {
            inFlight -= verdict.calls;
            if (response) peer.send(JSON.stringify(response));
          },
          (error: unknown) => {
            inFlight -= verdict.calls;
            logger.error('RPC frame failed', { error: String(error) });
          },
        );
    });
    ws.on('close', () => {
      for (const unsubscribe of peer.subscriptions.values()) unsubscribe();
      peer.subscriptions.clear();
    });
    ws.on('error', (error) => logger.warn('WebSocket error', { error: error.message }));
  }

  await listen(server, options.port ?? 0);
  port = (server.address() as AddressInfo).port;
  const url = `${origin()}/?token=${encodeURIComponent(token)}`;
  logger.info('Web host listening', { origin: origin() });

  let closing: Promise<void> | undefined;
  return {
    url,
    origin: origin(),
    port,
    token,
    close() {
      closing ??= (async () => {
        for (const client of wss.clients) client.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        server.closeAllConnections();
        await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
        logger.info('Web host stopped', { origin: origin() });
      })();
      return closing;
    },
  };
}

function checkUpgrade(
  request: IncomingMessage,
  port: number,
  origin: string,
  token: string,
): { status: number; reason: string } | undefined {
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname !== RPC_PATH) return { status: 404, reason: 'Not Found' };
  if (!isOwnHost(request, port)) return { status: 421, reason: 'Misdirected Request' };
  // A page from any other site could open a socket to loopback; the browser's Origin says who asks.
  if (request.headers.origin !== origin) return { status: 403, reason: 'Forbidden' };
  const presented = url.searchParams.get('token');
  if (!presented || !isTokenValid(token, presented)) return { status: 401, reason: 'Unauthorized' };
  return undefined;
}

/** DNS rebinding defence: only requests addressed to our own loopback address and port. */
function isOwnHost(request: IncomingMessage, port: number): boolean {
  return request.headers.host === `${LOOPBACK}:${port}`;
}

function rawToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? BatonError.said('CONFLICT', said('serviceErrors.portInUse', { port: String(port), host: LOOPBACK }), {
              hint: said('serviceErrors.portInUseHint'),
            })
          : error,
      );
    };
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

async function assertRendererBuilt(rendererDir: string): Promise<void> {
  const index = join(rendererDir, 'index.html');
  const isBuilt = await stat(index).then(
    (info) => info.isFile(),
    () => false,
  );
  if (!isBuilt) {
    throw BatonError.said('NOT_FOUND', said('serviceErrors.uiNotBuilt', { path: index }), {
      hint: said('serviceErrors.uiNotBuiltHint', { command: 'npx electron-vite build', alternative: 'npm run build' }),
    });
  }
}
