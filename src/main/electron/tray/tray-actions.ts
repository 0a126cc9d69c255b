import type { Dialog } from 'electron';
import type { BatonHandlers } from '../../../shared/api';
import type { AppTarget } from '../../../shared/contract/app';
import { startParamsFor, type Run } from '../../../shared/contract/runs';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';
import type { Logger } from '../../platform';
import type { TrayActions } from './tray';

export interface TrayActionDeps {
  handlers: Pick<BatonHandlers, 'catalog.get' | 'runs.get' | 'runs.start' | 'runs.stop'>;
  /** Shows the main window at a target, or as it was. */
  showWindow(target?: AppTarget): void;
  togglePalette(): void;
  /** The desktop shell's; it exists only after the tray, so these are asked for at click time. */
  toggleNotificationPause(): Promise<void>;
  activeRuns(): Run[];
  installUpdate(): void;
  /** Electron's app.quit: starts the quit sequence. */
  quitApp(): void;
  logsDir: string;
  openPath?(path: string): Promise<string>;
  dialog?: Pick<Dialog, 'showMessageBox'>;
  /** The About dialog's text (about.ts). */
  aboutDetail(): string;
  /** The host's language of the moment, for the Quit and About dialogs (English when absent). */
  translator?: () => Translator;
  logger: Logger;
}

/** What each tray menu item does. A failure is logged; the tray has nowhere to show it. */
export function createTrayActions(deps: TrayActionDeps): TrayActions {
  const { handlers, logger } = deps;
  const failed = (what: string) => (error: unknown) => logger.warn(what, { error: String(error) });

  const runFavorite = async (processId: string) => {
    const catalog = await handlers['catalog.get']({});
    const process = catalog.processes.find((candidate) => candidate.id === processId);
    // Required inputs are asked for in the window's run dialog.
    if (!process) return deps.showWindow({ kind: 'area', area: 'processes' });
    // Required inputs without defaults: the run dialog of that process asks for them.
    if (process.inputArguments.some((arg) => arg.isRequired && !arg.hasDefault))
      return deps.showWindow({ kind: 'process', processId: process.id });
    await handlers['runs.start']({ target: 'remote', processId });
  };
  const rerun = async (runId: string) => {
    const run = await handlers['runs.get']({ runId });
    // Sensitive inputs were never kept: the person gives them again in the run dialog.
    if (run.sensitiveArguments?.length)
      return deps.showWindow(run.target === 'remote' ? { kind: 'process', processId: run.processId } : { kind: 'area', area: 'robot' });
    await handlers['runs.start'](startParamsFor(run));
  };
  const t = (): Translator => deps.translator?.() ?? englishTranslator;
  const quit = async () => {
    // Quitting stops nothing in Orchestrator or on the robot, but the person should know what keeps going.
    const active = deps.activeRuns();
    if (active.length > 0 && deps.dialog) {
      const answer = await deps.dialog.showMessageBox({
        type: 'info',
        title: 'Baton',
        message: t().t('tray.quitKeepsGoing', { count: active.length }),
        detail: active.map((run) => t().t('tray.quitRunLine', { name: run.processName, target: run.target })).join('\n'),
        buttons: [t().t('tray.quitButton'), t().t('tray.cancel')],
        defaultId: 0,
        cancelId: 1,
      });
      if (answer.response !== 0) return;
    }
    deps.quitApp();
  };

  return {
    open: () => deps.showWindow(),
    quit: () => void quit().catch(failed('Quit failed')),
    'run-favorite': (id) => id && void runFavorite(id).catch(failed('The favourite could not be started')),
    rerun: (id) => id && void rerun(id).catch(failed('The run could not be started again')),
    'stop-run': (id) => id && void handlers['runs.stop']({ runId: id, mode: 'soft' }).catch(failed('The run could not be stopped')),
    show: (target) => deps.showWindow(target),
    'toggle-pause': () => void deps.toggleNotificationPause().catch(failed('Notifications could not be paused')),
    preferences: () => deps.showWindow({ kind: 'area', area: 'settings' }),
    palette: () => deps.togglePalette(),
    'open-logs': () =>
      void deps
        .openPath?.(deps.logsDir)
        .then(
          (problem) => problem && logger.warn('The logs folder could not be opened', { problem }),
          failed('The logs folder could not be opened'),
        ),
    about: () =>
      void deps.dialog
        ?.showMessageBox({
          type: 'info',
          title: t().t('tray.about'),
          message: 'Baton',
          detail: deps.aboutDetail(),
          buttons: [t().t('tray.ok')],
        })
        .catch(failed('The About dialog could not be shown')),
    'install-update': () => deps.installUpdate(),
  };
}
