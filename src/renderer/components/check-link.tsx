import { checkTitle } from '../../shared/contract/diagnostics';
import { useT } from '../app/i18n';
import { checkLinkFor } from './check-target';

/** "Check <title>": opens Diagnostics, runs the checks and brings the one that explains this error code into view. */
export function CheckLink({ code }: { code: string }) {
  const translator = useT();
  const link = checkLinkFor(code);
  if (!link) return null;
  return (
    <a className="check-link" href={link.href} data-check={link.check}>
      {translator.t('components.checkLink', { title: checkTitle(translator, link.check) })}
    </a>
  );
}
