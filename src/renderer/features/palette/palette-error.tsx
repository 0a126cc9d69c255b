import type { KeyboardEvent } from 'react';
import type { CheckId } from '../../../shared/contract/diagnostics';
import type { BatonError } from '../../../shared/errors';
import { checkLinkFor } from '../../components';

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
  const link = checkLinkFor(error.code);
  return (
    <div className="palette-error" role="alert">
      <p>{error.message}</p>
      {error.hint ? <p className="palette-muted">{error.hint}</p> : null}
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
          {link.label}
        </a>
      ) : null}
    </div>
  );
}
