/** Notifications (src/main/notifications decides them; each host shows them in the person's language). */
export const notifications = {
  runFinished: '{name} {state, select, successful {finished} faulted {faulted} stopped {was stopped} other {ended}}',
  runSuccessful: 'Successful.',
  runStopped: 'Stopped.',
  runFaultedNoReason: 'The run faulted without a reason.',
  caughtUpTitle: '{count, plural, one {A run finished while you were offline} other {# runs finished while you were offline}}',
  caughtUpLine: '{name}: {state, select, successful {successful} faulted {faulted} stopped {stopped} other {{state}}}',
  signInExpiredTitle: 'Sign-in expired',
  signInExpiredBody: 'Sign in again to {hasProfile, select, yes {{profile}} other {Orchestrator}} to keep running processes.',
  pairingTitle: 'The robot asks to pair',
  pairingBody: 'Enter the code the robot shows to run processes on this machine.',
  reminderTitle: '{isMissed, select, yes {Missed: time to run {name}} other {Time to run {name}}}',
  reminderMissedNote: 'It came while Baton was closed.',
  reminderAsk: 'Start it now, snooze it for 10 minutes or dismiss it.',
  reminderOtherProfile:
    'It is for the profile {hasProfile, select, yes {{profile}} other {(removed)}}, which is not the active one: switch to it in Baton to start it.',
  action: '{action, select, start {Start} snooze {Snooze 10 min} other {Dismiss}}',
  noSuchButton: 'That notification has no such button any more.',
  noSuchButtonHint: 'Open Baton: the reminder waits there with Start, Snooze 10 min and Dismiss.',
  // The window's notification area (web host)
  region: 'Notifications',
  dismiss: 'Dismiss: {title}',
  // The desktop shell's own notifications
  linkRefusedTitle: 'Baton link refused',
  stillRunningTitle: 'Baton is still running',
  stillRunningBody: 'Baton keeps running in the tray. Quit it from the tray menu.',
} as const;
