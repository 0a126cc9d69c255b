import { useEffect, useState } from 'react';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { hrefOf } from '../../app/areas';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import { useSession, type ConnectFormRequest } from '../account/session-provider';

/**
 * The connection profiles, managed where people look for settings: use one, edit it (the connect
 * form, in Processes), add one, or remove one after saying so. The session provider's list is the
 * one shown here, so the account menu and this list never disagree.
 */
export function ProfilesSection() {
  const api = useBatonApi();
  const session = useSession();
  const { t } = useT();
  const [pendingRemoval, setPendingRemoval] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<BatonError | undefined>();
  const [notice, setNotice] = useState('');
  const profiles = session.profiles?.profiles;
  // How many reminders go with the profile, so the confirmation can say so.
  const [reminderCount, setReminderCount] = useState<number>();
  useEffect(() => {
    setReminderCount(undefined);
    if (!pendingRemoval) return;
    let isCurrent = true;
    api.reminders.list().then(
      (reminders) => isCurrent && setReminderCount(reminders.filter((reminder) => reminder.profileId === pendingRemoval).length),
      () => {},
    );
    return () => {
      isCurrent = false;
    };
  }, [api, pendingRemoval]);

  const openForm = (request: ConnectFormRequest) => {
    session.openForm(request);
    window.location.hash = hrefOf('processes');
  };

  const act = async (key: string, action: () => Promise<void>, done: string) => {
    setBusy(key);
    setError(undefined);
    setNotice('');
    try {
      await action();
      setNotice(done);
    } catch (failure) {
      setError(toBatonError(failure));
    } finally {
      setBusy(undefined);
    }
  };

  const remove = (id: string, name: string) =>
    act(
      `remove:${id}`,
      async () => {
        await api.session.profiles.remove({ id });
        setPendingRemoval(undefined);
        session.reload();
      },
      t('preferences.profileRemoved', { name }),
    );

  return (
    <fieldset>
      <legend>{t('preferences.profiles')}</legend>
      {session.loadError ? <ErrorBanner error={session.loadError} onRetry={session.reload} /> : null}
      {error ? <ErrorBanner error={error} /> : null}
      {profiles === undefined && !session.loadError ? <p role="status">{t('preferences.profilesLoading')}</p> : null}
      {profiles !== undefined && profiles.length === 0 ? <p className="preference-note">{t('preferences.profilesNone')}</p> : null}
      {profiles !== undefined && profiles.length > 0 ? (
        <ul aria-label={t('preferences.profiles')} className="profile-list">
          {profiles.map((profile) => {
            const isActive = profile.id === session.profiles?.activeProfileId;
            return (
              <li key={profile.id} aria-current={isActive ? 'true' : undefined}>
                <span className="profile-name">{isActive ? t('preferences.profileActive', { name: profile.name }) : profile.name}</span>
                <span className="preference-note">{profile.orchestratorUrl}</span>
                {pendingRemoval === profile.id ? (
                  <span
                    role="group"
                    aria-label={t('preferences.profileRemoveQuestion', { name: profile.name })}
                    className="profile-actions"
                  >
                    <span>
                      {reminderCount === undefined
                        ? t('preferences.profileRemoveWhat', { name: profile.name })
                        : t('preferences.profileRemoveWhatCount', { name: profile.name, count: reminderCount })}
                    </span>
                    <button type="button" disabled={busy !== undefined} onClick={() => void remove(profile.id, profile.name)}>
                      {busy === `remove:${profile.id}` ? t('preferences.removing') : t('preferences.remove')}
                    </button>
                    <button type="button" onClick={() => setPendingRemoval(undefined)}>
                      {t('preferences.keepIt')}
                    </button>
                  </span>
                ) : (
                  <span className="profile-actions">
                    {isActive ? null : (
                      <button
                        type="button"
                        disabled={busy !== undefined}
                        aria-label={t('preferences.useProfile', { name: profile.name })}
                        onClick={() =>
                          void act(
                            `use:${profile.id}`,
                            () => session.switchTo(profile.id),
                            t('preferences.nowUsing', { name: profile.name }),
                          )
                        }
                      >
                        {t('preferences.use')}
                      </button>
                    )}
                    <button
                      type="button"
                      aria-label={t('preferences.editProfile', { name: profile.name })}
                      onClick={() => openForm({ mode: 'edit', profileId: profile.id })}
                    >
                      {t('preferences.edit')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('preferences.removeProfile', { name: profile.name })}
                      onClick={() => setPendingRemoval(profile.id)}
                    >
                      {t('preferences.remove')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p>
        <button type="button" onClick={() => openForm({ mode: 'new' })}>
          {t('preferences.addConnection')}
        </button>
      </p>
      {notice ? <p role="status">{notice}</p> : null}
    </fieldset>
  );
}
