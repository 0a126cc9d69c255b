import type { AppInfo } from '../../../shared/model';
import { ComingSoon } from '../../components/coming-soon';
import { ErrorBanner } from '../../components/error-banner';
import type { CallState } from '../../components/use-call';
import { AboutPanel } from '../about';

export function DiagnosticsView({ info, onRetryInfo }: { info: CallState<AppInfo>; onRetryInfo: () => void }) {
  return (
    <>
      {info.status === 'done' ? <AboutPanel info={info.data} /> : null}
      {info.status === 'failed' ? <ErrorBanner error={info.error} onRetry={onRetryInfo} /> : null}
      <ComingSoon
        items={[
          'The configuration checklist as code: URL reachable, TLS trusted, Identity Server discovery.',
          'Sign-in, scopes, folders, processes and execute permission; robot bridge reachable and paired.',
          'Each check with its evidence and the fix to apply.',
        ]}
      />
    </>
  );
}
