import type { TextParts } from '../../../shared/message-parts';
import { useT } from '../../app/i18n';
import { CheckLink } from '../../components';
import { errorText } from '../../components/error-text';

/** A sign-in problem as a person reads it: what went wrong and what to do. Same shape as a BatonError. */
export function ProblemMessage({
  problem,
  id,
  withCheckLink = true,
}: {
  problem: {
    code: string;
    message: string;
    hint?: string | undefined;
    messageText?: TextParts | undefined;
    hintText?: TextParts | undefined;
  };
  id?: string;
  /** Link to the Diagnostics check that explains the error (off for errors about the form's own fields). */
  withCheckLink?: boolean;
}) {
  const t = useT();
  // The core's message ids in the window's language; a server's own sentence as it is.
  const { message, hint } = errorText(
    {
      message: problem.message,
      ...(problem.hint === undefined ? {} : { hint: problem.hint }),
      ...(problem.messageText ? { messageText: problem.messageText } : {}),
      ...(problem.hintText ? { hintText: problem.hintText } : {}),
    },
    t,
  );
  return (
    <div className="banner banner-error sign-in-problem" role="alert" id={id}>
      <div className="banner-text">
        <p className="banner-message">{message}</p>
        {hint ? <p className="banner-hint">{hint}</p> : null}
        <p className="banner-code">{t.t('account.errorCode', { code: problem.code })}</p>
        {withCheckLink ? <CheckLink code={problem.code} /> : null}
      </div>
    </div>
  );
}

/** Says when secrets will not survive an exit (session-only storage), and why. */
export function SecretStorageNotice({ notice }: { notice: { message: string; why: string } | undefined }) {
  const t = useT();
  if (!notice) return null;
  return (
    <aside className="banner banner-warning secret-storage-notice" aria-label={t.t('account.secretStorage')}>
      <div className="banner-text">
        <p className="banner-message">{notice.message}</p>
        <p className="banner-hint">{notice.why}</p>
      </div>
    </aside>
  );
}
