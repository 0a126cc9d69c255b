import type { ConnectionState } from '../api';

/** Says so when the page cannot reach the core; silent while all is well. */
export function ConnectionBanner({ state }: { state: ConnectionState }) {
  if (state.status === 'open') return null;
  if (state.status === 'no-token') {
    return (
      <div className="banner banner-error" role="alert">
        <div className="banner-text">
          <p className="banner-message">This page is not connected to Baton: it was opened without its launch token.</p>
          <p className="banner-hint">Open the full address that `baton web` printed, including its ?token=… part.</p>
        </div>
      </div>
    );
  }
  const message =
    state.status === 'reconnecting'
      ? 'Connection to Baton lost - reconnecting…'
      : state.attempt === 0
        ? 'Connecting to Baton…'
        : 'Cannot reach Baton yet - retrying…';
  return (
    <div className="banner banner-warning" role="status" aria-live="polite">
      <div className="banner-text">
        <p className="banner-message">{message}</p>
        {state.attempt > 1 ? <p className="banner-hint">Check that `baton web` is still running. Attempt {state.attempt}.</p> : null}
      </div>
    </div>
  );
}
