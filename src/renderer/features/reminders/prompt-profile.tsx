import { useState } from 'react';
import type { ReminderPrompt } from '../../../shared/contract/reminders';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useT } from '../../app/i18n';
import { useSession } from '../account/session-provider';

/**
 * Whether a prompt's reminder may start now: its profile is the active one (read live, since the
 * person may switch while it waits), or unknown (a reminder from before they had a profile).
 */
export function isStartable(prompt: ReminderPrompt, activeProfileId: string | null | undefined): boolean {
  return prompt.reminder.profileId === null || prompt.reminder.profileId === activeProfileId;
}

/**
 * Under a prompt: which profile it is for when that is not the active one, with "Switch to
 * <profile>" in place of Start; or that its profile is unknown. Nothing when it is the active one.
 */
export function PromptProfile({ prompt, onError }: { prompt: ReminderPrompt; onError(error: BatonError): void }) {
  const t = useT();
  const session = useSession();
  const [isSwitching, setIsSwitching] = useState(false);
  const { profileId } = prompt.reminder;
  const activeId = session.profiles?.activeProfileId;
  if (profileId === null) {
    return <p className="banner-hint">{t.t('reminders.noProfileYet')}</p>;
  }
  if (profileId === activeId) return null;
  const profile = session.profiles?.profiles.find((candidate) => candidate.id === profileId);
  if (!profile) return <p className="banner-hint">{t.t('reminders.profileRemoved')}</p>;
  return (
    <p className="banner-hint">
      {t.t('reminders.forProfile', { profile: profile.name })}{' '}
      <button
        type="button"
        disabled={isSwitching}
        onClick={() => {
          setIsSwitching(true);
          session.switchTo(profile.id).then(
            () => setIsSwitching(false),
            (caught: unknown) => {
              setIsSwitching(false);
              onError(toBatonError(caught));
            },
          );
        }}
      >
        {isSwitching ? t.t('reminders.switchingTo', { profile: profile.name }) : t.t('reminders.switchTo', { profile: profile.name })}
      </button>
    </p>
  );
}
