import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Dialog, GlobalShortcut } from 'electron';
import type { AppTarget, BatonNotification } from '../../shared/contract/app';
import { bannerText } from '../../shared/connectivity-text';
import type { MessageText, Translator } from '../../shared/i18n';
import { englishTranslator, inEnglish, said, verbatim } from '../../shared/message-parts';
import type { ConnectivityStatus } from '../../shared/contract/connectivity';
import { isFinalRunState, type Run } from '../../shared/contract/runs';
import type { SettingsView } from '../../shared/contract/preferences';
import type { SessionStatus } from '../../shared/model';
import type { Core } from '../compose';
import { createDisposables } from '../lib';
import type { Logger, Notifier, SettingsStore } from '../platform';
import { createDeepLinkHandler } from './deep-links/deep-link-handler';
import { createShortcutBinding } from './windows/global-shortcut';
import type { BatonTray } from './tray/tray';
import type { TrayRun, TrayState } from './tray/tray-menu';

const HAS_EXPLAINED_TRAY_KEY = 'shell.hasExplainedTray';

export interface DesktopShellDeps {
  core: Core;
  tray: BatonTray;
  /** The platform's notifier, for the shell's own words; the core's notifications domain sends the rest. */
  notifier: Notifier;
  settings: SettingsStore;
  /** Shows the main window at a place, or as it was. */
  show(target?: AppTarget): void;
  togglePalette(): void;
  setLoginItem?(openAtLogin: boolean): void;
  globalShortcut?: Pick<GlobalShortcut, 'register' | 'unregister'>;
  dialog?: Pick<Dialog, 'showMessageBox'>;
  platform: NodeJS.Platform;
  /** The host's language of the moment, for its dialogs and its own notifications (English when absent). */
  translator?: () => Translator;
  logger: Logger;
}

export interface DesktopShell {
  handleDeepLink(url: string): Promise<void>;
  /** The first time the window hides to the tray, say that Baton keeps running. */
  explainHiddenToTray(): void;
  /** Runs still going, for the Quit question. */
  activeRuns(): Run[];
  togglePause(): Promise<void>;
  /** The person opened the window: whatever needed attention has been seen. */
  clearAttention(): void;
  /** A downloaded update waits: the tray offers to restart into it. */
  setUpdateReady(version: string): void;
  dispose(): Promise<void>;
}

const toTrayRun = (run: Run): TrayRun => ({ runId: run.id, processName: run.processName, state: run.state, target: run.target });
// A suspended job is still going (it waits to be resumed): it counts as active, for the tray and the Quit question.
const isActive = (run: Run) => !isFinalRunState(run.state);
/** Notifications that ask something of the person; the tray icon says so until the window is opened. */
const ASKS_ATTENTION: ReadonlySet<BatonNotification['kind']> = new Set(['sign-in-expired', 'robot-pairing', 'reminder']);

/**
 * The desktop-only behaviour on top of the core: the tray's live content (and its attention
 * state from the core's notifications), the global shortcut, start at login and deep links.
 */
export function createDesktopShell(deps: DesktopShellDeps): DesktopShell {
  const { core, logger } = deps;
  const disposables = createDisposables((error) => logger.warn('Stopping the desktop shell failed', { error: String(error) }));
  const runs = new Map<string, Run>();
  let session: SessionStatus | undefined;
  let settings: SettingsView | undefined;
  let favorites: TrayState['favorites'] = [];
  let needsAttention = false;
  let updateVersion: string | undefined;

  let connectivity: ConnectivityStatus | undefined;
  const render = () => {
    const all = [...runs.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const active = all.filter(isActive);
    const userLine = session?.user ? [session.user.name, session.profileName].filter(Boolean).join(' · ') : undefined;
    deps.tray.update({
      session: session?.state ?? 'signed-out',
      activeRuns: active.length,
      needsAttention,
      userLine,
      favorites,
      active: active.map(toTrayRun),
      recent: all.filter((run) => !isActive(run)).map(toTrayRun),
      isNotificationPaused: settings?.preferences.notifications.isPaused ?? false,
      connectivityLine: bannerText(connectivity),
      ...(connectivity ? { connectivity } : {}),
      ...(updateVersion ? { updateVersion } : {}),
    });
  };
  const warn = (what: string) => (error: unknown) => logger.warn(what, { error: String(error) });

  // The shell's own words (not the core's decisions): shown as they are.
  // As message ids, like the core's: the host's notifier says them in the language of the moment.
  const tell = (title: MessageText, body: MessageText) =>
    deps.notifier.notify({
      id: randomUUID(),
      kind: 'info',
      title: inEnglish(title),
      body: inEnglish(body),
      titleText: [title],
      bodyText: [[body]],
      sentAt: new Date().toISOString(),
    });
  const t = (): Translator => deps.translator?.() ?? englishTranslator;

  const shortcut = deps.globalShortcut ? createShortcutBinding(deps.globalShortcut, deps.togglePalette, deps.platform) : undefined;
  if (shortcut) disposables.add(shortcut);
  let appliedLogin: boolean | undefined;
  const applySettings = (view: SettingsView) => {
    settings = view;
    if (shortcut) {
      const problem = shortcut.apply(view.preferences.shortcut);
      core.preferences.reportShortcutProblem(problem);
      if (problem) logger.warn('The quick-launch shortcut could not be registered', { problem });
    }
    if (deps.setLoginItem && appliedLogin !== view.preferences.startAtLogin) {
      appliedLogin = view.preferences.startAtLogin;
      deps.setLoginItem(appliedLogin);
    }
    render();
  };

  const loadFavorites = () =>
    core.handlers['catalog.get']({}).then((catalog) => {
      favorites = catalog.processes
        .filter((process) => process.isFavorite)
        .map((process) => ({
          processId: process.id,
          name: process.name,
          folderPath: process.folderPath,
          needsInput: process.inputArguments.some((arg) => arg.isRequired && !arg.hasDefault),
          isRunnable: process.isRunnable,
        }));
      render();
    }, warn('The tray could not read the favourites'));

  for (const stop of [
    core.events.on('preferences.changed', applySettings),
    core.events.on('session.changed', (next) => {
      session = next;
      render();
    }),
    core.events.on('notification.shown', (notification) => {
      if (!ASKS_ATTENTION.has(notification.kind)) return;
      needsAttention = true;
      render();
    }),
    core.events.on('catalog.changed', () => void loadFavorites()),
    core.events.on('connectivity.changed', (next) => {
      connectivity = next;
      render();
    }),
    core.events.on('run.updated', (run) => {
      // A run that failed while Baton watched it asks for a look, whether or not it notified.
      const previous = runs.get(run.id);
      if (run.state === 'faulted' && previous !== undefined && previous.state !== 'faulted') needsAttention = true;
      runs.set(run.id, run);
      render();
    }),
  ])
    disposables.add(stop);

  void core.handlers['preferences.get']({}).then(applySettings, warn('The desktop shell could not read the preferences'));
  void core.handlers['session.status']({}).then((status) => {
    session = status;
    render();
  }, warn('Could not read the session for the tray'));
  void core.handlers['runs.list']({ limit: 50 }).then((list) => {
    for (const run of list) if (!runs.has(run.id)) runs.set(run.id, run);
    render();
  }, warn('The tray could not read the runs'));
  void loadFavorites();

  const refuse = (message: string) => {
    // The link parser's reason names the exact character or parameter; it is shown as it is.
    tell(said('notifications.linkRefusedTitle'), verbatim(message));
    if (deps.dialog)
      void deps.dialog.showMessageBox({
        type: 'warning',
        title: 'Baton',
        message: t().t('tray.linkNotOpened'),
        detail: message,
        buttons: [t().t('tray.ok')],
      });
  };
  const handleDeepLink = createDeepLinkHandler({
    handlers: core.handlers,
    async confirm({ title, detail }) {
      // Without a dialog there is nobody to ask, and a link never runs unasked.
      if (!deps.dialog) return false;
      deps.show();
      const answer = await deps.dialog.showMessageBox({
        type: 'question',
        title: 'Baton',
        message: title,
        detail,
        buttons: [t().t('tray.run'), t().t('tray.cancel')],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      });
      return answer.response === 0;
    },
    show: (target) => deps.show(target),
    refuse,
    translator: t,
    logger,
  });

  return {
    handleDeepLink,
    explainHiddenToTray() {
      if (deps.settings.read(HAS_EXPLAINED_TRAY_KEY, z.boolean()) === true) return;
      deps.settings.set(HAS_EXPLAINED_TRAY_KEY, true);
      tell(said('notifications.stillRunningTitle'), said('notifications.stillRunningBody'));
    },
    activeRuns: () => [...runs.values()].filter(isActive),
    async togglePause() {
      const isPaused = settings?.preferences.notifications.isPaused ?? false;
      await core.handlers['preferences.update']({ notifications: { isPaused: !isPaused } });
    },
    clearAttention() {
      if (!needsAttention) return;
      needsAttention = false;
      render();
    },
    setUpdateReady(version) {
      updateVersion = version;
      render();
    },
    dispose: () => disposables.dispose(),
  };
}
