import { describe, expect, it } from 'vitest';
import { startLoopbackListener } from '../../../src/main/auth/loopback-listener';
import { createManualClock } from '../../../src/main/platform/memory';
import { getFreePort } from '../../support/free-port';

describe('the loopback listener', () => {
  it('answers other paths with 404 and keeps waiting for the callback', async () => {
    const port = await getFreePort();
    const listener = await startLoopbackListener({ redirectUri: new URL(`http://localhost:${port}/callback`), clock: createManualClock() });
    try {
      expect((await fetch(`http://127.0.0.1:${port}/favicon.ico`)).status).toBe(404);
      const visit = fetch(`http://127.0.0.1:${port}/callback?code=c&state=s`);
      const callback = await listener.callback;
      expect(callback.url.href).toBe(`http://localhost:${port}/callback?code=c&state=s`);
      callback.respond({ isSuccess: true, title: 'Done', detail: 'You can close this tab.' });
      const page = await visit;
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(await page.text()).toContain('You can close this tab.');
    } finally {
      await listener.close();
    }
  });

  it('rejects with a cancellation when its signal aborts', async () => {
    const controller = new AbortController();
    const listener = await startLoopbackListener({
      redirectUri: new URL(`http://127.0.0.1:${await getFreePort()}/cb`),
      clock: createManualClock(),
      signal: controller.signal,
    });
    controller.abort();
    await expect(listener.callback).rejects.toMatchObject({ code: 'AUTH_REQUIRED', message: 'Sign-in was cancelled.' });
    await listener.close();
  });
});
