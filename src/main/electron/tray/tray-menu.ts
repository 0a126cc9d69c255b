import { bannerText } from '../../../shared/connectivity-text';
import type { AppTarget } from '../../../shared/contract/app';
import type { ConnectivityStatus } from '../../../shared/contract/connectivity';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator } from '../../../shared/message-parts';

/** What the tray shows, derived from the core's state. Pure data, so it is tested without Electron. */
export interface TrayState {
  session: 'signed-out' | 'signing-in' | 'signed-in';
  /** Runs not yet finished. */
  activeRuns: number;
  /** Something needs the person (a failed run, sign-in expired, pairing request). */
  needsAttention: boolean;
  /** "Ada Lovelace · Demo tenant" when signed in. */
  userLine?: string;
  favorites?: TrayFavorite[];
  /** Unfinished runs, newest first. */
  active?: TrayRun[];
  /** Finished runs, newest first; the menu shows 5. */
  recent?: TrayRun[];
  isNotificationPaused?: boolean;
  /** "Offline since 10:42 — showing processes from 10:40" while Orchestrator cannot be reached (English; `connectivity` wins). */
  connectivityLine?: string;
  /** The connectivity the line is made from, in the menu's language. */
  connectivity?: ConnectivityStatus;
  /** A downloaded update waiting to be installed. */
  updateVersion?: string;
}

export interface TrayFavorite {
  processId: string;
  name: string;
  folderPath: string;
  /** A required input without a default: the run dialog opens instead of running at once. */
  needsInput: boolean;
  isRunnable: boolean;
}

export interface TrayRun {
  runId: string;
  processName: string;
  state: string;
  target: 'remote' | 'local';
}

export type TrayIconState = 'signed-out' | 'connected' | 'running' | 'attention';
export type TrayAction =
  | 'open'
  | 'quit'
  | 'run-favorite'
  | 'rerun'
  | 'stop-run'
  | 'toggle-pause'
  | 'preferences'
  | 'palette'
  | 'open-logs'
  | 'about'
  | 'install-update';

export type TrayMenuItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; arg?: string; checked?: boolean; enabled?: boolean }
  /** Opens the window at a place (a run, an area): a typed target, as notifications and links have. */
  | { kind: 'show'; label: string; target: AppTarget }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] };

export interface TrayView {
  icon: TrayIconState;
  tooltip: string;
  items: TrayMenuItem[];
}

export const INITIAL_TRAY_STATE: TrayState = { session: 'signed-out', activeRuns: 0, needsAttention: false };

export const RECENT_RUNS_SHOWN = 5;

export function trayIconFor(state: TrayState): TrayIconState {
  if (state.needsAttention) return 'attention';
  if (state.activeRuns > 0) return 'running';
  return state.session === 'signed-in' ? 'connected' : 'signed-out';
}

/** Menu labels are plain text, but `&` is a mnemonic marker on Windows and Linux. */
function menuText(text: string): string {
  return text.replace(/&/g, '&&').slice(0, 80);
}

function runLabel(run: TrayRun, t: Translator): string {
  return t.t('tray.runLabel', {
    name: menuText(run.processName),
    isLocal: run.target === 'local' ? 'yes' : 'no',
    state: t.t('runs.state', { state: run.state }),
  });
}

function statusLine(state: TrayState, t: Translator): string {
  if (state.activeRuns > 0) return t.t('tray.runsInProgress', { count: state.activeRuns });
  if (state.session === 'signed-in') return t.t('tray.signedIn');
  if (state.session === 'signing-in') return t.t('tray.signingIn');
  return t.t('tray.signedOut');
}

function favoritesMenu(state: TrayState, t: Translator): TrayMenuItem {
  const favorites = state.favorites ?? [];
  const items: TrayMenuItem[] =
    favorites.length === 0
      ? [{ kind: 'status', label: t.t('tray.noFavourites') }]
      : favorites.map((favorite) => ({
          kind: 'action',
          action: 'run-favorite',
          arg: favorite.processId,
          // The ellipsis is the platform convention for "asks for more before acting".
          label: `${menuText(favorite.name)}${favorite.needsInput ? '…' : ''}`,
          enabled: favorite.isRunnable,
        }));
  return { kind: 'submenu', label: t.t('tray.favourites'), items };
}

function recentMenu(state: TrayState, t: Translator): TrayMenuItem {
  const recent = (state.recent ?? []).slice(0, RECENT_RUNS_SHOWN);
  const items: TrayMenuItem[] =
    recent.length === 0
      ? [{ kind: 'status', label: t.t('tray.noRuns') }]
      : recent.map((run) => ({ kind: 'action', action: 'rerun', arg: run.runId, label: t.t('tray.runAgain', { run: runLabel(run, t) }) }));
  return { kind: 'submenu', label: t.t('tray.recent'), items };
}

function activeItems(state: TrayState, t: Translator): TrayMenuItem[] {
  const active = state.active ?? [];
  if (active.length === 0) return [];
  return [
    { kind: 'status', label: t.t('tray.activeRuns') },
    ...active.map((run): TrayMenuItem => ({
      kind: 'submenu',
      label: runLabel(run, t),
      items: [
        { kind: 'show', target: { kind: 'run', runId: run.runId }, label: t.t('tray.show') },
        { kind: 'action', action: 'stop-run', arg: run.runId, label: t.t('tray.stop'), enabled: run.state !== 'stopping' },
      ],
    })),
    { kind: 'separator' },
  ];
}

/** The menu in the translator's language (English by default): a new language is a new call, no restart. */
export function buildTrayMenu(state: TrayState, t: Translator = englishTranslator): TrayView {
  const status = statusLine(state, t);
  const isSignedIn = state.session === 'signed-in';
  const connectivityLine = state.connectivity ? bannerText(state.connectivity, t) : state.connectivityLine;
  const header: TrayMenuItem[] = [{ kind: 'status', label: status }];
  if (isSignedIn && state.userLine) header.push({ kind: 'status', label: menuText(state.userLine) });
  if (connectivityLine) header.push({ kind: 'status', label: menuText(connectivityLine) });
  const launcher: TrayMenuItem[] = isSignedIn ? [favoritesMenu(state, t), recentMenu(state, t), { kind: 'separator' }] : [];
  return {
    icon: trayIconFor(state),
    tooltip: [t.t('tray.tooltip', { status }), state.needsAttention ? t.t('tray.needsAttention') : undefined, connectivityLine]
      .filter(Boolean)
      .join(t.t('tray.tooltipSeparator')),
    items: [
      ...header,
      { kind: 'separator' },
      ...launcher,
      ...activeItems(state, t),
      { kind: 'action', action: 'open', label: t.t('tray.open') },
      ...(isSignedIn ? [{ kind: 'action', action: 'palette', label: t.t('tray.quickLaunch') } as const] : []),
      { kind: 'action', action: 'toggle-pause', label: t.t('tray.pauseNotifications'), checked: state.isNotificationPaused === true },
      { kind: 'action', action: 'preferences', label: t.t('tray.preferences') },
      {
        kind: 'submenu',
        label: t.t('tray.help'),
        items: [
          { kind: 'action', action: 'open-logs', label: t.t('tray.openLogs') },
          { kind: 'action', action: 'about', label: t.t('tray.about') },
        ],
      },
      { kind: 'separator' },
      ...(state.updateVersion
        ? [
            {
              kind: 'action',
              action: 'install-update',
              label: t.t('tray.restartToUpdate', { version: menuText(state.updateVersion) }),
            } as const,
          ]
        : []),
      { kind: 'action', action: 'quit', label: t.t('tray.quit') },
    ],
  };
}
