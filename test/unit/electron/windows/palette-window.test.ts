import { describe, expect, it } from 'vitest';
import { createPaletteWindow } from '../../../../src/main/electron/windows/palette-window';
import { createTrustedSenders } from '../../../../src/main/electron/trusted-senders';
import { createFakeElectron } from '../../../support/fake-electron';

// Catches: a palette whose page crashed stayed open blank (no render-process-gone handling).
describe('the palette window after its page crashed', () => {
  it('is dropped, and the next toggle opens a fresh one', () => {
    const electron = createFakeElectron();
    const palette = createPaletteWindow({
      BrowserWindow: electron.BrowserWindow as never,
      preloadPath: '/opt/baton/out/preload/index.cjs',
      url: 'app://baton/index.html',
      trusted: createTrustedSenders({ isAppUrl: () => true }),
      isQuitting: () => false,
    });
    palette.toggle();
    const first = electron.windows[0]!;
    first.webContents.crash({ reason: 'crashed', exitCode: 139 });
    expect(first.isDestroyed()).toBe(true);
    palette.toggle();
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows[1]!.loadedUrl).toBe('app://baton/index.html#/palette');
    palette.dispose();
  });
});
