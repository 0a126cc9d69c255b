import type { Translator } from '../../../shared/i18n';
import { englishTranslator, renderParts } from '../../../shared/message-parts';
import type { ProfileView, SessionStatus } from '../../../shared/model';

/** The one line the header shows about the account. */
export function describeAccount(status: SessionStatus | undefined, t: Translator = englishTranslator): string {
  if (!status) return t.t('account.checking');
  if (status.state === 'signed-in') {
    const who = status.user?.name ?? t.t('account.signedIn');
    return status.profileName ? t.t('account.whoOnProfile', { who, profile: status.profileName }) : who;
  }
  if (status.state === 'signing-in') return t.t('account.signingIn');
  return t.t('account.notSignedIn');
}

/** How a connection reads in the profile switcher. */
export function describeProfile(profile: ProfileView, t: Translator = englishTranslator): string {
  if (profile.state === 'signed-in') return profile.user ? t.t('account.signedInAs', { name: profile.user.name }) : t.t('account.signedIn');
  if (profile.state === 'signing-in') return t.t('account.signingIn');
  return t.t('account.signedOut');
}

/**
 * Where the secret store says it keeps secrets, in the translator's language (its English when a
 * core sent no ids); the account menu's tooltip and the session-only notice's "why".
 */
export function secretStorageDescription(status: SessionStatus | undefined, t: Translator = englishTranslator): string | undefined {
  const storage = status?.secretStorage;
  if (!storage) return undefined;
  return storage.descriptionText ? renderParts(t, storage.descriptionText) : storage.description;
}

/**
 * Tells the person, in plain words, when a sign-in will not survive Baton exiting, and why (the
 * platform's own description of the store).
 */
export function secretStorageNotice(
  status: SessionStatus | undefined,
  t: Translator = englishTranslator,
): { message: string; why: string } | undefined {
  const why = secretStorageDescription(status, t);
  if (why === undefined || status?.secretStorage?.isPersistent) return undefined;
  return { message: t.t('account.sessionOnly'), why };
}

/** Where this Baton keeps the sign-in's secrets, in one line for the account menu. */
export function secretStorageLine(status: SessionStatus | undefined, t: Translator = englishTranslator): string | undefined {
  const storage = status?.secretStorage;
  return storage ? t.t('account.storeLine', { store: storage.store }) : undefined;
}
