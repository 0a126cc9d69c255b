/** What the tray shows, derived from the core's state. Pure data, so it is tested without Electron. */
export interface TrayState {
  session: 'signed-out' | 'signing-in' | 'signed-in';
  /** Runs not yet finished. */
  activeRuns: number;
  /** Something needs the person (a failed run, sign-in expired, pairing request). */
  needsAttention: boolean;
}

export type TrayIconState = 'signed-out' | 'connected' | 'running' | 'attention';
export type TrayAction = 'open' | 'quit';

export type TrayMenuItem =
  { kind: 'status'; label: string } | { kind: 'separator' } | { kind: 'action'; action: TrayAction; label: string };

export interface TrayView {
  icon: TrayIconState;
  tooltip: string;
  items: TrayMenuItem[];
}

export const INITIAL_TRAY_STATE: TrayState = { session: 'signed-out', activeRuns: 0, needsAttention: false };

export function trayIconFor(state: TrayState): TrayIconState {
  if (state.needsAttention) return 'attention';
  if (state.activeRuns > 0) return 'running';
  return state.session === 'signed-in' ? 'connected' : 'signed-out';
}

function statusLine(state: TrayState): string {
  if (state.activeRuns > 0) return state.activeRuns === 1 ? '1 run in progress' : `${state.activeRuns} runs in progress`;
  if (state.session === 'signed-in') return 'Signed in';
  if (state.session === 'signing-in') return 'Signing in…';
  return 'Signed out';
}

export function buildTrayMenu(state: TrayState): TrayView {
  const status = statusLine(state);
  return {
    icon: trayIconFor(state),
    tooltip: state.needsAttention ? `Baton: ${status}, needs your attention` : `Baton: ${status}`,
    items: [
      { kind: 'status', label: status },
      { kind: 'separator' },
      { kind: 'action', action: 'open', label: 'Open Baton' },
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: 'Quit Baton' },
    ],
  };
}
