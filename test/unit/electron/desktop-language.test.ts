import { afterEach, describe, expect, it } from 'vitest';
import { startDesktopApp, type DesktopApp } from '../../../src/main/electron';
import { createDesktopLanguage, localizedNotifier } from '../../../src/main/electron/desktop-language';
import { describeRunForConfirmation } from '../../../src/main/electron/deep-links/deep-link-handler';
import { parseDeepLink } from '../../../src/main/electron/deep-links/deep-links';
import { loadTranslator } from '../../../src/shared/i18n';
import { decideReminder } from '../../../src/main/notifications';
import { createElectronNotifier } from '../../../src/main/platform/electron';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { DEFAULT_PREFERENCES } from '../../../src/main/preferences';
import type { ReminderPrompt } from '../../../src/shared/contract/reminders';
import { createFakeElectron, createMemoryFiles } from '../../support/fake-electron';

// The desktop speaks the person's language: the OS's by default, the Preferences choice once
// made, switched at once in the tray, the menu bar and the next notification, without a restart.

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

async function start(systemLanguages: string[]) {
  const electron = createFakeElectron();
  electron.app.preferredSystemLanguages = systemLanguages;
  running = await startDesktopApp({
    electron: electron.asApis() as never,
    version: '1.0.0',
    paths,
    openFile: createMemoryFiles({ settings: {} }),
    logger: createRecordingLogger(),
    argv: ['/opt/baton/baton', '--autostart'],
    platform: 'linux',
  });
  const main = electron.windows[0]!;
  const call = (method: string, params: unknown = {}) => electron.ipcMain.invokeFrom(main.webContents, `baton:${method}`, params);
  const trayLabels = () => electron.trays[0]?.contextMenu?.items.map((item) => item.label ?? '-');
  const menuBar = () => electron.Menu.applicationMenu?.items.map((item) => item.label);
  return { electron, call, trayLabels, menuBar };
}

const reminder = (processName: string): ReminderPrompt =>
  ({
    reminder: {
      id: 'm1',
      profileId: 'p',
      profileName: 'Demo',
      isForActiveProfile: true,
      processId: '1:a',
      processName,
      folderPath: 'Finance',
      rule: { kind: 'daily', time: '09:00' },
      isEnabled: true,
    },
    dueAt: '2026-01-01T09:00:00Z',
    isMissed: false,
  }) as ReminderPrompt;

describe('the desktop in the person’s language', () => {
  it('follows the OS at start, then the Preferences choice at once, in the tray and the menu bar', async () => {
    const { call, trayLabels, menuBar, electron } = await start(['fr-FR', 'en-US']);
    await expect
      .poll(trayLabels)
      .toEqual(['Déconnecté', '-', 'Ouvrir Baton', 'Suspendre les notifications', 'Préférences…', 'Aide', '-', 'Quitter Baton']);
    expect(menuBar()).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(electron.trays[0]?.tooltip).toBe('Baton : Déconnecté');

    expect(await call('preferences.update', { language: 'de' })).toMatchObject({ ok: true });
    await expect
      .poll(trayLabels)
      .toEqual(['Abgemeldet', '-', 'Baton öffnen', 'Benachrichtigungen pausieren', 'Einstellungen…', 'Hilfe', '-', 'Baton beenden']);
    expect(menuBar()).toEqual(['Datei', 'Bearbeiten', 'Ansicht', 'Hilfe']);

    expect(await call('preferences.update', { language: 'system' })).toMatchObject({ ok: true });
    await expect.poll(trayLabels).toContain('Ouvrir Baton');
  });

  it('says its own notifications in the language chosen a moment ago', async () => {
    const { call, electron, trayLabels } = await start(['en-US']);
    await running!.openDeepLink('baton://nowhere');
    expect(electron.notifications.at(-1)?.options.title).toBe('Baton link refused');

    expect(await call('preferences.update', { language: 'de' })).toMatchObject({ ok: true });
    await expect.poll(trayLabels).toContain('Baton öffnen');
    await running!.openDeepLink('baton://nowhere');
    expect(electron.notifications.at(-1)?.options.title).toBe('Baton-Link abgelehnt');
  });

  it('speaks English when the OS language is one Baton does not have', async () => {
    const { trayLabels } = await start(['pt-BR']);
    await expect.poll(trayLabels).toContain('Open Baton');
  });

  it('shows the next notification, buttons included, in the language chosen since the last one', async () => {
    const electron = createFakeElectron();
    const language = createDesktopLanguage({ systemLanguages: () => ['en-GB'] });
    const notifier = localizedNotifier(
      createElectronNotifier({ Notification: electron.asApis().Notification, platform: 'darwin' }),
      language,
    );
    await language.choose('system');
    const send = (name: string) =>
      notifier.notify({ ...decideReminder(reminder(name), DEFAULT_PREFERENCES.notifications)!, id: name, sentAt: '2026-01-01T09:00:00Z' });
    const buttons = (index: number) =>
      (electron.notifications[index]?.options as { actions?: { text: string }[] }).actions?.map((action) => action.text);

    send('Invoices');
    expect(electron.notifications[0]?.options).toMatchObject({ title: 'Time to run Invoices' });
    expect(buttons(0)).toEqual(['Start', 'Snooze 10 min', 'Dismiss']);

    await language.choose('ja');
    send('Payroll');
    expect(electron.notifications[1]?.options).toMatchObject({
      title: 'Payroll を実行する時間です',
      body: '今すぐ開始するか、10 分後に再通知するか、閉じてください。',
    });
    expect(buttons(1)).toEqual(['開始', '10 分後に再通知', '閉じる']);

    await language.choose('ar');
    send('Payroll');
    expect(electron.notifications[2]?.options).toMatchObject({ title: 'حان وقت تشغيل Payroll' });
  });

  // Catches: a missed reminder told at login, before the Preferences were read, came in English.
  it('says what comes before the language is known in that language, once it is, in order', async () => {
    const electron = createFakeElectron();
    const language = createDesktopLanguage({ systemLanguages: () => ['de-DE'] });
    const notifier = localizedNotifier(
      createElectronNotifier({ Notification: electron.asApis().Notification, platform: 'linux' }),
      language,
    );
    const send = (name: string) =>
      notifier.notify({ ...decideReminder(reminder(name), DEFAULT_PREFERENCES.notifications)!, id: name, sentAt: '2026-01-01T09:00:00Z' });

    send('Rechnungen');
    send('Gehälter');
    expect(electron.notifications).toEqual([]);

    await language.choose('system');
    await language.whenFirstChosen();
    send('Berichte');
    await expect.poll(() => electron.notifications.length).toBe(3);
    expect(electron.notifications.map((n) => n.options.title)).toEqual([
      'Zeit, Rechnungen auszuführen',
      'Zeit, Gehälter auszuführen',
      'Zeit, Berichte auszuführen',
    ]);
  });

  it('asks before a link runs anything in the person’s language, the link’s values as they are', async () => {
    const parsed = parseDeepLink('baton://run?process=Invoices&folder=Finance&arg.Month=2026-01');
    if (!parsed.ok || parsed.link.kind !== 'run') throw new Error(`unexpected ${JSON.stringify(parsed)}`);
    expect(describeRunForConfirmation(parsed.link, parsed.link, await loadTranslator('de'))).toEqual({
      title: 'Invoices ausführen?',
      detail: ['Prozess: Invoices', 'Ordner: Finance', 'Wo: in Orchestrator (Remote-Auftrag)', 'Argumente:', '  Month = "2026-01"'].join(
        '\n',
      ),
    });
  });
});
