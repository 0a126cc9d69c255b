import type { KeyboardEvent } from 'react';
import { checkTitle, type CheckId } from '../../../shared/contract/diagnostics';
import type { BatonError } from '../../../shared/errors';
import { useT } from '../../app/i18n';
import { checkLinkFor } from '../../components';
import { errorText } from '../../components/error-text';

/**
 * A palette error as the rest of Baton shows one: what went wrong, what to do about it, and the
 * "Check …" link to the diagnostics check that explains it. Where the link leads depends on where
 * the palette lives (an overlay navigates its page, the palette window asks for the main window),
 * so following it is the caller's.
 */
export function PaletteError({
  error,
  onOpenCheck,
  onLinkKeyDown,
}: {
  error: BatonError;
  onOpenCheck(check: CheckId): void;
  onLinkKeyDown?(event: KeyboardEvent<HTMLAnchorElement>): void;
}) {
  const translator = useT();
  const { t } = translator;
  const link = checkLinkFor(error.code);
  const { message, hint } = errorText(error, translator);
  return (
    <div className="palette-error" role="alert">
      <p>{message}</p>
      {hint ? <p className="palette-muted">{hint}</p> : null}
      {link ? (
        <a
          className="check-link palette-check-link"
          href={link.href}
          data-check={link.check}
          onClick={(event) => {
            event.preventDefault();
            onOpenCheck(link.check);
          }}
          onKeyDown={onLinkKeyDown}
        >
          {t('components.checkLink', { title: checkTitle(translator, link.check) })}
        </a>
      ) : null}
    </div>
  );
}
