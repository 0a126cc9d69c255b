import { useState } from 'react';
import type { ReminderPrompt } from '../../../shared/contract/reminders';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
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
  const session = useSession();
  const [isSwitching, setIsSwitching] = useState(false);
  const { profileId } = prompt.reminder;
  const activeId = session.profiles?.activeProfileId;
  if (profileId === null) {
    return <p className="banner-hint">Made before reminders had a profile: Start looks for it among the active profile's processes.</p>;
  }
  if (profileId === activeId) return null;
  const profile = session.profiles?.profiles.find((candidate) => candidate.id === profileId);
  if (!profile) return <p className="banner-hint">Its connection profile was removed, so it cannot start.</p>;
  return (
    <p className="banner-hint">
      For {profile.name}, which is not the active profile.{' '}
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
        {isSwitching ? `Switching to ${profile.name}…` : `Switch to ${profile.name}`}
      </button>
    </p>
  );
}
