import { afterEach, describe, expect, it } from 'vitest';
import { startDesktopApp, type DesktopApp } from '../../../../src/main/electron';
import { targetHash } from '../../../../src/shared/app-target';
import { createCore } from '../../../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../../../src/main/platform/memory';
import { createFakeElectron, createMemoryFiles, type FakeBrowserWindow } from '../../../support/fake-electron';

const paths = {
  preload: '/opt/baton/out/preload/index.cjs',
  rendererIndex: '/opt/baton/out/renderer/index.html',
  trayIcons: '/opt/baton/assets/tray',
};

let running: DesktopApp | null = null;
afterEach(async () => {
  await running?.dispose();
  running = null;
});

/** The desktop app with its main window hidden to the tray and the palette window open over whatever has focus. */
async function startWithPaletteOpen() {
  const electron = createFakeElectron();
  const shortcuts = new Map<string, () => void>();
  const globalShortcut = {
    register: (accelerator: string, callback: () => void) => Boolean(shortcuts.set(accelerator, callback)),
    unregister: (accelerator: string) => void shortcuts.delete(accelerator),
  };
  running = await startDesktopApp({
    electron: { ...electron.asApis(), globalShortcut } as never,
    version: '1.0.0',
    paths,
    openFile: createMemoryFiles(),
    logger: createRecordingLogger(),
    argv: ['/opt/baton/baton'],
    platform: 'linux',
  });
  await new Promise((resolve) => setImmediate(resolve));
  const main = electron.windows[0]!;
  const executed: string[] = [];
  Object.assign(main.webContents, { executeJavaScript: async (code: string) => void executed.push(code) });
  main.close();

  shortcuts.get('CommandOrControl+Alt+B')!();
  const palette = electron.windows[1]!;
  palette.emit('ready-to-show');
  const showArea = (params: unknown) => electron.ipcMain.invokeFrom(palette.webContents, 'baton:app.showArea', params);
  return { main, palette, executed, showArea };
}

const isForward = (window: FakeBrowserWindow) => window.isVisible() && window.focused;

describe('a "Check …" link in the palette window', () => {
  it('brings the main window forward on Diagnostics at that check and puts the palette away', async () => {
    const { main, palette, executed, showArea } = await startWithPaletteOpen();
    expect(palette.loadedUrl).toBe('app://baton/index.html#/palette');
    expect(palette.isVisible()).toBe(true);
    expect(main.isVisible()).toBe(false);

    expect(await showArea({ target: { kind: 'check', checkId: 'tls' } })).toEqual({ ok: true, result: { isShown: true } });

    expect(isForward(main)).toBe(true);
    expect(executed).toEqual(['location.hash = "#/diagnostics?check=tls"']);
    expect(palette.isVisible()).toBe(false);
  });

  it('is refused, showing nothing, when it names a check outside Diagnostics or one that does not exist', async () => {
    const { main, palette, executed, showArea } = await startWithPaletteOpen();
    for (const params of [
      { area: 'diagnostics', check: 'tls' },
      { target: 'check:tls' },
      { target: { kind: 'area', area: 'runs', checkId: 'tls' } },
      { target: { kind: 'check', checkId: 'location.hash="x"' } },
    ]) {
      expect(await showArea(params)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(main.isVisible()).toBe(false);
    expect(executed).toEqual([]);
    expect(palette.isVisible()).toBe(true);
  });
});

describe('where a window target leads', () => {
  it('routes a check to Diagnostics with that check, and an area to that area', () => {
    expect(targetHash({ kind: 'check', checkId: 'robot-process' })).toBe('#/diagnostics?check=robot-process');
    expect(targetHash({ kind: 'area', area: 'settings' })).toBe('#/settings');
  });

  it('routes a run to that run in the Runs area, its id kept inside its parameter', () => {
    expect(targetHash({ kind: 'run', runId: '0b9d5c1e-7f3a-4c1b-9e2d-5a6b7c8d9e0f' })).toBe(
      '#/runs?run=0b9d5c1e-7f3a-4c1b-9e2d-5a6b7c8d9e0f',
    );
    expect(targetHash({ kind: 'run', runId: 'a&b=<script>"' })).toBe('#/runs?run=a%26b%3D%3Cscript%3E%22');
  });

  it('routes a process to its run dialog, and a reminder to its prompt', () => {
    expect(targetHash({ kind: 'process', processId: '12:5f0c3e2a-1b7d-4e0f-9a3c-2d4e6f8a0b1c' })).toBe(
      '#/processes?run=12%3A5f0c3e2a-1b7d-4e0f-9a3c-2d4e6f8a0b1c',
    );
    expect(targetHash({ kind: 'reminder', reminderId: 'm1' })).toBe('#/processes?reminder=m1');
  });
});

describe('app.showArea outside the desktop app', () => {
  it('shows nothing and says so, since there is no other window to bring forward', async () => {
    const core = createCore({ platform: createMemoryPlatform({ host: 'web' }), version: '1.0.0' });
    try {
      await expect(core.handlers['app.showArea']({ target: { kind: 'check', checkId: 'tcp' } })).resolves.toEqual({ isShown: false });
    } finally {
      await core.dispose();
    }
  });
});
