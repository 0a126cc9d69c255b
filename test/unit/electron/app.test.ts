import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, startDesktopApp } from '../../../src/main/electron';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { methodNames } from '../../../src/shared/api';
import { createFakeElectron, createMemoryFiles } from '../../support/fake-electron';

const paths = {
  preload: '/opt/baton/out/preload/index.cjs',
  rendererIndex: '/opt/baton/out/renderer/index.html',
  trayIcons: '/opt/baton/assets/tray',
  appIcon: '/opt/baton/assets/icon.png',
};

async function start(options: { hasLock?: boolean; platform?: NodeJS.Platform } = {}) {
  const electron = createFakeElectron();
  electron.app.hasSingleInstanceLock = options.hasLock ?? true;
  const desktop = await startDesktopApp({
    electron: electron.asApis(),
    version: '1.0.0',
    paths,
    openFile: createMemoryFiles(),
    logger: createRecordingLogger(),
    ...(options.platform ? { platform: options.platform } : {}),
  });
  return { electron, desktop };
}

describe('the desktop app', () => {
  // Catches: on Windows no notification appeared, since none was shown under the installer's AppUserModelID.
  it('on Windows shows its notifications under the installer’s app id, and sets none elsewhere', async () => {
    const appId = /^appId:\s*(\S+)\s*$/m.exec(readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8'))?.[1];
    expect(appId).toBeTruthy();
    const windows = await start({ platform: 'win32' });
    expect(windows.electron.app.appUserModelId).toBe(appId);
    await windows.desktop?.dispose();
    const linux = await start({ platform: 'linux' });
    expect(linux.electron.app.appUserModelId).toBeUndefined();
    await linux.desktop?.dispose();
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    const { electron, desktop } = await start({ hasLock: false });
    expect(desktop).toBeNull();
    expect(electron.app.quitRequests).toBe(1);
    expect(electron.windows).toEqual([]);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('on ready binds every contract method, opens the secure window on the app page and shows a tray icon', async () => {
    const { electron, desktop } = await start();
    expect(electron.ipcMain.handlers.size).toBe(methodNames.length);
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.loadedUrl).toBe('app://baton/index.html');
    expect(electron.windows[0]?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, preload: paths.preload });
    expect(electron.trays).toHaveLength(1);
    expect(electron.trays[0]?.image).toBe('/opt/baton/assets/tray/tray-signed-out.png');
    expect(desktop?.hasTray()).toBe(true);
  });

  // Catches: the renderer loaded from file://, where CSP 'self' matches every local file and no
  // CSP header arrives.
  it('serves the window from app://baton/ (registered before ready), with the CSP as a header, and nothing outside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-app-'));
    try {
      mkdirSync(join(dir, 'renderer'));
      writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Baton</title>');
      writeFileSync(join(dir, 'settings.json'), '{"secret":1}');
      const electron = createFakeElectron();
      await startDesktopApp({
        electron: electron.asApis(),
        version: '1.0.0',
        paths: { ...paths, rendererIndex: join(dir, 'renderer', 'index.html') },
        openFile: createMemoryFiles(),
        logger: createRecordingLogger(),
      });
      expect(electron.protocol.privileged).toEqual([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ]);
      const page = await electron.protocol.request(electron.windows[0]!.loadedUrl!);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect((await electron.protocol.request('app://baton/../settings.json')).status).toBe(404);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reloads a crashed window once, then says what happened and lets the person quit', async () => {
    const electron = createFakeElectron();
    const shown: { message?: string; detail?: string; buttons?: string[] }[] = [];
    const dialog = { showMessageBox: async (options: (typeof shown)[number]) => (shown.push(options), { response: 1 }) };
    await startDesktopApp({
      electron: { ...electron.asApis(), dialog } as never,
      version: '1.0.0',
      paths,
      openFile: createMemoryFiles(),
      logger: createRecordingLogger(),
    });
    const contents = electron.windows[0]!.webContents;
    contents.crash({ reason: 'crashed', exitCode: 139 });
    expect(contents.reloads).toBe(1);
    expect(electron.app.quitRequests).toBe(0);
    contents.crash({ reason: 'crashed', exitCode: 139 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(shown.at(-1)).toMatchObject({ message: 'Baton’s window stopped working', buttons: ['Reload', 'Quit Baton'] });
    expect(contents.reloads).toBe(1);
    // Quit, as chosen: the quit sequence started (and, holding for disposal, asks again once done).
    expect(electron.app.quitRequests).toBeGreaterThan(0);
  });

  it("answers the window's app.info call through IPC", async () => {
    const { electron } = await start();
    const reply = await electron.ipcMain.invokeFrom(electron.windows[0]!.webContents, 'baton:app.info', {});
    expect(reply).toMatchObject({ ok: true, result: { name: 'Baton', version: '1.0.0', host: 'electron' } });
  });

  it('shows in a dialog what it set aside at start, since a desktop user never sees stderr', async () => {
    const electron = createFakeElectron();
    const shown: { message?: string; detail?: string }[] = [];
    const dialog = { showMessageBox: async (options: { message?: string; detail?: string }) => (shown.push(options), { response: 0 }) };
    await startDesktopApp({
      electron: { ...electron.asApis(), dialog } as never,
      version: '1.0.0',
      paths,
      openFile: createMemoryFiles({ settings: { preferences: ['dark'] } }),
      logger: createRecordingLogger(),
    });
    // Once the person's language is known, so it is said in that language.
    await expect
      .poll(() => shown)
      .toEqual([
        {
          type: 'warning',
          message: 'Some settings could not be read',
          detail: expect.stringContaining('The setting "preferences" was not valid'),
        },
      ]);
  });

  it('shows no such dialog when every setting was read', async () => {
    const electron = createFakeElectron();
    electron.app.preferredSystemLanguages = ['de-DE'];
    const shown: unknown[] = [];
    const dialog = { showMessageBox: async (options: unknown) => (shown.push(options), { response: 0 }) };
    await startDesktopApp({
      electron: { ...electron.asApis(), dialog } as never,
      version: '1.0.0',
      paths,
      openFile: createMemoryFiles(),
      logger: createRecordingLogger(),
    });
    // The dialog would come once the language is known: the tray speaking German says it is.
    await expect.poll(() => electron.trays[0]?.contextMenu?.items.map((item) => item.label)).toContain('Baton öffnen');
    expect(shown).toEqual([]);
  });

  it('hardens every webContents it creates', async () => {
    const { electron } = await start();
    expect(electron.windows[0]?.webContents.navigate('https://evil.example/')).toBe(false);
    expect(electron.session.defaultSession.webRequest.headersListener).not.toBeNull();
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { electron } = await start();
    electron.app.emit('second-instance');
    expect(electron.windows[0]).toMatchObject({ visible: true, focused: true });
  });

  it('opens the window from the tray, recreating it if it was destroyed', async () => {
    const { electron } = await start();
    electron.windows[0]?.destroy();
    electron.trays[0]?.emit('click');
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows[1]?.isVisible()).toBe(true);
  });

  it('hides to the tray on close and keeps running', async () => {
    const { electron } = await start();
    electron.windows[0]?.close();
    expect(electron.windows[0]?.isDestroyed()).toBe(false);
    expect(electron.app.hasQuit).toBe(false);
  });

  it('disposes everything, then quits, when Quit is chosen in the tray', async () => {
    const { electron } = await start();
    const quit = once(electron.app, 'quit');
    electron.trays[0]?.clickItem('Quit Baton');
    await quit;
    expect(electron.app.hasQuit).toBe(true);
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(electron.trays[0]?.isDestroyed()).toBe(true);
    expect(electron.windows[0]?.isDestroyed()).toBe(true);
    expect(electron.app.listenerCount('web-contents-created')).toBe(0);
    expect(electron.session.defaultSession.webRequest.headersListener).toBeNull();
  });
});
