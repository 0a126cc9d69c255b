import { describe, expect, it } from 'vitest';
import { PROTOCOL_LAUNCHER_ARG, startDesktopApp } from '../../../src/main/electron';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createFakeElectron, createMemoryFiles, type FakeElectron } from '../../support/fake-electron';

const paths = {
  preload: '/opt/baton/out/preload/index.cjs',
  rendererIndex: '/opt/baton/out/renderer/index.html',
  trayIcons: '/opt/baton/assets/tray',
};

async function start(
  options: {
    taken?: string[];
    answer?: number;
    argv?: string[];
    platform?: NodeJS.Platform;
    openedAtLogin?: boolean;
    settings?: Record<string, unknown>;
  } = {},
) {
  const electron = createFakeElectron();
  electron.app.wasOpenedAtLogin = options.openedAtLogin ?? false;
  const registered = new Map<string, () => void>();
  const dialogs: { message: string; detail?: string; buttons?: string[] }[] = [];
  const globalShortcut = {
    register: (accelerator: string, callback: () => void) => {
      if (options.taken?.includes(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    unregister: (accelerator: string) => void registered.delete(accelerator),
  };
  const dialog = {
    showMessageBox: async (box: { message: string; detail?: string; buttons?: string[] }) => {
      dialogs.push(box);
      return { response: options.answer ?? 1, checkboxChecked: false };
    },
  };
  const files = createMemoryFiles(options.settings ? { settings: options.settings } : {});
  const desktop = await startDesktopApp({
    electron: { ...electron.asApis(), globalShortcut, dialog } as never,
    version: '1.0.0',
    paths,
    openFile: files,
    logger: createRecordingLogger(),
    argv: options.argv ?? ['/opt/baton/baton'],
    platform: options.platform ?? 'linux',
  });
  // Let the shell's first reads (settings, session, runs) settle.
  await new Promise((resolve) => setImmediate(resolve));
  return { electron, desktop: desktop!, registered, dialogs, files };
}

const runningLocally = {
  id: 'run-1',
  target: 'local',
  profileId: null,
  processId: 'hello',
  processName: 'Hello World',
  inputArguments: {},
  state: 'running',
  createdAt: '2026-01-01T00:00:00.000Z',
};

/** The shell has read the run history: the tray says a run is in progress (no sleeping on a guess). */
async function shellKnowsOfRun(electron: FakeElectron): Promise<void> {
  await expect.poll(() => electron.trays[0]?.contextMenu?.items[0]?.label).toBe('1 run in progress');
}

describe('quitting with runs still going', () => {
  it('asks on Cmd+Q, the Dock or the app menu as the tray’s Quit does, and stays when the person cancels', async () => {
    const { electron, dialogs } = await start({ platform: 'darwin', settings: { 'runs.history': { local: [runningLocally] } }, answer: 1 });
    await shellKnowsOfRun(electron);
    electron.app.quit();
    await new Promise((resolve) => setImmediate(resolve));
    expect(dialogs.map((box) => box.message)).toEqual(['This run keeps going after Baton quits:']);
    expect(dialogs[0]!.detail).toBe('Hello World (this machine)');
    expect(electron.app.hasQuit).toBe(false);
  });

  it('quits when the person confirms', async () => {
    const { electron, dialogs } = await start({ settings: { 'runs.history': { local: [runningLocally] } }, answer: 0 });
    await shellKnowsOfRun(electron);
    electron.app.quit();
    await expect.poll(() => electron.app.hasQuit).toBe(true);
    expect(dialogs).toHaveLength(1);
  });

  it('quits at once when nothing is running', async () => {
    const { electron, dialogs } = await start();
    electron.app.quit();
    await expect.poll(() => electron.app.hasQuit).toBe(true);
    expect(dialogs).toEqual([]);
  });
});

describe('the desktop shell wiring', () => {
  it('registers the quick-launch shortcut from the preferences', async () => {
    const { registered, desktop } = await start();
    expect([...registered.keys()]).toEqual(['CommandOrControl+Alt+B']);
    await desktop.dispose();
    expect(registered.size).toBe(0);
  });

  it('records a shortcut conflict where Preferences shows it', async () => {
    const { electron } = await start({ taken: ['CommandOrControl+Alt+B'] });
    const reply = (await electron.ipcMain.invokeFrom(electron.windows[0]!.webContents, 'baton:preferences.get', {})) as {
      result: { shortcutProblem?: string };
    };
    expect(reply.result.shortcutProblem).toBe('Ctrl+Alt+B is already used by another application; choose another shortcut in Preferences.');
  });

  it('refuses a second instance’s link without the marker on Windows, and runs nothing', async () => {
    const { electron, dialogs } = await start({ platform: 'win32' });
    electron.app.emit('second-instance', {}, ['C:\\Baton\\Baton.exe', 'baton://run?process=A&folder=B'], '/');
    await new Promise((resolve) => setImmediate(resolve));
    expect(dialogs).toEqual([]);
  });

  it('asks to confirm a link a Linux desktop passes as the last argument', async () => {
    const { electron, dialogs } = await start();
    electron.app.emit('second-instance', {}, ['/opt/baton/baton-desktop', 'baton://run?process=A&folder=B'], '/');
    await expect.poll(() => dialogs.length).toBe(1);
  });

  it('refuses a malformed link with a message and no confirmation', async () => {
    const { electron, dialogs } = await start();
    electron.app.emit('second-instance', {}, ['/opt/baton/baton', PROTOCOL_LAUNCHER_ARG, 'baton://run?process=A&folder=B&evil=1'], '/');
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]?.detail).toContain('Unknown parameter "evil"');
    expect(dialogs[0]?.buttons).toEqual(['OK']);
  });

  it('toggles Pause notifications from the tray into the preferences', async () => {
    const { electron } = await start();
    electron.trays[0]!.clickItem('Pause notifications');
    await expect
      .poll(() => electron.trays[0]!.contextMenu!.items.find((item) => item.label === 'Pause notifications'))
      .toMatchObject({ checked: true });
  });

  it('explains once that closing keeps Baton in the tray', async () => {
    const { electron } = await start();
    electron.windows[0]!.close();
    electron.windows[0]!.close();
    expect(electron.notifications.map((n) => n.options.title)).toEqual(['Baton is still running']);
  });

  it('stays hidden when started by the OS at login', async () => {
    const { electron } = await start({ argv: ['/opt/baton/baton', '--autostart'] });
    electron.windows[0]!.emit('ready-to-show');
    expect(electron.windows[0]!.isVisible()).toBe(false);
  });

  it('stays hidden when macOS opened it at login (macOS passes no login-item arguments)', async () => {
    const { electron } = await start({ platform: 'darwin', openedAtLogin: true });
    electron.windows[0]!.emit('ready-to-show');
    expect(electron.windows[0]!.isVisible()).toBe(false);
  });

  it('shows the window when the person starts it on macOS', async () => {
    const { electron } = await start({ platform: 'darwin' });
    electron.windows[0]!.emit('ready-to-show');
    expect(electron.windows[0]!.isVisible()).toBe(true);
  });
});
