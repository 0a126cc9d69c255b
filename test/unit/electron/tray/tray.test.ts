import { describe, expect, it } from 'vitest';
import { buildTrayMenu, createTray, INITIAL_TRAY_STATE } from '../../../../src/main/electron';
import { createFakeElectron } from '../../../support/fake-electron';

describe('buildTrayMenu', () => {
  it('offers Open Baton and Quit Baton under a status line', () => {
    expect(buildTrayMenu(INITIAL_TRAY_STATE)).toEqual({
      icon: 'signed-out',
      tooltip: 'Baton: Signed out',
      items: [
        { kind: 'status', label: 'Signed out' },
        { kind: 'separator' },
        { kind: 'action', action: 'open', label: 'Open Baton' },
        { kind: 'action', action: 'toggle-pause', label: 'Pause notifications', checked: false },
        { kind: 'action', action: 'preferences', label: 'Preferences…' },
        {
          kind: 'submenu',
          label: 'Help',
          items: [
            { kind: 'action', action: 'open-logs', label: 'Open logs folder' },
            { kind: 'action', action: 'about', label: 'About Baton' },
          ],
        },
        { kind: 'separator' },
        { kind: 'action', action: 'quit', label: 'Quit Baton' },
      ],
    });
  });

  it('shows the connected, running and attention states', () => {
    expect(buildTrayMenu({ session: 'signed-in', activeRuns: 0, needsAttention: false }).icon).toBe('connected');
    const running = buildTrayMenu({ session: 'signed-in', activeRuns: 2, needsAttention: false });
    expect(running.icon).toBe('running');
    expect(running.items[0]).toEqual({ kind: 'status', label: '2 runs in progress' });
    const attention = buildTrayMenu({ session: 'signed-in', activeRuns: 1, needsAttention: true });
    expect(attention.icon).toBe('attention');
    expect(attention.tooltip).toContain('needs your attention');
  });
});

describe('createTray', () => {
  function render() {
    const electron = createFakeElectron();
    const calls: string[] = [];
    const apis = electron.asApis();
    const tray = createTray({
      Tray: apis.Tray,
      Menu: apis.Menu,
      iconDir: '/assets/tray',
      actions: { open: () => calls.push('open'), quit: () => calls.push('quit') },
    });
    return { electron, tray, calls, fake: electron.trays[0]! };
  }

  it('renders the menu, tooltip and icon with Electron', () => {
    const { fake } = render();
    expect(fake.image).toBe('/assets/tray/tray-signed-out.png');
    expect(fake.tooltip).toBe('Baton: Signed out');
    expect(fake.contextMenu?.items.map((item) => item.label ?? item.type)).toEqual([
      'Signed out',
      'separator',
      'Open Baton',
      'Pause notifications',
      'Preferences…',
      'Help',
      'separator',
      'Quit Baton',
    ]);
    expect(fake.contextMenu?.items[0]?.enabled).toBe(false);
  });

  it('runs the actions from the menu and opens the window on a left click', () => {
    const { fake, calls } = render();
    fake.clickItem('Open Baton');
    fake.clickItem('Quit Baton');
    fake.emit('click');
    expect(calls).toEqual(['open', 'quit', 'open']);
  });

  it('switches icon and menu when the state changes', () => {
    const { fake, tray } = render();
    tray.update({ session: 'signed-in', activeRuns: 1, needsAttention: false });
    expect(fake.image).toBe('/assets/tray/tray-running.png');
    expect(fake.contextMenu?.items[0]?.label).toBe('1 run in progress');
  });

  it('destroys the tray icon when disposed', () => {
    const { fake, tray } = render();
    tray.dispose();
    expect(fake.isDestroyed()).toBe(true);
    expect(fake.listenerCount('click')).toBe(0);
  });
});
