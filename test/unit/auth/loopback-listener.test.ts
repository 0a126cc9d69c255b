import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startLoopbackListener } from '../../../src/main/auth/loopback-listener';
import { createManualClock } from '../../../src/main/platform/memory';
import { said } from '../../../src/shared/message-parts';
import { getFreePort } from '../../support/free-port';

const STATE = 'state-of-this-sign-in';
const SIGNED_IN = { isSuccess: true, title: said('errors.pageSignedInTitle'), detail: said('errors.pageSignedIn') };

function squat(port: number, host: string): Promise<Server> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, ipv6Only: host === '::1' }, () => resolve(server));
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A raw GET with the request line exactly as given (fetch would normalise it). */
function rawGet(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the loopback listener', () => {
  it('answers other paths with 404 and keeps waiting for the callback', async () => {
    const port = await getFreePort();
    const listener = await startLoopbackListener({
      redirectUri: new URL(`http://localhost:${port}/callback`),
      expectedState: STATE,
      clock: createManualClock(),
    });
    try {
      expect((await fetch(`http://127.0.0.1:${port}/favicon.ico`)).status).toBe(404);
      const visit = fetch(`http://127.0.0.1:${port}/callback?code=c&state=${STATE}`);
      const callback = await listener.callback;
      expect(callback.url.href).toBe(`http://localhost:${port}/callback?code=c&state=${STATE}`);
      callback.respond(SIGNED_IN);
      const page = await visit;
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await page.text()).toContain('You can close this tab and return to Baton.');
    } finally {
      await listener.close();
    }
  });

  // Catches: the first request to the callback path ended the sign-in whatever its state, so any
  // web page could cancel a sign-in with <img src="http://localhost:8765/callback">.
  it('answers a wrong, missing or repeated state with a plain page and keeps waiting for the real answer', async () => {
    const port = await getFreePort();
    const listener = await startLoopbackListener({
      redirectUri: new URL(`http://127.0.0.1:${port}/callback`),
      expectedState: STATE,
      clock: createManualClock(),
    });
    try {
      for (const query of ['code=evil&state=forged', 'code=evil', 'error=access_denied', `code=evil&state=${STATE}&state=forged`]) {
        const page = await fetch(`http://127.0.0.1:${port}/callback?${query}`);
        expect(page.status).toBe(400);
        expect(await page.text()).toContain('does not belong to the sign-in Baton is waiting for');
      }
      const visit = fetch(`http://127.0.0.1:${port}/callback?code=real&state=${STATE}`);
      const callback = await listener.callback;
      expect(callback.url.searchParams.get('code')).toBe('real');
      callback.respond(SIGNED_IN);
      expect((await visit).status).toBe(200);
    } finally {
      await listener.close();
    }
  });

  it('answers the tab in the first of the browser’s languages Baton speaks, and in English otherwise', async () => {
    const port = await getFreePort();
    const listener = await startLoopbackListener({
      redirectUri: new URL(`http://127.0.0.1:${port}/callback`),
      expectedState: STATE,
      clock: createManualClock(),
    });
    try {
      const inArabic = await fetch(`http://127.0.0.1:${port}/favicon.ico`, {
        headers: { 'accept-language': 'zh-TW,ar-EG;q=0.8,en;q=0.5' },
      });
      const arabic = await inArabic.text();
      expect(arabic).toContain('<html lang="ar" dir="rtl">');
      expect(arabic).toContain('يستقبل هذا العنوان رد تسجيل الدخول إلى Baton فقط.');
      const inSwahili = await fetch(`http://127.0.0.1:${port}/favicon.ico`, { headers: { 'accept-language': 'sw' } });
      expect(await inSwahili.text()).toContain('This address only receives the sign-in answer for Baton.');

      const visit = fetch(`http://127.0.0.1:${port}/callback?code=c&state=${STATE}`, { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
      (await listener.callback).respond(SIGNED_IN);
      const page = await (await visit).text();
      expect(page).toContain('<html lang="de" dir="ltr">');
      expect(page).toContain('<title>Sie sind bei Baton angemeldet · Baton</title>');
    } finally {
      await listener.close();
    }
  });

  // Catches: the listener bound 127.0.0.1 only, so for a `localhost` redirect a browser trying
  // [::1] first reached whatever else listened there.
  it('receives a localhost redirect on both [::1] and 127.0.0.1', async () => {
    const port = await getFreePort();
    for (const host of ['[::1]', '127.0.0.1']) {
      const listener = await startLoopbackListener({
        redirectUri: new URL(`http://localhost:${port}/callback`),
        expectedState: STATE,
        clock: createManualClock(),
      });
      try {
        const visit = fetch(`http://${host}:${port}/callback?code=c&state=${STATE}`);
        const callback = await listener.callback;
        callback.respond(SIGNED_IN);
        expect((await visit).status).toBe(200);
      } finally {
        await listener.close();
      }
    }
  });

  // Catches: a program already on [::1]:port went unnoticed and received the code.
  it.each(['::1', '127.0.0.1'])('refuses a localhost redirect with CONFLICT naming %s when another program holds it', async (host) => {
    const port = await getFreePort();
    const squatter = await squat(port, host);
    try {
      const starting = startLoopbackListener({
        redirectUri: new URL(`http://localhost:${port}/callback`),
        expectedState: STATE,
        clock: createManualClock(),
      });
      const address = host === '::1' ? `[::1]:${port}` : `127.0.0.1:${port}`;
      await expect(starting).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(address), details: { address } });
      // Nothing is left listening on the other family: the port is free again there.
      const other = host === '::1' ? '127.0.0.1' : '::1';
      await closeServer(await squat(port, other));
    } finally {
      await closeServer(squatter);
    }
  });

  it('binds only the IPv4 loopback for a 127.0.0.1 redirect', async () => {
    const port = await getFreePort();
    const squatter = await squat(port, '::1');
    try {
      const listener = await startLoopbackListener({
        redirectUri: new URL(`http://127.0.0.1:${port}/callback`),
        expectedState: STATE,
        clock: createManualClock(),
      });
      await listener.close();
    } finally {
      await closeServer(squatter);
    }
  });

  // Catches: the callback URL was resolved against the request line, so `//evil.example/callback`
  // became a callback on another host.
  it('does not let the request line name another host', async () => {
    const port = await getFreePort();
    const listener = await startLoopbackListener({
      redirectUri: new URL(`http://127.0.0.1:${port}/callback`),
      expectedState: STATE,
      clock: createManualClock(),
    });
    try {
      expect(await rawGet(port, `//evil.example/callback?code=c&state=${STATE}`)).toBe(404);
      const visit = fetch(`http://127.0.0.1:${port}/callback?code=c&state=${STATE}`);
      const callback = await listener.callback;
      expect(callback.url.origin).toBe(`http://127.0.0.1:${port}`);
      callback.respond(SIGNED_IN);
      await visit;
    } finally {
      await listener.close();
    }
  });

  it('rejects with a cancellation when its signal aborts', async () => {
    const controller = new AbortController();
    const listener = await startLoopbackListener({
      redirectUri: new URL(`http://127.0.0.1:${await getFreePort()}/cb`),
      expectedState: STATE,
      clock: createManualClock(),
      signal: controller.signal,
    });
    controller.abort();
    await expect(listener.callback).rejects.toMatchObject({ code: 'AUTH_REQUIRED', message: 'Sign-in was cancelled.' });
    await listener.close();
  });
});
