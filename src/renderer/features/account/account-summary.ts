import type { ProfileView, SessionStatus } from '../../../shared/model';

/** The one line the header shows about the account. */
export function describeAccount(status: SessionStatus | undefined): string {
  if (!status) return 'Checking account…';
  if (status.state === 'signed-in') {
    const who = status.user?.name ?? 'Signed in';
    return status.profileName ? `${who} · ${status.profileName}` : who;
  }
  if (status.state === 'signing-in') return 'Signing in…';
  return 'Not signed in';
}

/** How a connection reads in the profile switcher. */
export function describeProfile(profile: ProfileView): string {
  if (profile.state === 'signed-in') return profile.user ? `Signed in as ${profile.user.name}` : 'Signed in';
  if (profile.state === 'signing-in') return 'Signing in…';
  return 'Signed out';
}

/** Tells the person, in plain words, when a sign-in will not survive Baton exiting, and why. */
export function secretStorageNotice(status: SessionStatus | undefined): { message: string; why: string } | undefined {
  const storage = status?.secretStorage;
  if (!storage || storage.isPersistent) return undefined;
  return {
    message: 'Your sign-in lasts until Baton exits: secrets are forgotten at exit, so you will sign in again next time.',
    why: storage.description,
  };
}

const STORE_WORDS = {
  keychain: 'Secrets: in the OS keychain',
  file: 'Secrets: in a file only you (and root) can read; this machine has no OS keychain',
  memory: 'Secrets: in memory until Baton exits',
} as const;

/** Where this Baton keeps the sign-in's secrets, in one line for the account menu. */
export function secretStorageLine(status: SessionStatus | undefined): string | undefined {
  const storage = status?.secretStorage;
  return storage ? STORE_WORDS[storage.store] : undefined;
}
