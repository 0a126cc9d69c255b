import type { BatonError } from '../../shared/errors';
import { CheckLink } from './check-link';

/**
 * A BatonError as a person reads it: what went wrong, what to do about it, and the diagnostics
 * check that explains it ("Check Port reachable (TCP)"), unless the banner is on that screen.
 */
export function ErrorBanner({
  error,
  onRetry,
  onDismiss,
  withCheckLink = true,
}: {
  error: BatonError;
  onRetry?: () => void;
  onDismiss?: () => void;
  withCheckLink?: boolean;
}) {
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <p className="banner-message">{error.message}</p>
        {error.hint ? <p className="banner-hint">{error.hint}</p> : null}
        <p className="banner-code">Error code: {error.code}</p>
      </div>
      <div className="banner-actions">
        {withCheckLink ? <CheckLink code={error.code} /> : null}
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        {onDismiss ? (
          <button type="button" onClick={onDismiss} aria-label="Dismiss error">
            Dismiss
          </button>
        ) : null}
      </div>
    </div>
  );
}
