import type { HandlersFor } from '../../shared/api';
import type { ConnectivityService } from './connectivity-service';

/** The connectivity.* part of the contract. */
export function connectivityHandlers(connectivity: ConnectivityService): HandlersFor<'connectivity'> {
  return { 'connectivity.status': () => connectivity.status() };
}
