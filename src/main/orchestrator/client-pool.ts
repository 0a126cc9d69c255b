import type { Clock, HttpFetch, Logger } from '../platform';
import { createOrchestratorClient, type OrchestratorClient, type OrchestratorClientOptions } from './orchestrator-client';
import type { ConnectionSource } from './types';

export interface ClientPool {
  /** The active profile's client, or null when no profile is set up. */
  active(): OrchestratorClient | null;
  forProfile(profileId: string): OrchestratorClient | null;
}

/**
 * One client per profile, so every caller of one Orchestrator shares its concurrency limit.
 * A profile whose URL or tenant changed gets a new client.
 */
export function createClientPool(deps: {
  connections: ConnectionSource;
  fetch: HttpFetch;
  clock: Clock;
  logger?: Logger;
  options?: Pick<OrchestratorClientOptions, 'concurrency' | 'timeoutMs' | 'retry' | 'random' | 'onRequest'>;
}): ClientPool {
  const clients = new Map<string, { signature: string; client: OrchestratorClient }>();
  const build = (found: ReturnType<ConnectionSource['active']>): OrchestratorClient | null => {
    if (!found) return null;
    const { connection, tokens } = found;
    // A new sign-in method or address is a new connection: its dialect and folder listing are learnt afresh.
    const signature = `${connection.apiBaseUrl}|${connection.tenant ?? ''}|${connection.tokenKind ?? ''}`;
    const known = clients.get(connection.profileId);
    if (known && known.signature === signature) return known.client;
    const client = createOrchestratorClient({
      ...deps.options,
      connection,
      tokens,
      fetch: deps.fetch,
      clock: deps.clock,
      logger: deps.logger,
    });
    clients.set(connection.profileId, { signature, client });
    return client;
  };
  return {
    active: () => build(deps.connections.active()),
    forProfile: (profileId) => build(deps.connections.forProfile(profileId)),
  };
}
