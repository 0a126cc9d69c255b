import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createElectronPlatform } from '../../../../src/main/platform/electron';
import { createRecordingLogger } from '../../../../src/main/platform/memory';
import type { AppTarget, BatonNotification, NotificationActionId } from '../../../../src/shared/contract/app';
import { createFakeElectron, createMemoryFiles } from '../../../support/fake-electron';

async function platformWith(
  options: { settings?: Record<string, unknown>; backend?: 'basic_text' | 'gnome_libsecret'; os?: NodeJS.Platform } = {},
) {
  const electron = createFakeElectron();
  electron.safeStorage.backend = options.backend ?? 'gnome_libsecret';
  const opened: string[] = [];
  const clicks: (AppTarget | undefined)[] = [];
  const actions: [string, NotificationActionId][] = [];
  const openFile = createMemoryFiles({ settings: options.settings ?? {} });
  const apis = electron.asApis();
  const platform = await createElectronPlatform({
    app: apis.app,
    safeStorage: apis.safeStorage,
    Notification: apis.Notification,
    net: apis.net,
    openExternal: async (url) => void opened.push(url),
    openFile,
    onNotificationClick: (target) => clicks.push(target),
    onNotificationAction: (notification, action) => actions.push([notification.id, action]),
    logger: createRecordingLogger(),
    platform: options.os ?? 'linux',
    versions: { ...process.versions, electron: '45.4.1', chrome: '142.0.0.0' },
  });
  return { electron, platform, opened, clicks, actions, openFile };
}

describe('the Electron platform', () => {
  it('describes itself as the electron host with its runtimes and userData folder', async () => {
    const { platform } = await platformWith();
    expect(platform.host).toBe('electron');
    expect(platform.dataDir).toBe('/fake/userData');
    expect(platform.runtimes).toMatchObject({ electron: '45.4.1', chrome: '142.0.0.0', node: process.versions.node });
  });

  it('keeps settings in the settings file, keys with dots included', async () => {
    const { platform, openFile } = await platformWith();
    platform.settings.set('profiles.default', { url: 'https://cloud.uipath.com/acme' });
    expect(openFile.files.get('settings')?.get('profiles.default')).toEqual({ url: 'https://cloud.uipath.com/acme' });
    expect(platform.settings.get('profiles.default')).toEqual({ url: 'https://cloud.uipath.com/acme' });
    expect(platform.settings.location).toBe('/fake/userData/settings.json');
  });

  it('keeps secrets in the owner-only file without a keyring, and reports a setting of the wrong shape it set aside', async () => {
    const { platform, openFile } = await platformWith({ backend: 'basic_text', settings: { 'connection.profiles': 'oops' } });
    expect(platform.vault.persistence).toBe('owner-only-file');
    expect(platform.settings.read('connection.profiles', z.array(z.unknown()))).toBeUndefined();
    expect(platform.settings.setAside).toEqual([expect.objectContaining({ key: 'connection.profiles' })]);
    expect(openFile.setAside.get('connection.profiles')).toBe('oops');
  });

  it('fetches through net.fetch so the OS trust store applies', async () => {
    const { platform, electron } = await platformWith();
    const response = await platform.fetch(new URL('https://cloud.uipath.com/identity_/.well-known/openid-configuration'));
    expect(await response.text()).toBe('ok');
    expect(electron.net.requests.map((request) => request.url)).toEqual([
      'https://cloud.uipath.com/identity_/.well-known/openid-configuration',
    ]);
  });

  it('opens the browser through the external-link wrapper it was given', async () => {
    const { platform, opened } = await platformWith();
    await platform.browser.open('https://cloud.uipath.com/identity_/connect/authorize');
    expect(opened).toEqual(['https://cloud.uipath.com/identity_/connect/authorize']);
  });

  it('shows notifications and reports their target when clicked', async () => {
    const { platform, electron, clicks } = await platformWith();
    platform.notifier.notify(
      notification({ kind: 'run-finished', title: 'Invoice run finished', body: 'Successful', target: { kind: 'run', runId: '42' } }),
    );
    const [shown] = electron.notifications;
    expect(shown?.options).toEqual({ title: 'Invoice run finished', body: 'Successful' });
    shown?.click();
    expect(clicks).toEqual([{ kind: 'run', runId: '42' }]);
  });

  it('skips notifications where the system has none', async () => {
    const { platform, electron, clicks } = await platformWith();
    electron.Notification.supported = false;
    platform.notifier.notify(notification({ kind: 'info', title: 't', body: 'b' }));
    expect(electron.notifications).toEqual([]);
    expect(clicks).toEqual([]);
  });

  it('gives a reminder its Start, Snooze 10 min and Dismiss buttons on macOS, and reports the one pressed', async () => {
    const { platform, electron, actions } = await platformWith({ os: 'darwin' });
    platform.notifier.notify(reminder);
    const [shown] = electron.notifications;
    expect((shown?.options as { actions?: unknown }).actions).toEqual([
      { type: 'button', text: 'Start' },
      { type: 'button', text: 'Snooze 10 min' },
      { type: 'button', text: 'Dismiss' },
    ]);
    shown?.emit('action', { actionIndex: 1 }, 1);
    expect(actions).toEqual([['n1', 'snooze']]);
  });

  it('shows a reminder without buttons elsewhere: its click opens the prompt in the window', async () => {
    const { platform, electron, clicks, actions } = await platformWith({ os: 'win32' });
    platform.notifier.notify(reminder);
    const [shown] = electron.notifications;
    expect(shown?.options).toEqual({ title: 'Time to run Invoices', body: 'Start it now, snooze it for 10 minutes or dismiss it.' });
    shown?.click();
    expect(clicks).toEqual([{ kind: 'reminder', reminderId: 'm1' }]);
    expect(actions).toEqual([]);
  });

  it('opens the prompt in the window at once where the system shows no notifications', async () => {
    const { platform, electron, clicks } = await platformWith({ os: 'linux' });
    electron.Notification.supported = false;
    platform.notifier.notify(reminder);
    expect(clicks).toEqual([{ kind: 'reminder', reminderId: 'm1' }]);
  });
});

function notification(fields: Omit<BatonNotification, 'id' | 'sentAt'>): BatonNotification {
  return { id: 'n0', sentAt: '2026-01-01T09:00:00.000Z', ...fields };
}

const reminder: BatonNotification = {
  ...notification({
    kind: 'reminder',
    title: 'Time to run Invoices',
    body: 'Start it now, snooze it for 10 minutes or dismiss it.',
    target: { kind: 'reminder', reminderId: 'm1' },
    actions: [
      { id: 'start', label: 'Start' },
      { id: 'snooze', label: 'Snooze 10 min' },
      { id: 'dismiss', label: 'Dismiss' },
    ],
  }),
  id: 'n1',
};
