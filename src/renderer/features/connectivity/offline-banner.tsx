import type { ConnectivityStatus } from '../../../shared/contract/connectivity';
import { bannerText } from './connectivity-text';
import { useConnectivity } from './use-connectivity';

/** Under the header while Orchestrator is unreachable or failing; gone by itself once it answers again. */
export function OfflineBanner() {
  return <OfflineBannerView status={useConnectivity()} />;
}

export function OfflineBannerView({ status }: { status: ConnectivityStatus | undefined }) {
  const text = bannerText(status);
  if (!text || !status) return null;
  return (
    <div className="banner banner-warning" role="status" aria-live="polite" data-testid="offline-banner">
      <div className="banner-text">
        <p className="banner-message">{text}</p>
        {status.reason ? <p className="banner-hint">{status.reason}</p> : null}
      </div>
    </div>
  );
}
