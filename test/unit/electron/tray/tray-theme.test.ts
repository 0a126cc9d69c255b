import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createTray, INITIAL_TRAY_STATE } from '../../../../src/main/electron';
import { createFakeElectron } from '../../../support/fake-electron';

/** Electron's nativeTheme: the taskbar's colour, and an event when it changes. */
function fakeTheme(isDark: boolean) {
  return Object.assign(new EventEmitter(), { shouldUseDarkColors: isDark });
}

function trayWith(platform: NodeJS.Platform, theme: ReturnType<typeof fakeTheme>) {
  const electron = createFakeElectron();
  const apis = electron.asApis();
  const tray = createTray({
    Tray: apis.Tray,
    Menu: apis.Menu,
    iconDir: '/assets/tray',
    platform,
    theme,
    actions: { open() {}, quit() {} },
  });
  return { tray, fake: electron.trays[0]! };
}

describe('the tray icon on light and dark taskbars', () => {
  it('draws a light baton on a dark Windows or Linux taskbar, and follows the switch', () => {
    const theme = fakeTheme(true);
    const { tray, fake } = trayWith('win32', theme);
    expect(fake.image).toBe('/assets/tray/tray-signed-out-dark.png');

    theme.shouldUseDarkColors = false;
    theme.emit('updated');
    expect(fake.image).toBe('/assets/tray/tray-signed-out.png');

    tray.update({ ...INITIAL_TRAY_STATE, session: 'signed-in', activeRuns: 1 });
    expect(fake.image).toBe('/assets/tray/tray-running.png');
    tray.dispose();
    expect(theme.listenerCount('updated')).toBe(0);
  });

  it('leaves macOS to tint its template images', () => {
    const { fake } = trayWith('darwin', fakeTheme(true));
    expect(fake.image).toBe('/assets/tray/tray-signed-outTemplate.png');
  });

  it('ships a light and a dark icon for every state', async () => {
    const { existsSync } = await import('node:fs');
    for (const state of ['signed-out', 'connected', 'running', 'attention']) {
      for (const file of [`tray-${state}.png`, `tray-${state}-dark.png`, `tray-${state}-dark@2x.png`, `tray-${state}Template.png`]) {
        expect(existsSync(`assets/tray/${file}`), file).toBe(true);
      }
    }
  });
});
