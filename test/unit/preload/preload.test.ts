import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bindIpc, createTrustedSenders } from '../../../src/main/electron';
import { createCore } from '../../../src/main/compose';
import { createMemoryPlatform } from '../../../src/main/platform/memory';
import { methodNames, type BatonApi } from '../../../src/shared/api';
import { BatonError } from '../../../src/shared/errors';
import { systemLanguagesArgument } from '../../../src/shared/ipc-protocol';
import type { FakeElectron } from '../../support/fake-electron';

const fake = vi.hoisted(() => ({ electron: undefined as FakeElectron | undefined }));
vi.mock('electron', async () => {
  const { createFakeElectron } = await import('../../support/fake-electron');
  fake.electron = createFakeElectron();
  return fake.electron;
});

const APP_URL = 'file:///opt/baton/out/renderer/index.html';
let electron: FakeElectron;
let api: BatonApi;
let core: ReturnType<typeof createCore>;

beforeAll(async () => {
  // The preload runs in the app window's page: point the fake ipcRenderer at that window, bind the main side, then load it.
  await import('electron');
  electron = fake.electron!;
  const window = new electron.BrowserWindow({});
  window.webContents.url = APP_URL;
  electron.renderer.contents = window.webContents;
  const trusted = createTrustedSenders({ isAppUrl: (url) => url === APP_URL });
  trusted.trust(window.webContents as never);
  core = createCore({ platform: createMemoryPlatform({ host: 'electron' }), version: '9.9.9' });
  bindIpc({ ipcMain: electron.asApis().ipcMain, core, isTrustedSender: trusted.isTrusted });
  // The host's argument with the OS's languages, as Electron appends it to the sandboxed preload's argv.
  process.argv.push(systemLanguagesArgument(['ja-JP', 'en-US']));
  await import('../../../src/preload/index');
  const { systemLanguages: _languages, ...facade } = electron.exposed.baton as BatonApi & { systemLanguages: string[] };
  api = facade;
});

describe('the preload', () => {
  it("exposes window.baton with exactly the contract's domains and on, and the OS's languages", () => {
    const domains = [...new Set(methodNames.map((method) => method.split('.')[0]))];
    expect(Object.keys(electron.exposed)).toEqual(['baton']);
    expect(Object.keys(api).sort()).toEqual([...domains, 'on'].sort());
    expect((electron.exposed.baton as { systemLanguages: unknown }).systemLanguages).toEqual(['ja-JP', 'en-US']);
  });

  it('exposes only plain functions, never ipcRenderer', () => {
    const leavesOf = (value: unknown): unknown[] =>
      typeof value === 'object' && value !== null ? Object.values(value).flatMap(leavesOf) : [value];
    const leaves = leavesOf(api);
    expect(leaves.length).toBe(methodNames.length + 1);
    for (const leaf of leaves) expect(typeof leaf).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipc');
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('calls the core through IPC and resolves with the result', async () => {
    await expect(api.app.info()).resolves.toMatchObject({ name: 'Baton', version: '9.9.9', host: 'electron' });
  });

  it('rejects with the BatonError code and hint, in a shape that survives contextBridge', async () => {
    const error = await (api.app.info as (params: unknown) => Promise<unknown>)({ bogus: 1 }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({ name: 'BatonError', code: 'VALIDATION', message: expect.stringContaining('app.info') });
    expect(Object.getPrototypeOf(error)).toBe(Object.prototype);
    expect(BatonError.fromPayload(error as never)).toBeInstanceOf(BatonError);
  });

  it('delivers subscribed events and stops after unsubscribe', () => {
    const seen: unknown[] = [];
    const unsubscribe = api.on('session.changed', (status) => seen.push(status.state));
    core.hub.emit('session.changed', { state: 'signed-in', profileId: 'p', profileName: 'P', user: { name: 'Ada' } });
    unsubscribe();
    core.hub.emit('session.changed', { state: 'signed-out', profileId: null, profileName: null, user: null });
    expect(seen).toEqual(['signed-in']);
  });

  it('tells the main process when the last listener leaves, so it stops sending', () => {
    const contents = electron.renderer.contents;
    const first = api.on('session.changed', () => {});
    const second = api.on('session.changed', () => {});
    first();
    core.hub.emit('session.changed', { state: 'signed-out', profileId: null, profileName: null, user: null });
    second();
    const sentBefore = contents.sent.length;
    core.hub.emit('session.changed', { state: 'signed-out', profileId: null, profileName: null, user: null });
    expect(contents.sent.length).toBe(sentBefore);
    expect(contents.page.listenerCount('baton:event')).toBe(0);
  });

  it('drops an event whose payload is off its schema, and one listener that throws does not starve the next', () => {
    const seen: string[] = [];
    const problems = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stopThrowing = api.on('session.changed', () => {
      throw new Error('a broken page listener');
    });
    const stop = api.on('session.changed', (status) => seen.push(status.state));
    core.hub.emit('session.changed', { state: 'on the moon' } as never);
    core.hub.emit('session.changed', { state: 'signed-out', profileId: null, profileName: null, user: null });
    stopThrowing();
    stop();
    const told = problems.mock.calls.map((call) => String(call[0]));
    problems.mockRestore();
    expect(seen).toEqual(['signed-out']);
    expect(told).toEqual(['Dropped a session.changed event that does not match the contract', 'A listener for session.changed threw']);
  });

  it('refuses an unknown event name', () => {
    expect(() => api.on('no.such-event' as 'session.changed', () => {})).toThrow(/Unknown Baton event/);
  });
});
