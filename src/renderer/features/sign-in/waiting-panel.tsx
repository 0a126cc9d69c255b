import { useEffect, useId, useRef, useState } from 'react';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { ProblemMessage, useSession } from '../account';

/** "Waiting for sign-in…": the link to the Identity Server page (where no browser opens by itself) and Cancel. */
export function WaitingPanel() {
  const session = useSession();
  const { status } = session;
  const [cancelError, setCancelError] = useState<BatonError | undefined>();
  const [isCancelling, setCancelling] = useState(false);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // The form that started this is gone; put the keyboard where the next step is.
  useEffect(() => heading.current?.focus(), []);

  const cancel = () => {
    setCancelling(true);
    setCancelError(undefined);
    session.cancelSignIn().then(
      () => setCancelling(false),
      (error: unknown) => {
        setCancelling(false);
        setCancelError(toBatonError(error));
      },
    );
  };

  const url = status?.signInUrl;
  const isInteractive = status?.authMethod === undefined || status.authMethod === 'interactive';
  return (
    <section className="card sign-in sign-in-waiting" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Waiting for sign-in…
      </h2>
      {status?.profileName ? (
        <p className="sign-in-intro">
          {status.profileName}
          {status.orchestratorUrl && status.orchestratorUrl !== status.profileName ? ` - ${status.orchestratorUrl}` : ''}
        </p>
      ) : null}
      {!isInteractive ? (
        <p>Checking the credentials with Orchestrator…</p>
      ) : !url ? (
        <p>Preparing the sign-in page…</p>
      ) : session.opensSystemBrowser ? (
        <p>
          Sign in on the Identity Server page in your browser; Baton continues by itself. No browser window?{' '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            Open the sign-in page
          </a>
        </p>
      ) : (
        <>
          <p>
            <a className="sign-in-link" href={url} target="_blank" rel="noopener noreferrer">
              Open the sign-in page
            </a>
          </p>
          <p className="sign-in-help">
            It opens in a new tab. Sign in there; this page follows by itself, and the tab says when it can be closed.
          </p>
        </>
      )}
      {cancelError ? <ProblemMessage problem={cancelError} /> : null}
      <div className="sign-in-actions">
        <button type="button" onClick={cancel} disabled={isCancelling}>
          Cancel
        </button>
      </div>
    </section>
  );
}
