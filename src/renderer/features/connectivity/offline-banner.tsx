import type { ConnectivityStatus } from '../../../shared/contract/connectivity';
import { useT } from '../../app/i18n';
import { bannerText, reasonText } from './connectivity-text';
import { useConnectivity } from './use-connectivity';

/** Under the header while Orchestrator is unreachable or failing; gone by itself once it answers again. */
export function OfflineBanner() {
  return <OfflineBannerView status={useConnectivity()} />;
}

export function OfflineBannerView({ status }: { status: ConnectivityStatus | undefined }) {
  const t = useT();
  const text = bannerText(status, t);
  if (!text || !status) return null;
  const reason = reasonText(status, t);
  return (
    <div className="banner banner-warning" role="status" aria-live="polite" data-testid="offline-banner">
      <div className="banner-text">
        <p className="banner-message">{text}</p>
        {reason ? <p className="banner-hint">{reason}</p> : null}
      </div>
    </div>
  );
}
