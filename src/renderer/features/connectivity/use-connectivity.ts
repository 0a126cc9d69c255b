import type { ConnectivityStatus } from '../../../shared/contract/connectivity';
import { useBatonApi } from '../../app/baton-context';
import { useLiveValue } from '../../components/use-live-value';

/** The active profile's connectivity, kept current by `connectivity.changed` (no reload needed). */
export function useConnectivity(): ConnectivityStatus | undefined {
  const api = useBatonApi();
  // Asked again whenever the link to the core comes back: events sent while it was down are lost.
  return useLiveValue(() => api.connectivity.status(), 'connectivity.changed').value;
}
