import { describe, expect, it } from 'vitest';
import { buildTrayMenu, createTray, type TrayMenuItem, type TrayState } from '../../../../src/main/electron';
import { createFakeElectron } from '../../../support/fake-electron';

const signedIn: TrayState = {
  session: 'signed-in',
  activeRuns: 0,
  needsAttention: false,
  userLine: 'Ada Lovelace · Demo tenant',
  favorites: [
    { processId: '1:a', name: 'Invoices', folderPath: 'Finance', needsInput: false, isRunnable: true },
    { processId: '1:b', name: 'Payroll & Tax', folderPath: 'HR', needsInput: true, isRunnable: true },
  ],
  recent: Array.from({ length: 7 }, (_, index) => ({
    runId: `r${index}`,
    processName: `P${index}`,
    state: 'successful',
    target: 'remote' as const,
  })),
};

const labels = (items: TrayMenuItem[]) => items.map((item) => ('label' in item ? item.label : '—'));
const submenu = (items: TrayMenuItem[], label: string) => {
  const found = items.find((item) => item.kind === 'submenu' && item.label === label);
  return found && found.kind === 'submenu' ? found.items : undefined;
};

describe('the tray menu model', () => {
  it('offers only Open, Pause notifications, Preferences, Help and Quit when signed out', () => {
    const view = buildTrayMenu({ session: 'signed-out', activeRuns: 0, needsAttention: false });
    expect(view.icon).toBe('signed-out');
    expect(labels(view.items)).toEqual(['Signed out', '—', 'Open Baton', 'Pause notifications', 'Preferences…', 'Help', '—', 'Quit Baton']);
  });

  it('has Open logs folder and About in Help, signed in or not', () => {
    for (const session of ['signed-out', 'signed-in'] as const) {
      const help = submenu(buildTrayMenu({ session, activeRuns: 0, needsAttention: false }).items, 'Help');
      expect(help).toEqual([
        { kind: 'action', action: 'open-logs', label: 'Open logs folder' },
        { kind: 'action', action: 'about', label: 'About Baton' },
      ]);
    }
  });

  it('offers to restart into a downloaded update, just above Quit, only when one waits', () => {
    const without = buildTrayMenu({ session: 'signed-in', activeRuns: 0, needsAttention: false });
    expect(without.items.some((item) => item.kind === 'action' && item.action === 'install-update')).toBe(false);
    const items = buildTrayMenu({ session: 'signed-in', activeRuns: 0, needsAttention: false, updateVersion: '1.2.0' }).items;
    expect(items.slice(-2)).toEqual([
      { kind: 'action', action: 'install-update', label: 'Restart to update to 1.2.0' },
      { kind: 'action', action: 'quit', label: 'Quit Baton' },
    ]);
  });

  it('shows the user line, favourites (inputs marked with an ellipsis) and the last 5 runs when connected', () => {
    const view = buildTrayMenu(signedIn);
    expect(view.icon).toBe('connected');
    expect(view.items[1]).toEqual({ kind: 'status', label: 'Ada Lovelace · Demo tenant' });
    expect(submenu(view.items, 'Favourites')).toEqual([
      { kind: 'action', action: 'run-favorite', arg: '1:a', label: 'Invoices', enabled: true },
      { kind: 'action', action: 'run-favorite', arg: '1:b', label: 'Payroll && Tax…', enabled: true },
    ]);
    const recent = submenu(view.items, 'Recent')!;
    expect(recent).toHaveLength(5);
    expect(recent[0]).toEqual({ kind: 'action', action: 'rerun', arg: 'r0', label: 'Run again: P0 — Successful' });
  });

  it('says when there are no favourites yet instead of an empty submenu', () => {
    const view = buildTrayMenu({ ...signedIn, favorites: [], recent: [] });
    expect(submenu(view.items, 'Favourites')).toEqual([{ kind: 'status', label: 'No favourites yet: star a process in Baton' }]);
    expect(submenu(view.items, 'Recent')).toEqual([{ kind: 'status', label: 'No runs yet' }]);
  });

  it('lists active runs with Show and Stop and switches to the running icon', () => {
    const view = buildTrayMenu({
      ...signedIn,
      activeRuns: 1,
      active: [{ runId: 'x', processName: 'Invoices', state: 'running', target: 'local' }],
    });
    expect(view.icon).toBe('running');
    expect(view.items[0]).toEqual({ kind: 'status', label: '1 run in progress' });
    expect(submenu(view.items, 'Invoices (this machine) — Running')).toEqual([
      { kind: 'show', target: { kind: 'run', runId: 'x' }, label: 'Show' },
      { kind: 'action', action: 'stop-run', arg: 'x', label: 'Stop', enabled: true },
    ]);
  });

  it('names a suspended remote job as Suspended, not Running', () => {
    const view = buildTrayMenu({
      ...signedIn,
      activeRuns: 1,
      active: [{ runId: 's', processName: 'Invoice Approval', state: 'suspended', target: 'remote' }],
    });
    expect(submenu(view.items, 'Invoice Approval — Suspended')).toBeDefined();
  });

  it('shows the attention icon and says so in the tooltip', () => {
    const view = buildTrayMenu({ ...signedIn, needsAttention: true });
    expect(view.icon).toBe('attention');
    expect(view.tooltip).toBe('Baton: Signed in, needs your attention');
  });

  it('checks Pause notifications while paused', () => {
    const item = buildTrayMenu({ ...signedIn, isNotificationPaused: true }).items.find(
      (candidate) => 'action' in candidate && candidate.action === 'toggle-pause',
    );
    expect(item).toMatchObject({ checked: true });
  });
});

describe('the tray with Electron', () => {
  it('runs a favourite from its submenu with the process id', () => {
    const electron = createFakeElectron();
    const started: (string | undefined)[] = [];
    const tray = createTray({
      Tray: electron.asApis().Tray,
      Menu: electron.asApis().Menu,
      iconDir: '/icons',
      actions: { open: () => {}, quit: () => {}, 'run-favorite': (id) => started.push(id) },
    });
    tray.update(signedIn);
    const favourites = electron.trays[0]!.contextMenu!.items.find((item) => item.label === 'Favourites') as {
      submenu: { label: string; click(): void }[];
    };
    favourites.submenu[0]!.click();
    expect(started).toEqual(['1:a']);
  });

  it('uses template images on macOS and does not open the window on click there', () => {
    const electron = createFakeElectron();
    const opened: string[] = [];
    createTray({
      Tray: electron.asApis().Tray,
      Menu: electron.asApis().Menu,
      iconDir: '/icons',
      platform: 'darwin',
      actions: { open: () => opened.push('open'), quit: () => {} },
    });
    expect(electron.trays[0]!.image).toBe('/icons/tray-signed-outTemplate.png');
    electron.trays[0]!.emit('click');
    expect(opened).toEqual([]);
  });
});
