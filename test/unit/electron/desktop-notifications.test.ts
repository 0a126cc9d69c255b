import { afterEach, describe, expect, it } from 'vitest';
import { startDesktopApp, type DesktopApp } from '../../../src/main/electron';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { createFakeElectron, createMemoryFiles } from '../../support/fake-electron';

// The desktop host's part of notifications, with Electron's fakes: it shows what the core's
// notifications domain sends, gives a reminder its buttons where the OS has them (macOS), and
// otherwise leads the click to the reminder's prompt in the window.

const paths = {
  preload: '/opt/baton/out/preload/index.cjs',
  rendererIndex: '/opt/baton/out/renderer/index.html',
  trayIcons: '/opt/baton/assets/tray',
};

// Due yesterday, while Baton was closed: it comes once, as a missed reminder, when Baton starts.
const missedReminder = {
  id: 'm1',
  profileId: null,
  processId: '1:invoices',
  processName: 'Invoices',
  folderPath: 'Finance',
  rule: { kind: 'daily', time: '09:00' },
  nextAt: new Date(Date.now() - 24 * 3_600_000).toISOString(),
  createdAt: '2026-01-01T00:00:00.000Z',
};

let running: DesktopApp | null = null;
afterEach(async () => {
  await running?.dispose();
  running = null;
});

async function start(platform: NodeJS.Platform, settings: Record<string, unknown> = { reminders: [missedReminder] }) {
  const electron = createFakeElectron();
  running = await startDesktopApp({
    electron: electron.asApis() as never,
    version: '1.0.0',
    paths,
    openFile: createMemoryFiles({ settings }),
    logger: createRecordingLogger(),
    argv: ['/opt/baton/baton', '--autostart'],
    platform,
  });
  const main = electron.windows[0]!;
  const executed: string[] = [];
  Object.assign(main.webContents, { executeJavaScript: async (code: string) => void executed.push(code) });
  const call = (method: string, params: unknown = {}) => electron.ipcMain.invokeFrom(main.webContents, `baton:${method}`, params);
  return { electron, main, executed, call };
}

describe('reminder notifications on the desktop', () => {
  it('on macOS, carries Start, Snooze 10 min and Dismiss, and Dismiss ends the prompt without a run', async () => {
    const { electron, call } = await start('darwin');
    await expect.poll(() => electron.notifications.length).toBe(1);
    const [shown] = electron.notifications;
    expect(shown?.options.title).toBe('Missed: time to run Invoices');
    expect((shown?.options as { actions?: { text: string }[] }).actions?.map((action) => action.text)).toEqual([
      'Start',
      'Snooze 10 min',
      'Dismiss',
    ]);
    expect(await call('reminders.prompts')).toMatchObject({ ok: true, result: [{ reminder: { id: 'm1' } }] });

    shown!.emit('action', { actionIndex: 2 }, 2);
    await expect.poll(async () => call('reminders.prompts')).toEqual({ ok: true, result: [] });
    expect(await call('runs.list')).toEqual({ ok: true, result: [] });
  });

  it('elsewhere, shows it without buttons and its click opens the window at the prompt', async () => {
    const { electron, main, executed } = await start('win32');
    await expect.poll(() => electron.notifications.length).toBe(1);
    const [shown] = electron.notifications;
    expect(shown?.options).toEqual({
      title: 'Missed: time to run Invoices',
      body: 'It came while Baton was closed. Start it now, snooze it for 10 minutes or dismiss it.',
    });
    expect(main.isVisible()).toBe(false);
    shown!.click();
    expect(main.isVisible()).toBe(true);
    expect(executed).toEqual(['location.hash = "#/processes?reminder=m1"']);
  });

  it('refuses a button of a notification it never sent', async () => {
    const { call } = await start('darwin');
    expect(await call('notifications.act', { id: 'nothing', action: 'start' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('notifications.act', { id: 'x', action: 'explode' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the tray', () => {
  it('shows a run from its Show item: the window opens at that run', async () => {
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
    const { electron, main, executed } = await start('linux', { 'runs.history': { local: [runningLocally] } });
    type Item = { label?: string; submenu?: Item[]; click?: () => void };
    const items = (): Item[] => (electron.trays[0]!.contextMenu?.items ?? []) as Item[];
    await expect.poll(() => items().some((item) => item.label?.startsWith('Hello World'))).toBe(true);
    const run = items().find((item) => item.label?.startsWith('Hello World'))!;
    run.submenu!.find((item) => item.label === 'Show')!.click!();
    expect(main.isVisible()).toBe(true);
    expect(executed).toEqual(['location.hash = "#/runs?run=run-1"']);
  });
});
