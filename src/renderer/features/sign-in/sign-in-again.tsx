import { useId } from 'react';
import type { ProfileView } from '../../../shared/model';
import { ProblemMessage, SecretStorageNotice, secretStorageNotice, useSession } from '../account';

/** A saved connection that is signed out: why (when the core knows), and the way back in. */
export function SignInAgain({ profile }: { profile: ProfileView }) {
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
      <h2 id={headingId}>Signed out of {profile.name}</h2>
      <p className="sign-in-intro">{profile.orchestratorUrl}</p>
      {error ? <ProblemMessage problem={error} /> : <p>Sign in to see your processes.</p>}
      <SecretStorageNotice notice={secretStorageNotice(session.status)} />
      <div className="sign-in-actions">
        <button type="button" className="primary" onClick={signIn}>
          Sign in again
        </button>
        <button type="button" onClick={() => session.openForm({ mode: 'edit', profileId: profile.id })}>
          Edit connection
        </button>
        <button type="button" onClick={() => session.openForm({ mode: 'new' })}>
          Add connection
        </button>
      </div>
    </section>
  );
}
