import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createExternalOpener, hardenApp } from '../../../../src/main/electron';
import { createFakeElectron, FakeEvent } from '../../../support/fake-electron';

function hardened() {
  const electron = createFakeElectron();
  const apis = electron.asApis();
  const dispose = hardenApp({ app: apis.app, session: apis.session.defaultSession, openExternal: createExternalOpener(electron.shell) });
  const window = new electron.BrowserWindow({});
  window.webContents.url = 'app://baton/index.html';
  return { electron, dispose, contents: window.webContents };
}

describe('app hardening', () => {
  it('sets the strict Content-Security-Policy on responses and keeps their other headers', async () => {
    const { electron } = hardened();
    const headers = await electron.session.defaultSession.receive('file:///opt/baton/out/renderer/index.html', { 'X-Other': ['1'] });
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('denies navigation to any other URL and allows staying on the page', () => {
    const { contents } = hardened();
    expect(contents.navigate('https://evil.example/')).toBe(false);
    expect(contents.navigate('file:///etc/passwd', 'will-redirect')).toBe(false);
    expect(contents.navigate(contents.getURL())).toBe(true);
  });

  // Catches: no will-frame-navigate handler, so an injected iframe (or a frame sent elsewhere)
  // could navigate freely inside the window.
  it('denies every subframe navigation and a main-frame one away from the page', () => {
    const { contents } = hardened();
    expect(contents.navigateFrame('https://evil.example/', false)).toBe(false);
    expect(contents.navigateFrame('app://baton/index.html', false)).toBe(false);
    expect(contents.navigateFrame('file:///etc/passwd', true)).toBe(false);
    expect(contents.navigateFrame(contents.getURL(), true)).toBe(true);
  });

  it('denies window.open and hands https links to the browser through the safe wrapper', async () => {
    const { electron, contents } = hardened();
    expect(contents.openWindow('https://docs.uipath.com/')).toBe('deny');
    expect(contents.openWindow('http://evil.example/')).toBe('deny');
    expect(contents.openWindow('file:///etc/passwd')).toBe('deny');
    await Promise.resolve();
    expect(electron.shell.opened).toEqual(['https://docs.uipath.com/']);
  });

  it('denies every permission request and check', async () => {
    const { electron } = hardened();
    expect(await electron.session.defaultSession.requestPermission('media')).toBe(false);
    expect(await electron.session.defaultSession.requestPermission('notifications')).toBe(false);
    expect(electron.session.defaultSession.permissionCheckHandler?.()).toBe(false);
  });

  it('refuses a certificate error instead of trusting the certificate', () => {
    const { electron } = hardened();
    const decisions: boolean[] = [];
    const event = new FakeEvent();
    electron.app.emit(
      'certificate-error',
      event,
      undefined,
      'https://orchestrator.local/',
      'net::ERR_CERT_AUTHORITY_INVALID',
      {},
      (trusted: boolean) => decisions.push(trusted),
    );
    expect(decisions).toEqual([false]);
    expect(event.defaultPrevented).toBe(false);
  });

  it('refuses to attach a webview', () => {
    const { contents } = hardened();
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('removes its app listeners and session handlers when disposed', () => {
    const { electron, dispose } = hardened();
    dispose();
    expect(electron.app.listenerCount('web-contents-created') + electron.app.listenerCount('certificate-error')).toBe(0);
    expect(electron.session.defaultSession.webRequest.headersListener).toBeNull();
    expect(electron.session.defaultSession.permissionRequestHandler).toBeNull();
  });
});
