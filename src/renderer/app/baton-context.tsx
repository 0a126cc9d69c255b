import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { BatonApi } from '../../shared/api';
import type { BatonConnection, ConnectionState } from '../api';

const BatonContext = createContext<BatonConnection | undefined>(undefined);

export function BatonProvider({ connection, children }: { connection: BatonConnection; children: ReactNode }) {
  return <BatonContext.Provider value={connection}>{children}</BatonContext.Provider>;
}

function useConnection(): BatonConnection {
  const connection = useContext(BatonContext);
  if (!connection) throw new Error('BatonProvider is missing above this component.');
  return connection;
}

export function useBatonApi(): BatonApi {
  return useConnection().api;
}

export function useConnectionState(): ConnectionState {
  const connection = useConnection();
  return useSyncExternalStore(connection.onStateChange, connection.state);
}
