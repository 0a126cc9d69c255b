import { describe, expect, it, vi } from 'vitest';
import { bindIpc, createTrustedSenders, resolveRendererLocation } from '../../../src/main/electron';
import { createCore } from '../../../src/main/compose';
import { createMemoryPlatform } from '../../../src/main/platform/memory';
import { methodNames } from '../../../src/shared/api';
import { BatonError } from '../../../src/shared/errors';
import { createFakeElectron, type FakeWebContents } from '../../support/fake-electron';

const APP_PAGE = resolveRendererLocation({});

function setup() {
  const electron = createFakeElectron();
  const core = createCore({ platform: createMemoryPlatform({ host: 'electron' }), version: '1.2.3' });
  const handlers = { ...core.handlers, 'app.info': vi.fn(core.handlers['app.info']) };
  const trusted = createTrustedSenders({ isAppUrl: APP_PAGE.isAppUrl });
  // The core's own services listen to its events too; what the binding adds comes on top.
  const coreOwnListeners = core.hub.listenerCount();
  const dispose = bindIpc({
    ipcMain: electron.asApis().ipcMain,
    core: { handlers, events: core.events },
    isTrustedSender: trusted.isTrusted,
  });
  const appWindow = (): FakeWebContents => {
    const contents = new electron.BrowserWindow({}).webContents;
    contents.url = APP_PAGE.url;
    trusted.trust(contents as never);
    return contents;
  };
  return { electron, core, handlers, dispose, appWindow, coreOwnListeners };
}

describe('bindIpc', () => {
  it('registers one handler for every contract method, and nothing else', () => {
    const { electron } = setup();
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(methodNames.map((method) => `baton:${method}`).sort());
  });

  it('answers a call from the app window with the core result', async () => {
    const { electron, appWindow } = setup();
    const reply = await electron.ipcMain.invokeFrom(appWindow(), 'baton:app.info', {});
    expect(reply).toEqual({ ok: true, result: expect.objectContaining({ name: 'Baton', version: '1.2.3', host: 'electron' }) });
  });

  it('refuses a call from a page that is not one of its windows, without reaching the core', async () => {
    const { electron, handlers } = setup();
    const stranger = electron.createStrangerContents();
    stranger.url = APP_PAGE.url;
    const reply = await electron.ipcMain.invokeFrom(stranger, 'baton:app.info', {});
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN', hint: expect.any(String) }) });
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('refuses a call from its own window once that window shows another page', async () => {
    const { electron, handlers, appWindow } = setup();
    const contents = appWindow();
    contents.url = 'https://evil.example/';
    const reply = await electron.ipcMain.invokeFrom(contents, 'baton:app.info', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('answers invalid params with a VALIDATION error and never calls the service', async () => {
    const { electron, handlers, appWindow } = setup();
    const reply = await electron.ipcMain.invokeFrom(appWindow(), 'baton:app.info', { unexpected: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(handlers['app.info']).not.toHaveBeenCalled();
  });

  it('keeps the code and hint of a BatonError thrown by the core', async () => {
    const { electron, handlers, appWindow } = setup();
    handlers['app.info'].mockRejectedValueOnce(new BatonError('AUTH_REQUIRED', 'Sign in first.', { hint: 'Open Baton and sign in.' }));
    const reply = await electron.ipcMain.invokeFrom(appWindow(), 'baton:app.info', {});
    expect(reply).toEqual({ ok: false, error: { code: 'AUTH_REQUIRED', message: 'Sign in first.', hint: 'Open Baton and sign in.' } });
  });

  it('turns any other failure into INTERNAL without its message', async () => {
    const { electron, handlers, appWindow } = setup();
    handlers['app.info'].mockRejectedValueOnce(new Error('token=abc123 leaked in /home/me'));
    const reply = (await electron.ipcMain.invokeFrom(appWindow(), 'baton:app.info', {})) as { error: { code: string; message: string } };
    expect(reply.error.code).toBe('INTERNAL');
    expect(reply.error.message).not.toContain('abc123');
  });

  it('forwards core events only to windows that subscribed', async () => {
    const { electron, core, appWindow } = setup();
    const subscribed = appWindow();
    const silent = appWindow();
    electron.ipcMain.sendFrom(subscribed, 'baton:subscribe');
    const status = { state: 'signed-in', profileId: 'p1', profileName: 'Acme', user: { name: 'Ada' } } as const;
    core.hub.emit('session.changed', status);
    // Core services react to the session too (the catalog follows it); look at this event only.
    const sessionEvents = subscribed.sent.filter((message) => message.args[0] === 'session.changed');
    expect(sessionEvents).toEqual([{ channel: 'baton:event', args: ['session.changed', status] }]);
    expect(silent.sent).toEqual([]);
  });

  it('ignores a subscription from an untrusted page', () => {
    const { electron, core } = setup();
    const stranger = electron.createStrangerContents();
    stranger.url = APP_PAGE.url;
    electron.ipcMain.sendFrom(stranger, 'baton:subscribe');
    core.hub.emit('session.changed', { state: 'signed-out', profileId: null, profileName: null, user: null });
    expect(stranger.sent).toEqual([]);
  });

  it('stops sending to a window after it unsubscribes or is destroyed', () => {
    const { electron, core, appWindow } = setup();
    const leaving = appWindow();
    const closing = appWindow();
    electron.ipcMain.sendFrom(leaving, 'baton:subscribe');
    electron.ipcMain.sendFrom(closing, 'baton:subscribe');
    electron.ipcMain.sendFrom(leaving, 'baton:unsubscribe');
    closing.destroy();
    expect(() => core.hub.emit('session.changed', { state: 'signed-out', profileId: null, profileName: null, user: null })).not.toThrow();
    expect(leaving.sent).toEqual([]);
    expect(closing.listenerCount('destroyed')).toBe(0);
  });

  it('removes every handler, listener and core subscription when disposed', () => {
    const { electron, core, dispose, appWindow, coreOwnListeners } = setup();
    const contents = appWindow();
    electron.ipcMain.sendFrom(contents, 'baton:subscribe');
    dispose();
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(electron.ipcMain.listenerCount('baton:subscribe') + electron.ipcMain.listenerCount('baton:unsubscribe')).toBe(0);
    expect(core.hub.listenerCount()).toBe(coreOwnListeners);
    core.hub.emit('session.changed', { state: 'signed-out', profileId: null, profileName: null, user: null });
    expect(contents.sent).toEqual([]);
  });
});
