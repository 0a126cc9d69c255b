import { CheckLink } from '../../components';

/** A sign-in problem as a person reads it: what went wrong and what to do. Same shape as a BatonError. */
export function ProblemMessage({
  problem,
  id,
  withCheckLink = true,
}: {
  problem: { code: string; message: string; hint?: string | undefined };
  id?: string;
  /** Link to the Diagnostics check that explains the error (off for errors about the form's own fields). */
  withCheckLink?: boolean;
}) {
  return (
    <div className="banner banner-error sign-in-problem" role="alert" id={id}>
      <div className="banner-text">
        <p className="banner-message">{problem.message}</p>
        {problem.hint ? <p className="banner-hint">{problem.hint}</p> : null}
        <p className="banner-code">Error code: {problem.code}</p>
        {withCheckLink ? <CheckLink code={problem.code} /> : null}
      </div>
    </div>
  );
}

/** Says when secrets will not survive an exit (session-only storage), and why. */
export function SecretStorageNotice({ notice }: { notice: { message: string; why: string } | undefined }) {
  if (!notice) return null;
  return (
    <aside className="banner banner-warning secret-storage-notice" aria-label="Secret storage">
      <div className="banner-text">
        <p className="banner-message">{notice.message}</p>
        <p className="banner-hint">{notice.why}</p>
      </div>
    </aside>
  );
}
