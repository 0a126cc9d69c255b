import { useId } from 'react';
import type { ProfileView } from '../../../shared/model';
import { useT } from '../../app/i18n';
import { ProblemMessage, SecretStorageNotice, secretStorageNotice, useSession } from '../account';

/** A saved connection that is signed out: why (when the core knows), and the way back in. */
export function SignInAgain({ profile }: { profile: ProfileView }) {
  const t = useT();
  const session = useSession();
  const headingId = useId();
  const problem = session.status?.profileId === profile.id ? session.status.problem : undefined;
  const error = session.signInError ?? problem;

  const signIn = () => {
    // Secrets are never shown back; the other methods need them typed again.
    if (profile.authMethod === 'interactive') void session.signIn(profile.id, {});
    else session.openForm({ mode: 'edit', profileId: profile.id });
  };

  return (
    <section className="card sign-in" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.t('signIn.signedOutOf', { profile: profile.name })}</h2>
      <p className="sign-in-intro">{profile.orchestratorUrl}</p>
      {error ? <ProblemMessage problem={error} /> : <p>{t.t('signIn.signInToSee')}</p>}
      <SecretStorageNotice notice={secretStorageNotice(session.status, t)} />
      <div className="sign-in-actions">
        <button type="button" className="primary" onClick={signIn}>
          {t.t('signIn.signInAgain')}
        </button>
        <button type="button" onClick={() => session.openForm({ mode: 'edit', profileId: profile.id })}>
          {t.t('signIn.editConnection')}
        </button>
        <button type="button" onClick={() => session.openForm({ mode: 'new' })}>
          {t.t('signIn.addConnection')}
        </button>
      </div>
    </section>
  );
}
