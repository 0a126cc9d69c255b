import { useEffect, useState } from 'react';
import type { ConnectivityStatus } from '../../../shared/contract/connectivity';
import { useBatonApi, useConnectionState } from '../../app/baton-context';

/** The active profile's connectivity, kept current by `connectivity.changed` (no reload needed). */
export function useConnectivity(): ConnectivityStatus | undefined {
  const api = useBatonApi();
  const link = useConnectionState().status;
  const [status, setStatus] = useState<ConnectivityStatus>();

  useEffect(() => {
    // Asked again whenever the link to the core comes back: events sent while it was down are lost.
    if (link !== 'open') return;
    let isCurrent = true;
    const stop = api.on('connectivity.changed', (next) => isCurrent && setStatus(next));
    api.connectivity.status().then(
      (next) => isCurrent && setStatus(next),
      () => {},
    );
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api, link]);

  return status;
}
