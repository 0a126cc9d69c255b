import type { BatonError } from '../../shared/errors';
import { useT } from '../app/i18n';
import { CheckLink } from './check-link';
import { errorText } from './error-text';

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
  const translator = useT();
  const { t } = translator;
  const { message, hint } = errorText(error, translator);
  return (
    <div className="banner banner-error" role="alert">
      <div className="banner-text">
        <p className="banner-message">{message}</p>
        {hint ? <p className="banner-hint">{hint}</p> : null}
        <p className="banner-code">{t('components.errorCode', { code: error.code })}</p>
      </div>
      <div className="banner-actions">
        {withCheckLink ? <CheckLink code={error.code} /> : null}
        {onRetry ? (
          <button type="button" onClick={onRetry}>
            {t('components.tryAgain')}
          </button>
        ) : null}
        {onDismiss ? (
          <button type="button" onClick={onDismiss} aria-label={t('components.dismissError')}>
            {t('components.dismiss')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
