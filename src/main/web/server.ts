import { stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Core } from '../compose';
import { asciiOnly } from '../lib';
import type { Logger } from '../platform';
import { readDelivery, WEBHOOK_PATH, type WebhookReceiver } from '../webhooks';
import { checkFrame } from './frame-limits';
import { isOwnHost, listenWebHost, LOOPBACK, RPC_PATH, type ListeningWebHost } from './http-host';
import { createRpcServer, type RpcPeer } from './rpc-server';
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
  /**
   * The HTTP side, already listening and serving the page (`baton web` starts it before the rest of
   * Baton loads, `listenWebHost`): its port, token and renderer stand, and `port`, `token` and
   * `rendererDir` are not used.
   */
  listening?: ListeningWebHost;
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

export { RPC_PATH };
export const MAX_RPC_PAYLOAD_BYTES = 1024 * 1024;

/** Serves the renderer and the BatonApi contract (JSON-RPC over WebSocket) on loopback only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const logger = options.logger.child('web');
  const http = options.listening ?? (await listenFresh(options));

  const rpc = Promise.resolve(options.core).then((core) => createRpcServer(core, logger));
  // A core that failed to compose is the starting command's error; calls then fail below.
  rpc.catch(() => {});
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_RPC_PAYLOAD_BYTES });
  const { port, origin, token } = http;

  function attachPeer(ws: WebSocket): void {
    const peer: RpcPeer = {
      // ASCII only: one name past ASCII made Chromium receive a 4 MB catalog at a third of the speed (asciiOnly).
      send: (text) => {
        if (ws.readyState === ws.OPEN) ws.send(asciiOnly(text));
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

  http.attach({
    logger,
    request(request, response, pathname) {
      // Before the Host check: a reverse proxy forwards deliveries under the public name; their signature authenticates them.
      if (!options.webhooks || !pathname.startsWith(`${WEBHOOK_PATH}/`)) return false;
      void readDelivery(options.webhooks, request, response, logger);
      return true;
    },
    upgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      const refusal = checkUpgrade(request, port, origin, token);
      if (refusal) {
        logger.warn('WebSocket refused', { status: refusal.status, reason: refusal.reason });
        socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      wss.handleUpgrade(request, socket, head, (ws) => attachPeer(ws));
    },
  });
  logger.info('Web host listening', { origin });

  let closing: Promise<void> | undefined;
  return {
    url: http.url,
    origin,
    port,
    token,
    close() {
      closing ??= (async () => {
        for (const client of wss.clients) client.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        await http.close();
        logger.info('Web host stopped', { origin });
      })();
      return closing;
    },
  };
}

/** Checks what `startWebHost` is given, then listens on the asked port (a taken one is a CONFLICT with a hint). */
async function listenFresh(options: WebHostOptions): Promise<ListeningWebHost> {
  const token = options.token ?? createLaunchToken();
  if (token.length < 16) {
    throw BatonError.said('VALIDATION', said('serviceErrors.tokenTooShort'), { hint: said('serviceErrors.tokenTooShortHint') });
  }
  await assertRendererBuilt(options.rendererDir);
  const port = options.port ?? 0;
  return listenWebHost({ port, rendererDir: options.rendererDir, token }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EADDRINUSE'
      ? BatonError.said('CONFLICT', said('serviceErrors.portInUse', { port: String(port), host: LOOPBACK }), {
          hint: said('serviceErrors.portInUseHint'),
        })
      : error;
  });
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

function rawToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  return data.toString('utf8');
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
