import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BatonError } from '../../shared/errors';
import { loadTranslator, pickLocale, type MessageText, type Translator } from '../../shared/i18n';
import { englishTranslator, renderParts, said, type TextParts } from '../../shared/message-parts';
import type { Clock } from '../platform';

export interface LoopbackCallback {
  /** The callback as the browser asked for it, on the redirect URI's own origin. */
  url: URL;
  /** Answers the browser tab in the browser's language, then the listener closes. */
  respond(outcome: { isSuccess: boolean; title: MessageText; detail: TextParts | MessageText }): void;
}

export interface LoopbackListener {
  /** The first request to the redirect path; rejects on timeout or cancellation. */
  callback: Promise<LoopbackCallback>;
  close(): Promise<void>;
}

export const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60_000;

/**
 * Listens on exactly the redirect URI's host and port (Identity Server matches redirect URIs
 * exactly; no RFC 8252 port variance), serves one callback carrying `expectedState`, and gives up
 * after `timeoutMs`.
 *
 * `localhost` is bound on both loopback families: browsers try `[::1]` first, so a program
 * holding `[::1]:port` while Baton held only `127.0.0.1:port` would receive the code (RFC 8252
 * §8.3 is why `127.0.0.1` is the default). A request on the callback path whose `state` is not
 * this sign-in's gets a plain page and changes nothing, so no web page can end a sign-in with an
 * `<img>` pointing at the callback.
 */
export async function startLoopbackListener(options: {
  redirectUri: URL;
  /** The `state` sent in the authorization request; other answers are ignored. */
  expectedState: string;
  clock: Clock;
  timeoutMs?: number;
  signal?: AbortSignal;
}): Promise<LoopbackListener> {
  const { redirectUri, clock, expectedState } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS;
  const port = Number(redirectUri.port);

  let settle: { resolve(value: LoopbackCallback): void; reject(error: BatonError): void } | undefined;
  const callback = new Promise<LoopbackCallback>((resolve, reject) => (settle = { resolve, reject }));
  callback.catch(() => {});
  let isAnswered = false;

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    // Built on the redirect URI's own origin: a request line such as `//evil.example/callback`
    // must not become a callback URL on another host.
    const url = new URL(`${redirectUri.origin}${req.url?.startsWith('/') ? req.url : '/'}`);
    if (req.method !== 'GET' || url.pathname !== redirectUri.pathname) {
      void sendPage(req, res, 404, said('errors.pageNotFoundTitle'), said('errors.pageNotFound'));
      return;
    }
    if (isAnswered) {
      void sendPage(req, res, 409, said('errors.pageAnsweredTitle'), said('errors.pageAnswered'));
      return;
    }
    if (!hasState(url, expectedState)) {
      void sendPage(req, res, 400, said('errors.pageNotThisTitle'), said('errors.pageNotThis'));
      return;
    }
    isAnswered = true;
    stopTimer();
    settle?.resolve({
      url,
      respond: ({ isSuccess, title, detail }) => {
        void sendPage(req, res, isSuccess ? 200 : 400, title, detail);
        void close();
      },
    });
  };

  const servers: Server[] = [];
  try {
    for (const host of hostsFor(redirectUri)) {
      const server = createServer(onRequest);
      const isListening = await listen(server, port, host, redirectUri);
      if (isListening) servers.push(server);
    }
  } catch (error) {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    throw error;
  }

  const stopTimer = clock.setTimeout(() => {
    isAnswered = true;
    settle?.reject(
      BatonError.said('AUTH_REQUIRED', said('errors.signInTimedOut', { minutes: Math.round(timeoutMs / 60_000) || 1 }), {
        hint: said('errors.signInTimedOutHint'),
      }),
    );
    void close();
  }, timeoutMs);

  const onAbort = () => {
    isAnswered = true;
    stopTimer();
    settle?.reject(BatonError.said('AUTH_REQUIRED', said('errors.signInCancelled'), { hint: said('errors.signInCancelledHint') }));
    void close();
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    closing ??= new Promise<void>((resolve) => {
      stopTimer();
      options.signal?.removeEventListener('abort', onAbort);
      // Let an answer being written reach the browser before the sockets go.
      let open = servers.length;
      for (const server of servers) {
        server.close(() => {
          open -= 1;
          if (open === 0) resolve();
        });
        setImmediate(() => server.closeIdleConnections());
      }
    });
    return closing;
  }

  return {
    callback,
    async close() {
      if (!isAnswered) onAbort();
      await close();
      for (const server of servers) server.closeAllConnections();
    },
  };
}

/** The addresses to bind: `localhost` means both loopback families. */
function hostsFor(redirectUri: URL): string[] {
  if (redirectUri.hostname === '[::1]') return ['::1'];
  if (redirectUri.hostname === 'localhost') return ['127.0.0.1', '::1'];
  // Every listener binds loopback, never all interfaces.
  return ['127.0.0.1'];
}

/**
 * Resolves true once listening, false when the address family does not exist on this machine
 * (no IPv6 loopback: nothing else can listen there either), and rejects with what to do when
 * the port is taken on that address.
 */
function listen(server: Server, port: number, host: string, redirectUri: URL): Promise<boolean> {
  const address = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  return new Promise<boolean>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (host === '::1' && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')) resolve(false);
      else if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(
          BatonError.said('CONFLICT', said('errors.callbackPortInUse', { port: String(port), address, redirectUri: redirectUri.href }), {
            hint: said('errors.callbackPortInUseHint', { port: String(port), otherRedirectUri: `http://127.0.0.1:${port + 1}/callback` }),
            cause: error,
            details: { address },
          }),
        );
      } else reject(BatonError.said('INTERNAL', said('errors.callbackListenFailed'), { hint: said('errors.tryAgain'), cause: error }));
    });
    server.listen({ port, host, ipv6Only: host === '::1' }, () => resolve(true));
  });
}

/** Exactly one `state`, equal to this sign-in's (compared in constant time: it is a secret of the flow). */
function hasState(url: URL, expectedState: string): boolean {
  const states = url.searchParams.getAll('state');
  if (states.length !== 1) return false;
  const expected = createHash('sha256').update(expectedState).digest();
  const actual = createHash('sha256').update(states[0]!).digest();
  return timingSafeEqual(expected, actual);
}

/** The browser tab's page, in the first of the browser's languages (Accept-Language) Baton speaks. */
async function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  titleText: MessageText,
  detailText: TextParts | MessageText,
): Promise<void> {
  const t = await translatorFor(req);
  const title = renderParts(t, titleText);
  const detail = renderParts(t, detailText);
  const body = `<!doctype html><html lang="${t.locale}" dir="${t.dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Baton</title>
<style>body{font:16px system-ui,sans-serif;margin:4rem auto;max-width:32rem;color:#222}h1{font-size:1.4rem}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p></main></body></html>`;
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    Connection: 'close',
  });
  res.end(body);
}

async function translatorFor(req: IncomingMessage): Promise<Translator> {
  // Browsers list their languages most preferred first: `de-DE,de;q=0.9,en;q=0.8`.
  const tags = (req.headers['accept-language'] ?? '').split(',').map((part) => part.split(';')[0]!.trim());
  const locale = pickLocale(tags.filter((tag) => tag !== '' && tag !== '*'));
  if (locale === 'en') return englishTranslator;
  return loadTranslator(locale, { isStrict: false }).catch(() => englishTranslator);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
