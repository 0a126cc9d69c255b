import { createServer, type ServerResponse } from 'node:http';
import { BatonError } from '../../shared/errors';
import type { Clock } from '../platform';

export interface LoopbackCallback {
  /** The callback as the browser asked for it, on the redirect URI's own origin. */
  url: URL;
  /** Answers the browser tab, then the listener closes. */
  respond(outcome: { isSuccess: boolean; title: string; detail: string }): void;
}

export interface LoopbackListener {
  /** The first request to the redirect path; rejects on timeout or cancellation. */
  callback: Promise<LoopbackCallback>;
  close(): Promise<void>;
}

export const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60_000;

/**
 * Listens on exactly the redirect URI's host and port (Identity Server matches redirect URIs
 * exactly; no RFC 8252 port variance), serves one callback, and gives up after `timeoutMs`.
 */
export async function startLoopbackListener(options: {
  redirectUri: URL;
  clock: Clock;
  timeoutMs?: number;
  signal?: AbortSignal;
}): Promise<LoopbackListener> {
  const { redirectUri, clock } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS;
  const port = Number(redirectUri.port);
  // `localhost` is bound on the IPv4 loopback only: every listener binds loopback, never all interfaces.
  const host = redirectUri.hostname === '[::1]' ? '::1' : '127.0.0.1';

  let settle: { resolve(value: LoopbackCallback): void; reject(error: BatonError): void } | undefined;
  const callback = new Promise<LoopbackCallback>((resolve, reject) => (settle = { resolve, reject }));
  callback.catch(() => {});
  let isAnswered = false;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', redirectUri);
    if (req.method !== 'GET' || url.pathname !== redirectUri.pathname) {
      sendPage(res, 404, 'Not found', 'This address only receives the sign-in answer for Baton.');
      return;
    }
    if (isAnswered) {
      sendPage(res, 409, 'Already answered', 'This sign-in was already completed or cancelled. Return to Baton.');
      return;
    }
    isAnswered = true;
    stopTimer();
    settle?.resolve({
      url,
      respond: ({ isSuccess, title, detail }) => {
        sendPage(res, isSuccess ? 200 : 400, title, detail);
        void close();
      },
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        reject(
          new BatonError(
            'CONFLICT',
            `Port ${port} on this machine is in use, so Baton cannot receive the sign-in answer at ${redirectUri.href}.`,
            {
              hint: `Close the program using port ${port} (or another Baton sign-in), or register another redirect URL such as http://localhost:${port + 1}/callback in the external app and set it in the profile.`,
              cause: error,
            },
          ),
        );
      } else
        reject(new BatonError('INTERNAL', 'Baton could not start listening for the sign-in answer.', { hint: 'Try again.', cause: error }));
    });
    server.listen(port, host, () => resolve());
  });

  const stopTimer = clock.setTimeout(() => {
    isAnswered = true;
    settle?.reject(
      new BatonError(
        'AUTH_REQUIRED',
        `Sign-in timed out after ${Math.round(timeoutMs / 60_000) || 1} minute(s) without an answer from the browser.`,
        {
          hint: 'Sign in again. If no browser tab opened, open the sign-in link Baton shows; if you closed the tab, start over.',
        },
      ),
    );
    void close();
  }, timeoutMs);

  const onAbort = () => {
    isAnswered = true;
    stopTimer();
    settle?.reject(new BatonError('AUTH_REQUIRED', 'Sign-in was cancelled.', { hint: 'Sign in again when you are ready.' }));
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
      server.close(() => resolve());
      setImmediate(() => server.closeIdleConnections());
    });
    return closing;
  }

  return {
    callback,
    async close() {
      if (!isAnswered) onAbort();
      await close();
      server.closeAllConnections();
    },
  };
}

function sendPage(res: ServerResponse, status: number, title: string, detail: string): void {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Baton</title>
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

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
