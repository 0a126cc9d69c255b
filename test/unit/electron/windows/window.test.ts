import { describe, expect, it } from 'vitest';
import { createMainWindow, createTrustedSenders } from '../../../../src/main/electron';
import { systemLanguagesFrom } from '../../../../src/shared/ipc-protocol';
import { createFakeElectron } from '../../../support/fake-electron';

const APP_URL = 'file:///opt/baton/out/renderer/index.html';

function open(options: { isQuitting?: () => boolean; systemLanguages?: string[] } = {}) {
  const electron = createFakeElectron();
  const trusted = createTrustedSenders({ isAppUrl: (url) => url === APP_URL });
  const main = createMainWindow({
    BrowserWindow: electron.asApis().BrowserWindow,
    preloadPath: '/opt/baton/out/preload/index.cjs',
    systemLanguages: options.systemLanguages,
    url: APP_URL,
    trusted,
    isQuitting: options.isQuitting ?? (() => false),
  });
  const fake = electron.windows[0]!;
  return { electron, trusted, main, fake };
}

describe('the main window', () => {
  it('is created with the secure web preferences and the preload', () => {
    const { fake } = open();
    expect(fake.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/baton/out/preload/index.cjs',
    });
  });

  it('hands the page the OS languages through the preload’s arguments, and nothing that is not a language tag', () => {
    const { fake } = open({ systemLanguages: ['de-AT', 'en-US', '--inspect=9229', 'ar'] });
    const [argument] = (fake.options.webPreferences as { additionalArguments: string[] }).additionalArguments;
    expect(systemLanguagesFrom(['electron', argument!])).toEqual(['de-AT', 'en-US', 'ar']);
    expect(systemLanguagesFrom(['electron', '--baton-system-languages=de,<script>,fr'])).toEqual(['de', 'fr']);
  });

  it('loads the app page and stays hidden until ready-to-show', () => {
    const { fake } = open();
    expect(fake.loadedUrl).toBe(APP_URL);
    expect(fake.options.show).toBe(false);
    expect(fake.isVisible()).toBe(false);
    fake.emit('ready-to-show');
    expect(fake.isVisible()).toBe(true);
  });

  it('trusts its webContents as an IPC sender', () => {
    const { trusted, fake } = open();
    expect(trusted.isTrusted({ sender: fake.webContents, senderFrame: fake.webContents.mainFrame } as never)).toBe(true);
  });

  it('hides to the tray instead of closing', () => {
    const { fake } = open();
    fake.show();
    fake.close();
    expect(fake.isDestroyed()).toBe(false);
    expect(fake.isVisible()).toBe(false);
  });

  it('really closes when the app is quitting', () => {
    const { fake } = open({ isQuitting: () => true });
    fake.close();
    expect(fake.isDestroyed()).toBe(true);
  });

  it('show() restores a minimized window and focuses it', () => {
    const { main, fake } = open();
    fake.minimized = true;
    main.show();
    expect(fake).toMatchObject({ minimized: false, visible: true, focused: true });
  });

  it('dispose() destroys the window and stops trusting it', () => {
    const { main, fake, trusted } = open();
    main.dispose();
    expect(fake.isDestroyed()).toBe(true);
    expect(trusted.isTrusted({ sender: fake.webContents, senderFrame: fake.webContents.mainFrame } as never)).toBe(false);
  });
});
