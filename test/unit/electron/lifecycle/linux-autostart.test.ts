import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  autostartDesktopEntry,
  autostartFilePath,
  createLinuxAutostart,
  quoteExecArgument,
} from '../../../../src/main/electron/lifecycle/linux-autostart';

describe('the Linux autostart entry', () => {
  it('starts Baton hidden with the --autostart argument', () => {
    const entry = autostartDesktopEntry({ executable: '/opt/Baton/baton-desktop', args: ['--autostart'] });
    expect(entry.split('\n')).toEqual(
      expect.arrayContaining(['[Desktop Entry]', 'Type=Application', 'Name=Baton', 'Exec=/opt/Baton/baton-desktop --autostart']),
    );
  });

  it('quotes paths with spaces and escapes characters the Exec key gives a meaning to', () => {
    expect(quoteExecArgument('/home/ada/My Apps/Baton.AppImage')).toBe('"/home/ada/My Apps/Baton.AppImage"');
    expect(quoteExecArgument('/tmp/a$b"c`d')).toBe('"/tmp/a\\\\$b\\\\"c\\\\`d"');
    expect(quoteExecArgument('/tmp/a\\b')).toBe('"/tmp/a\\\\\\\\b"');
    expect(quoteExecArgument('/tmp/100%')).toBe('/tmp/100%%');
  });

  it('cannot be made to add a line through the path', () => {
    const entry = autostartDesktopEntry({ executable: '/tmp/x\nHidden=true', args: [] });
    expect(entry.split('\n').filter((line) => line.startsWith('Hidden'))).toEqual([]);
  });

  it('lives in $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when unset or relative', () => {
    expect(autostartFilePath({ XDG_CONFIG_HOME: '/cfg' }, '/home/ada')).toBe('/cfg/autostart/baton.desktop');
    expect(autostartFilePath({}, '/home/ada')).toBe('/home/ada/.config/autostart/baton.desktop');
    expect(autostartFilePath({ XDG_CONFIG_HOME: 'cfg' }, '/home/ada')).toBe('/home/ada/.config/autostart/baton.desktop');
  });
});

describe('start at login on Linux', () => {
  let home: string;
  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'baton-autostart-'));
  });
  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });
  const autostart = () =>
    createLinuxAutostart({
      fs: { mkdir, writeFile, rm },
      env: {},
      homeDir: home,
      executable: '/opt/Baton/baton-desktop',
      args: ['--autostart'],
    });
  const file = () => join(home, '.config', 'autostart', 'baton.desktop');

  it('writes the autostart file when turned on and removes it when turned off', async () => {
    await autostart().apply(true);
    expect(await readFile(file(), 'utf8')).toContain('Exec=/opt/Baton/baton-desktop --autostart');
    await autostart().apply(false);
    await expect(stat(file())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('turning it off when it was never on is fine, and other autostart files stay', async () => {
    await mkdir(join(home, '.config', 'autostart'), { recursive: true });
    await writeFile(join(home, '.config', 'autostart', 'other.desktop'), 'x');
    await autostart().apply(false);
    expect(await readFile(join(home, '.config', 'autostart', 'other.desktop'), 'utf8')).toBe('x');
  });
});
