import type { Catalog } from '../../shared/contract/catalog';
import type { ConnectivityRestored, ConnectivityState, ConnectivityStatus } from '../../shared/contract/connectivity';
import { isFinalRunState, type Run } from '../../shared/contract/runs';
import { toErrorPayload } from '../../shared/errors';
import { createDisposables } from '../lib';
import type { Clock, Logger } from '../platform';
import type { ConnectivityProfiles } from './profiles';
import { originOf, type OriginState, type ReachabilityMonitor } from './reachability';
import { hostOf } from './remote-gate';
import type { MessageText } from '../../shared/i18n';
import { inEnglish, said } from '../../shared/message-parts';

export interface ConnectivityService {
  /** The active profile's connectivity, with the age of the catalog it is shown from. */
  status(): Promise<ConnectivityStatus>;
  onChanged(listener: (status: ConnectivityStatus) => void): () => void;
  /** After an outage, once the catch-up is done: which runs ended meanwhile. */
  onRestored(listener: (restored: ConnectivityRestored) => void): () => void;
  /**
   * Whether a run is part of a catch-up under way (its Orchestrator just answered again and
   * `onRestored` has not been told yet): its end is told with the others, not on its own.
   */
  isCatchingUp(run: Run): boolean;
  /** Follows reachability, profile and catalog changes until `dispose`. */
  start(): void;
  dispose(): Promise<void>;
  /** Resolves once every recovery under way has finished (tests, orderly shutdown). */
  settled(): Promise<void>;
}

export interface ConnectivityServiceDeps {
  reachability: ReachabilityMonitor;
  profiles: ConnectivityProfiles;
  catalog: { peek(): Catalog; refresh(): Promise<Catalog>; onChanged(listener: (catalog: Catalog) => void): () => void };
  runs: {
    list(params?: { isActive?: boolean }): Promise<Run[]>;
    get(runId: string): Promise<Run>;
    catchUp(isAffected?: (run: Run) => boolean): Promise<Run[]>;
  };
  clock: Clock;
  logger?: Logger;
}

/**
 * Connectivity as a person sees it (online, degraded, offline, signed-out), and what happens when
 * an unreachable Orchestrator comes back: the catalog is refreshed, every remote run that was
 * active is asked for once (its final state even if it ended meanwhile) and followed afresh, and
 * `onRestored` says which runs finished while the person was away (the notifications domain
 * tells them in one notification).
 */
export function createConnectivityService(deps: ConnectivityServiceDeps): ConnectivityService {
  const { clock, reachability, profiles } = deps;
  const changed = new Set<(status: ConnectivityStatus) => void>();
  const restored = new Set<(restored: ConnectivityRestored) => void>();
  const startedAt = clock.now();
  /** Runs active when each origin went unreachable: told about on recovery even if polling saw them end first. */
  const activeAtOutage = new Map<string, Promise<string[]>>();
  const recoveries = new Set<Promise<void>>();
  /** Origins that answered again and whose catch-up is not told yet. */
  const catchingUp = new Set<string>();
  let memo: { key: string; state: ConnectivityState; since: number } | undefined;
  let lastEmitted = '';

  const stateOf = (origin: OriginState, isSignedIn: boolean): ConnectivityState => {
    if (origin.reachability === 'unreachable') return 'offline';
    if (!isSignedIn) return 'signed-out';
    return origin.reachability === 'degraded' ? 'degraded' : 'online';
  };

  const status = async (): Promise<ConnectivityStatus> => {
    const active = profiles.active();
    const catalog = deps.catalog.peek();
    const refreshedAt = active && catalog.profileId === active.profileId ? catalog.refreshedAt : null;
    const catalogFields = {
      catalogRefreshedAt: refreshedAt,
      catalogAgeMs: refreshedAt === null ? null : Math.max(0, clock.now() - Date.parse(refreshedAt)),
    };
    if (!active) {
      return {
        profileId: null,
        state: 'signed-out',
        since: new Date(startedAt).toISOString(),
        reason: 'Add a connection profile and sign in to run processes on Orchestrator.',
        canRunRemotely: false,
        ...catalogFields,
      };
    }
    const origin = reachability.stateOf(active.apiBaseUrl);
    const state = stateOf(origin, await profiles.isSignedIn(active.profileId));
    const key = `${active.profileId}|${state}`;
    if (memo?.key !== key) memo = { key, state, since: state === 'signed-out' ? clock.now() : Math.max(origin.since, startedAt) };
    const server = hostOf(active.apiBaseUrl);
    return {
      profileId: active.profileId,
      state,
      since: new Date(memo.since).toISOString(),
      server,
      ...reasonFor(state, server, origin),
      canRunRemotely: state === 'online' || state === 'degraded',
      ...(state === 'offline' && origin.nextProbeAt !== undefined ? { nextProbeAt: new Date(origin.nextProbeAt).toISOString() } : {}),
      ...catalogFields,
    };
  };

  const publish = async (): Promise<void> => {
    if (changed.size === 0) return;
    const next = await status();
    // The catalog's age and the probe time move on their own; only a real change is news.
    const { catalogAgeMs: _age, nextProbeAt: _probe, ...significant } = next;
    const key = JSON.stringify(significant);
    if (key === lastEmitted) return;
    lastEmitted = key;
    for (const listener of [...changed]) listener(next);
  };
  const publishSoon = (): void => {
    publish().catch((error: unknown) => deps.logger?.warn('Could not work out connectivity', { code: toErrorPayload(error).code }));
  };

  const isOnOrigin = (origin: string) => (run: Run) => {
    const url = run.profileId === null ? undefined : profiles.apiBaseUrlOf(run.profileId);
    return run.target === 'remote' && url !== undefined && originOf(url) === origin;
  };

  const rememberActiveRuns = (origin: string): void => {
    const ids = deps.runs
      .list({ isActive: true })
      .then((runs) => runs.filter(isOnOrigin(origin)).map((r) => r.id))
      .catch(() => []);
    activeAtOutage.set(origin, ids);
  };

  const recover = async (state: OriginState, previous: OriginState): Promise<void> => {
    const origin = state.origin;
    const active = profiles.active();
    const isActiveOrigin = active !== null && originOf(active.apiBaseUrl) === origin;
    const wereActive = (await activeAtOutage.get(origin)) ?? [];
    activeAtOutage.delete(origin);
    const [ended] = await Promise.all([
      deps.runs.catchUp(isOnOrigin(origin)),
      isActiveOrigin ? deps.catalog.refresh() : Promise.resolve(undefined),
    ]);
    const finished = new Map(ended.map((run) => [run.id, run]));
    // Runs that polling saw end between the first answer and the catch-up count too.
    for (const id of wereActive) {
      if (finished.has(id)) continue;
      const run = await deps.runs.get(id).catch(() => undefined);
      if (run && isFinalRunState(run.state)) finished.set(id, run);
    }
    const finishedRuns = [...finished.values()];
    const summary: ConnectivityRestored = {
      profileId: isActiveOrigin ? active.profileId : null,
      server: hostOf(origin),
      offlineSince: new Date(previous.since).toISOString(),
      restoredAt: new Date(clock.now()).toISOString(),
      finishedRuns,
    };
    for (const listener of [...restored]) listener(summary);
  };

  const onReachability = (state: OriginState, previous: OriginState): void => {
    if (state.reachability === 'unreachable') rememberActiveRuns(state.origin);
    if (previous.reachability === 'unreachable' && state.reachability !== 'unreachable') {
      catchingUp.add(state.origin);
      const recovery = recover(state, previous)
        .catch((error: unknown) => deps.logger?.warn('Catching up after the outage failed', { code: toErrorPayload(error).code }))
        .finally(() => {
          catchingUp.delete(state.origin);
          recoveries.delete(recovery);
        });
      recoveries.add(recovery);
    }
    publishSoon();
  };

  const disposables = createDisposables((error) => deps.logger?.warn('Stopping connectivity failed', { error: String(error) }));

  return {
    status,
    onChanged(listener) {
      changed.add(listener);
      return () => void changed.delete(listener);
    },
    onRestored(listener) {
      restored.add(listener);
      return () => void restored.delete(listener);
    },
    isCatchingUp: (run) => [...catchingUp].some((origin) => isOnOrigin(origin)(run)),
    start() {
      disposables.add(reachability.onChanged(onReachability));
      disposables.add(profiles.onChanged(publishSoon));
      disposables.add(deps.catalog.onChanged(publishSoon));
    },
    dispose: () => disposables.dispose(),
    async settled() {
      while (recoveries.size > 0) await Promise.all([...recoveries]);
    },
  };
}

function reasonFor(state: ConnectivityState, server: string, origin: OriginState): { reason?: string; reasonText?: MessageText[] } {
  const failure = { failure: origin.lastFailure ?? '', hasFailure: origin.lastFailure ? 'yes' : 'no' };
  const words = (text: MessageText) => ({ reason: inEnglish(text), reasonText: [text] });
  switch (state) {
    case 'online':
      return {};
    case 'offline':
      return words(said('connectivity.offlineReason', { server, since: origin.since, ...failure }));
    case 'degraded':
      return words(said('connectivity.degradedReason', { server, ...failure }));
    case 'signed-out':
      return words(said('connectivity.signedOutReason'));
  }
}
