export const components = {
  comingSoon: 'Coming soon',
  noToken: 'This page is not connected to Baton: it was opened without its launch token.',
  noTokenHint: 'Open the full address that {command} printed, including its {part} part.',
  reconnecting: 'Connection to Baton lost - reconnecting…',
  connecting: 'Connecting to Baton…',
  retrying: 'Cannot reach Baton yet - retrying…',
  stillRunning: 'Check that {command} is still running. Attempt {attempt, number}.',
  errorCode: 'Error code: {code}',
  tryAgain: 'Try again',
  dismiss: 'Dismiss',
  dismissError: 'Dismiss error',
  checkLink: 'Check {title}',
} as const;
