import { describe, expect, it } from 'vitest';
import { buildAppMenu, renderAppMenu, type AppMenuItem } from '../../../../src/main/electron/windows/app-menu';

const labels = (items: AppMenuItem[]): unknown[] =>
  items.map((item) =>
    item.kind === 'submenu'
      ? { [item.label]: labels(item.items) }
      : item.kind === 'action'
        ? item.label
        : item.kind === 'role'
          ? item.role
          : '—',
  );

describe('the application menu', () => {
  it('follows macOS: About, Preferences… ⌘, and Quit ⌘Q in the app menu, Window and Help', () => {
    const menu = buildAppMenu('darwin');
    expect(labels(menu)).toEqual([
      { Baton: ['About Baton', '—', 'Preferences…', 'Quick Launch…', '—', 'hide', 'hideOthers', 'unhide', '—', 'Quit Baton'] },
      { Edit: [] },
      { View: ['resetZoom', 'zoomIn', 'zoomOut', '—', 'togglefullscreen'] },
      { Window: [] },
      { Help: ['Open Logs Folder'] },
    ]);
    const app = menu[0] as Extract<AppMenuItem, { kind: 'submenu' }>;
    expect(
      app.items.filter((item) => item.kind === 'action' && item.accelerator).map((item) => (item as { accelerator: string }).accelerator),
    ).toEqual(['Command+,', 'Command+Q']);
  });

  it('has File and Help with About on Windows and Linux', () => {
    expect(labels(buildAppMenu('win32'))).toEqual([
      { File: ['Quick Launch…', 'Preferences…', '—', 'Quit Baton'] },
      { Edit: [] },
      { View: ['resetZoom', 'zoomIn', 'zoomOut', '—', 'togglefullscreen'] },
      { Help: ['Open Logs Folder', '—', 'About Baton'] },
    ]);
  });

  it('runs Baton’s own actions (Quit asks about runs still going) and uses Electron’s standard Edit menu', () => {
    const calls: string[] = [];
    const template = renderAppMenu(buildAppMenu('linux'), {
      open: () => calls.push('open'),
      quit: () => calls.push('quit'),
      preferences: () => calls.push('preferences'),
    });
    const file = template[0]!.submenu as { label?: string; click?: () => void }[];
    file.find((item) => item.label === 'Quit Baton')!.click!();
    file.find((item) => item.label === 'Preferences…')!.click!();
    expect(calls).toEqual(['quit', 'preferences']);
    expect(template[1]).toEqual({ label: 'Edit', role: 'editMenu' });
  });
});
