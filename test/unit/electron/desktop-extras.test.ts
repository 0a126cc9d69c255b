import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { startDesktopApp, type DesktopApp } from '../../../src/main/electron';
import type { UpdaterApi } from '../../../src/main/electron/lifecycle/auto-update';
import { displayLayoutKey, WINDOW_BOUNDS_KEY, type DisplayInfo } from '../../../src/main/electron/windows/window-bounds';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createFakeElectron, createMemoryFiles } from '../../support/fake-electron';

const paths = {
  preload: '/opt/baton/out/preload/index.cjs',
  rendererIndex: '/opt/baton/out/renderer/index.html',
  trayIcons: '/opt/baton/assets/tray',
};
const primary: DisplayInfo = {
  id: 1,
  scaleFactor: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[] };
const settle = () => new Promise((resolve) => setImmediate(resolve));

let running: DesktopApp | null = null;
afterEach(async () => {
  await running?.dispose();
  running = null;
});

async function start(options: { isPackaged?: boolean; settings?: Record<string, unknown> } = {}) {
  const electron = createFakeElectron();
  electron.app.isPackaged = options.isPackaged ?? false;
  const dialogs: { title?: string; message: string; detail?: string }[] = [];
  const opened: string[] = [];
  const updater = Object.assign(new EventEmitter(), {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    logger: null,
    installs: 0,
    setFeedURL: () => {},
    checkForUpdates: () => Promise.resolve(null),
    quitAndInstall() {
      updater.installs++;
    },
  });
  const autostart: boolean[] = [];
  const apis = {
    ...electron.asApis(),
    shell: Object.assign(electron.shell, {
      openPath: async (path: string) => {
        opened.push(path);
        return '';
      },
    }),
    dialog: {
      showMessageBox: async (options: { title?: string; message: string; detail?: string }) => (
        dialogs.push(options),
        { response: 0, checkboxChecked: false }
      ),
    },
    screen: { getAllDisplays: () => [primary], getPrimaryDisplay: () => primary },
  };
  running = await startDesktopApp({
    electron: apis as never,
    version: '1.0.0',
    paths,
    openFile: createMemoryFiles({ settings: options.settings ?? {} }),
    logger: createRecordingLogger(),
    argv: [],
    platform: 'linux',
    loadUpdater: async () => updater as unknown as UpdaterApi,
    linuxAutostart: { apply: async (openAtLogin) => void autostart.push(openAtLogin) },
  });
  await settle();
  const menu = () => electron.trays[0]!.contextMenu!.items as MenuItem[];
  const item = (label: string, within: MenuItem[] = menu()): MenuItem | undefined => {
    for (const candidate of within) {
      if (candidate.label === label) return candidate;
      const nested = candidate.submenu && item(label, candidate.submenu);
      if (nested) return nested;
    }
    return undefined;
  };
  const appMenu = () => (electron.Menu.applicationMenu?.items ?? []) as MenuItem[];
  return { electron, dialogs, opened, updater, autostart, item, appMenu };
}

describe('the desktop app’s logs, About, window place and updates', () => {
  it('opens the app’s logs folder from Help in the tray', async () => {
    const { item, opened } = await start();
    item('Open logs folder')!.click!();
    await settle();
    expect(opened).toEqual(['/fake/logs']);
  });

  it('has Help › Open Logs Folder and About in the window’s menu bar too', async () => {
    const { item, appMenu, opened, dialogs } = await start();
    expect(appMenu().map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    item('Open Logs Folder', appMenu())!.click!();
    await settle();
    expect(opened).toEqual(['/fake/logs']);
    item('About Baton', appMenu())!.click!();
    expect(dialogs[0]!.detail).toMatch(/^Baton 1\.0\.0/m);
  });

  it('shows Baton’s version and the runtime versions in Help › About', async () => {
    const { item, dialogs } = await start();
    item('About Baton')!.click!();
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.detail).toMatch(/^Baton 1\.0\.0\nNode\.js \d+/m);
  });

  it('opens the window where it was on this display arrangement', async () => {
    const saved = { bounds: { x: 300, y: 200, width: 1000, height: 700 }, isMaximized: false, savedAt: 1 };
    const { electron } = await start({ settings: { [WINDOW_BOUNDS_KEY]: { [displayLayoutKey([primary])]: saved } } });
    expect(electron.windows[0]!.options).toMatchObject({ x: 300, y: 200, width: 1000, height: 700 });
  });

  it('never loads the updater from source', async () => {
    const { updater, item } = await start();
    expect(updater.autoDownload).toBe(false);
    expect(item('Restart to update to 1.2.0')).toBeUndefined();
  });

  it('in a packaged build offers the downloaded update in the tray and installs it with the window really closing', async () => {
    const { electron, updater, item } = await start({ isPackaged: true });
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true });
    updater.emit('update-downloaded', { version: '1.2.0' });
    item('Restart to update to 1.2.0')!.click!();
    expect(updater.installs).toBe(1);
    electron.windows[0]!.close();
    expect(electron.windows[0]!.isDestroyed()).toBe(true);
  });

  it('in a packaged Linux build applies start at login through the autostart file', async () => {
    const { autostart } = await start({ isPackaged: true });
    expect(autostart).toEqual([false]);
  });
});
