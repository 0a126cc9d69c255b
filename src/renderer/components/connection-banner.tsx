import type { ConnectionState } from '../api';
import { useT } from '../app/i18n';

/** Says so when the page cannot reach the core; silent while all is well. */
export function ConnectionBanner({ state }: { state: ConnectionState }) {
  const { t } = useT();
  if (state.status === 'open') return null;
  if (state.status === 'no-token') {
    return (
      <div className="banner banner-error" role="alert">
        <div className="banner-text">
          <p className="banner-message">{t('components.noToken')}</p>
          <p className="banner-hint">{t('components.noTokenHint', { command: '`baton web`', part: '?token=…' })}</p>
        </div>
      </div>
    );
  }
  const message =
    state.status === 'reconnecting'
      ? t('components.reconnecting')
      : state.attempt === 0
        ? t('components.connecting')
        : t('components.retrying');
  return (
    <div className="banner banner-warning" role="status" aria-live="polite">
      <div className="banner-text">
        <p className="banner-message">{message}</p>
        {state.attempt > 1 ? (
          <p className="banner-hint">{t('components.stillRunning', { command: '`baton web`', attempt: state.attempt })}</p>
        ) : null}
      </div>
    </div>
  );
}
