import type { AppInfo } from '../../../shared/model';
import { ErrorBanner } from '../../components/error-banner';
import type { CallState } from '../../components/use-call';
import { AboutPanel } from '../about';
import { DiagnosticsChecks } from './diagnostics-checks';

export function DiagnosticsView({ info, onRetryInfo }: { info: CallState<AppInfo>; onRetryInfo: () => void }) {
  return (
    <>
      <DiagnosticsChecks />
      {info.status === 'done' ? <AboutPanel info={info.data} /> : null}
      {info.status === 'failed' ? <ErrorBanner error={info.error} withCheckLink={false} onRetry={onRetryInfo} /> : null}
    </>
  );
}
