import { useEffect, useId, useRef, useState } from 'react';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { useT } from '../../app/i18n';
import { ProblemMessage, useSession } from '../account';

/** "Waiting for sign-in…": the link to the Identity Server page (where no browser opens by itself) and Cancel. */
export function WaitingPanel() {
  const t = useT();
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
        {t.t('signIn.waiting')}
      </h2>
      {status?.profileName ? (
        <p className="sign-in-intro">
          {status.orchestratorUrl && status.orchestratorUrl !== status.profileName
            ? t.t('signIn.profileAndUrl', { profile: status.profileName, url: status.orchestratorUrl })
            : status.profileName}
        </p>
      ) : null}
      {!isInteractive ? (
        <p>{t.t('signIn.checkingCredentials')}</p>
      ) : !url ? (
        <p>{t.t('signIn.preparingPage')}</p>
      ) : session.opensSystemBrowser ? (
        <p>
          {t.t('signIn.inBrowser')}{' '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t.t('signIn.openPage')}
          </a>
        </p>
      ) : (
        <>
          <p>
            <a className="sign-in-link" href={url} target="_blank" rel="noopener noreferrer">
              {t.t('signIn.openPage')}
            </a>
          </p>
          <p className="sign-in-help">{t.t('signIn.newTab')}</p>
        </>
      )}
      {cancelError ? <ProblemMessage problem={cancelError} /> : null}
      <div className="sign-in-actions">
        <button type="button" onClick={cancel} disabled={isCancelling}>
          {t.t('signIn.cancel')}
        </button>
      </div>
    </section>
  );
}
