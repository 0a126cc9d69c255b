import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from '../platform';
import { setSecurityHeaders } from './security-headers';
import { sendText, serveStatic } from './static-files';
import { createLaunchToken } from './token';

// This file loads nothing but Node's http and the page's own small modules: `baton web` listens
// with it before the rest of Baton (the contract, zod, the core) has loaded (docs/web-host.md).

export const LOOPBACK = '127.0.0.1';
export const RPC_PATH = '/rpc';
/** Orchestrator's deliveries come under here (WEBHOOK_PATH in src/main/webhooks): never answered as a page. */
const WEBHOOKS_PREFIX = '/webhooks/';

/** What the rest of the web host adds to the listening server (server.ts). */
export interface WebHostRoutes {
  logger: Logger;
  /** Sees every request first (webhook deliveries come before the Host check); true when it answered. */
  request(request: IncomingMessage, response: ServerResponse, pathname: string): boolean;
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/** The web host's HTTP side, listening; until `attach`, only the page's own files are answered. */
export interface ListeningWebHost {
  /** `http://127.0.0.1:PORT/?token=…`: a secret. */
  url: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  port: number;
  token: string;
  rendererDir: string;
  /**
   * Resolves once the page's first files have gone out and no more are asked for a moment later,
   * or when nobody asks for the page within 300 ms, or as soon as a socket or any other request
   * waits for the rest of the host (at the latest after 2 s): what `baton web`
   * loads next runs in long stretches that would keep those answers waiting.
   */
  pageServed: Promise<void>;
  /** Answers what waited (sockets, deliveries, anything but a page file) and everything after. */
  attach(routes: WebHostRoutes): void;
  /** Stops listening and drops every connection, a waiting one too. */
  close(): Promise<void>;
}

/**
 * Listens on loopback and serves the built renderer at once; the Host check, the security headers
 * and the launch token are the web host's own from the first request. WebSocket upgrades and every
 * request that is not a GET or HEAD of the page from our own Host wait for `attach`, then get the
 * same answer they always get. Rejects with the listen error itself (server.ts words it).
 */
export async function listenWebHost(options: { port: number; rendererDir: string; token?: string }): Promise<ListeningWebHost> {
  const token = options.token ?? createLaunchToken();
  let port = 0;
  const origin = () => `http://${LOOPBACK}:${port}`;
  let routes: WebHostRoutes | undefined;
  const waiting: Array<{ run(): void; drop(): void }> = [];
  const faults: string[] = [];

  const answer = (request: IncomingMessage, response: ServerResponse, attached: WebHostRoutes) => {
    const pathname = new URL(request.url ?? '/', origin()).pathname;
    if (attached.request(request, response, pathname)) return;
    if (!isOwnHost(request, port)) return sendText(response, 421, 'Misdirected request.');
    if (pathname === RPC_PATH) return sendText(response, 426, 'Upgrade required.', { Upgrade: 'websocket' });
    servePage(request, response);
  };

  const servePage = (request: IncomingMessage, response: ServerResponse) => {
    serveStatic(options.rendererDir, request, response).catch((error: unknown) => {
      // Before attach there is no logger yet: the fault is logged when it arrives.
      if (routes) routes.logger.error('Static file failed', { error: String(error) });
      else faults.push(String(error));
      if (!response.headersSent) sendText(response, 500, 'Internal error.');
      else response.destroy();
    });
  };

  const served = pageServedTracker();
  const server = createServer((request, response) => {
    setSecurityHeaders(response, port);
    if (routes) return answer(request, response, routes);
    if (isPageRequest(request, port, origin())) {
      served.started();
      response.once('close', () => served.ended(new URL(request.url ?? '/', origin()).pathname.startsWith('/assets/')));
      return servePage(request, response);
    }
    waiting.push({ run: () => routes && answer(request, response, routes), drop: () => response.destroy() });
    served.needed();
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (routes) return routes.upgrade(request, socket, head);
    waiting.push({ run: () => routes?.upgrade(request, socket, head), drop: () => socket.destroy() });
    served.needed();
  });

  await listen(server, options.port);
  port = (server.address() as AddressInfo).port;
  served.listening();

  let closing: Promise<void> | undefined;
  return {
    url: `${origin()}/?token=${encodeURIComponent(token)}`,
    origin: origin(),
    port,
    token,
    rendererDir: options.rendererDir,
    pageServed: served.done,
    attach(attached) {
      if (routes || closing) return;
      routes = attached;
      for (const fault of faults.splice(0)) attached.logger.error('Static file failed', { error: fault });
      for (const held of waiting.splice(0)) held.run();
    },
    close() {
      closing ??= (async () => {
        for (const held of waiting.splice(0)) held.drop();
        server.closeAllConnections();
        await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      })();
      return closing;
    },
  };
}

/** When the page's first burst of requests is over (ListeningWebHost.pageServed). */
function pageServedTracker() {
  let inFlight = 0;
  let hasServedAsset = false;
  let timer: NodeJS.Timeout | undefined;
  let resolve = () => {};
  const done = new Promise<void>((resolvePromise) => (resolve = resolvePromise));
  const finish = () => {
    clearTimeout(timer);
    clearTimeout(cap);
    resolve();
  };
  // After the page's script and style, the next request (the icon) comes after the first paint.
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(finish, hasServedAsset ? 30 : 300).unref();
  };
  let cap: NodeJS.Timeout | undefined;
  return {
    done,
    listening() {
      cap = setTimeout(finish, 2000).unref();
      settle();
    },
    started() {
      inFlight += 1;
      clearTimeout(timer);
    },
    /** Something waits for the rest of the host (a socket, a delivery): no reason to hold it back. */
    needed: finish,
    ended(isAsset: boolean) {
      inFlight -= 1;
      hasServedAsset ||= isAsset;
      if (inFlight === 0) settle();
    },
  };
}

/** DNS rebinding defence: only requests addressed to our own loopback address and port. */
export function isOwnHost(request: IncomingMessage, port: number): boolean {
  return request.headers.host === `${LOOPBACK}:${port}`;
}

/** A file of the page, asked for by the page's own origin: nothing in it needs the rest of the host. */
function isPageRequest(request: IncomingMessage, port: number, origin: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!isOwnHost(request, port)) return false;
  const pathname = new URL(request.url ?? '/', origin).pathname;
  return pathname !== RPC_PATH && !pathname.startsWith(WEBHOOKS_PREFIX);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
