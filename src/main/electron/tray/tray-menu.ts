import type { AppTarget } from '../../../shared/contract/app';
import { RUN_STATE_LABELS, type RunState } from '../../../shared/contract/runs';

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
  /** "Offline since 10:42 — showing processes from 10:40" while Orchestrator cannot be reached. */
  connectivityLine?: string;
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

function runLabel(run: TrayRun): string {
  const where = run.target === 'local' ? ' (this machine)' : '';
  return `${menuText(run.processName)}${where} — ${RUN_STATE_LABELS[run.state as RunState] ?? run.state}`;
}

function statusLine(state: TrayState): string {
  if (state.activeRuns > 0) return state.activeRuns === 1 ? '1 run in progress' : `${state.activeRuns} runs in progress`;
  if (state.session === 'signed-in') return 'Signed in';
  if (state.session === 'signing-in') return 'Signing in…';
  return 'Signed out';
}

function favoritesMenu(state: TrayState): TrayMenuItem {
  const favorites = state.favorites ?? [];
  const items: TrayMenuItem[] =
    favorites.length === 0
      ? [{ kind: 'status', label: 'No favourites yet: star a process in Baton' }]
      : favorites.map((favorite) => ({
          kind: 'action',
          action: 'run-favorite',
          arg: favorite.processId,
          // The ellipsis is the platform convention for "asks for more before acting".
          label: `${menuText(favorite.name)}${favorite.needsInput ? '…' : ''}`,
          enabled: favorite.isRunnable,
        }));
  return { kind: 'submenu', label: 'Favourites', items };
}

function recentMenu(state: TrayState): TrayMenuItem {
  const recent = (state.recent ?? []).slice(0, RECENT_RUNS_SHOWN);
  const items: TrayMenuItem[] =
    recent.length === 0
      ? [{ kind: 'status', label: 'No runs yet' }]
      : recent.map((run) => ({ kind: 'action', action: 'rerun', arg: run.runId, label: `Run again: ${runLabel(run)}` }));
  return { kind: 'submenu', label: 'Recent', items };
}

function activeItems(state: TrayState): TrayMenuItem[] {
  const active = state.active ?? [];
  if (active.length === 0) return [];
  return [
    { kind: 'status', label: 'Active runs' },
    ...active.map((run): TrayMenuItem => ({
      kind: 'submenu',
      label: runLabel(run),
      items: [
        { kind: 'show', target: { kind: 'run', runId: run.runId }, label: 'Show' },
        { kind: 'action', action: 'stop-run', arg: run.runId, label: 'Stop', enabled: run.state !== 'stopping' },
      ],
    })),
    { kind: 'separator' },
  ];
}

export function buildTrayMenu(state: TrayState): TrayView {
  const status = statusLine(state);
  const isSignedIn = state.session === 'signed-in';
  const header: TrayMenuItem[] = [{ kind: 'status', label: status }];
  if (isSignedIn && state.userLine) header.push({ kind: 'status', label: menuText(state.userLine) });
  if (state.connectivityLine) header.push({ kind: 'status', label: menuText(state.connectivityLine) });
  const launcher: TrayMenuItem[] = isSignedIn ? [favoritesMenu(state), recentMenu(state), { kind: 'separator' }] : [];
  return {
    icon: trayIconFor(state),
    tooltip: [`Baton: ${status}`, state.needsAttention ? 'needs your attention' : undefined, state.connectivityLine]
      .filter(Boolean)
      .join(', '),
    items: [
      ...header,
      { kind: 'separator' },
      ...launcher,
      ...activeItems(state),
      { kind: 'action', action: 'open', label: 'Open Baton' },
      ...(isSignedIn ? [{ kind: 'action', action: 'palette', label: 'Quick launch…' } as const] : []),
      { kind: 'action', action: 'toggle-pause', label: 'Pause notifications', checked: state.isNotificationPaused === true },
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
      ...(state.updateVersion
        ? [{ kind: 'action', action: 'install-update', label: `Restart to update to ${menuText(state.updateVersion)}` } as const]
        : []),
      { kind: 'action', action: 'quit', label: 'Quit Baton' },
    ],
  };
}
