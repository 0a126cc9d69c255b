import type { BatonError } from '../../shared/errors';

/** A BatonError as a person reads it: what went wrong, and what to do about it. */
export function ErrorBanner({ error, onRetry, onDismiss }: { error: BatonError; onRetry?: () => void; onDismiss?: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <p className="banner-message">{error.message}</p>
        {error.hint ? <p className="banner-hint">{error.hint}</p> : null}
        <p className="banner-code">Error code: {error.code}</p>
      </div>
      <div className="banner-actions">
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
