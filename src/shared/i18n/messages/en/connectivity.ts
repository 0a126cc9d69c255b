/** Connectivity: why remote runs pause (src/main/connectivity), the window's banner and the tray's line (connectivity-text.ts). */
export const connectivity = {
  offlineReason:
    'Cannot reach Orchestrator at {server} since {since, time, ::HHmm}{hasFailure, select, yes {: {failure}} other {.}} Remote runs are paused; local runs still work.',
  degradedReason:
    'Orchestrator at {server} is failing some requests{hasFailure, select, yes { ({failure})} other {}}; some actions may fail.',
  signedOutReason: 'Sign in to run processes on Orchestrator.',
  remoteRefused:
    'Orchestrator at {server} is unreachable (offline since {since, time, ::HHmm}), so remote runs cannot be started or stopped now.',
  remoteRefusedHint:
    'Run the process locally on this machine’s robot, or try again once the connection is back; nothing is queued to run later.',
  bannerOffline: 'Offline since {since, time, ::hhmm}',
  bannerOfflineWithCatalog: 'Offline since {since, time, ::hhmm} — showing processes from {catalogAt, time, ::hhmm}',
  bannerDegraded: 'Orchestrator is having trouble since {since, time, ::hhmm} — some actions may fail',
  remoteBlocked: 'Offline since {since, time, ::hhmm}: Orchestrator cannot be reached, so remote runs are paused. Local runs still work.',
} as const;
