import type { Catalog, Process } from '../../shared/contract/catalog';
import { BatonError, toErrorPayload, type BatonErrorPayload } from '../../shared/errors';
import type { Clock, Files, Logger, SettingsStore } from '../platform';
import { said } from '../../shared/message-parts';
import { createDisposables } from '../lib';
import type { ClientPool, ConnectionSource } from '../orchestrator';
import { createCatalogStore, type ProcessEntry } from './catalog-store';
import { fetchCatalog } from './fetch-catalog';
import { fetchChangedCatalog } from './refresh-changed';

export interface CatalogService {
  /** At once: the cached catalog (or empty) while a background refresh runs (stale-while-revalidate). */
  get(): Promise<Catalog>;
  /** The active profile's catalog as it stands, without starting a refresh (for connectivity's "showing processes from"). */
  peek(): Catalog;
  /** Waits for a fresh listing; a failure as a whole is reported in `error`, the cached list stays. */
  refresh(): Promise<Catalog>;
  setFavorite(processId: string, isFavorite: boolean): Promise<Process>;
  /** A process of the active profile by its catalog id (refreshing once if it is not known yet). */
  findProcess(processId: string): Promise<Process>;
  onChanged(listener: (catalog: Catalog) => void): () => void;
  /** Follows profile switches until `dispose`. */
  start(): void;
  /** Stops following and writes a cached listing still waiting to be written. */
  dispose(): Promise<void>;
  /** Forgets every cached listing ("Reset Baton"). */
  forgetAll(): void;
}

interface ProfileState {
  folders: Catalog['folders'];
  /** Favourites marked in place (see markFavorites): the catalog answers with this very list, no copy. */
  processes: Process[];
  /** Change stamps by release key: what lets the next refresh fetch only what changed. */
  stamps: Map<string, string>;
  refreshedAt: string | null;
  source: Catalog['source'];
  error?: BatonErrorPayload;
  refreshing?: Promise<void>;
  hasRefreshedThisSession: boolean;
}

export const SIGN_IN_FIRST = (): BatonError =>
  BatonError.said('AUTH_REQUIRED', said('serviceErrors.signInFirst'), { hint: said('serviceErrors.signInToSeeProcesses') });

export function createCatalogService(deps: {
  connections: ConnectionSource;
  clients: ClientPool;
  settings: SettingsStore;
  /** Where the cached listings go (the platform's data folder); without it nothing outlives the service. */
  files?: Files;
  clock: Clock;
  logger?: Logger;
}): CatalogService {
  const store = createCatalogStore(deps.settings, { files: deps.files, logger: deps.logger });
  const disposables = createDisposables((error) => deps.logger?.warn('Stopping the catalog failed', { error: String(error) }));
  disposables.add(() => store.flush());
  const states = new Map<string, ProfileState>();
  const listeners = new Set<(catalog: Catalog) => void>();

  const stateOf = (profileId: string): ProfileState => {
    let state = states.get(profileId);
    if (!state) {
      const cached = store.readCache(profileId);
      state = cached
        ? {
            folders: cached.folders,
            processes: markFavorites(cached.processes, store.favorites(profileId)),
            stamps: cached.stamps ?? new Map(),
            refreshedAt: cached.refreshedAt,
            source: 'cache',
            hasRefreshedThisSession: false,
          }
        : { folders: [], processes: [], stamps: new Map(), refreshedAt: null, source: 'empty', hasRefreshedThisSession: false };
      states.set(profileId, state);
    }
    return state;
  };

  const view = (profileId: string | null): Catalog => {
    if (profileId === null) {
      return {
        profileId: null,
        folders: [],
        processes: [],
        refreshedAt: null,
        source: 'empty',
        isRefreshing: false,
        error: SIGN_IN_FIRST().toJSON(),
      };
    }
    const state = stateOf(profileId);
    return {
      profileId,
      folders: state.folders,
      processes: state.processes,
      refreshedAt: state.refreshedAt,
      source: state.source,
      isRefreshing: state.refreshing !== undefined,
      ...(state.error ? { error: state.error } : {}),
    };
  };

  const activeProfileId = (): string | null => deps.connections.active()?.connection.profileId ?? null;
  const emit = (profileId: string | null): void => {
    // Only the active profile's catalog is news for the UI.
    if (profileId !== activeProfileId()) return;
    // Building the view of 10,000 processes costs ~10 ms: not for nobody.
    if (listeners.size === 0) return;
    const catalog = view(profileId);
    for (const listener of [...listeners]) listener(catalog);
  };

  const refreshProfile = (profileId: string): Promise<void> => {
    const state = stateOf(profileId);
    if (state.refreshing) return state.refreshing;
    const client = deps.clients.forProfile(profileId);
    if (!client) return Promise.resolve();
    state.refreshing = (async () => {
      try {
        const mode = store.readMode(profileId);
        // With a cached listing, only what changed is fetched in full; otherwise (or when that is not the better way) everything.
        const fetched =
          (state.processes.length > 0 ? await fetchChangedCatalog(client, state, mode) : undefined) ?? (await fetchCatalog(client, mode));
        if (mode !== fetched.mode) store.writeMode(profileId, fetched.mode);
        // A folder that failed this time keeps what it listed last time, next to its error.
        const failed = new Set(fetched.folders.filter((f) => f.error).map((f) => f.id));
        const kept = state.processes.filter((p) => failed.has(p.folderId));
        for (const p of kept) {
          const stamp = state.stamps.get(p.releaseKey);
          if (stamp !== undefined) fetched.stamps.set(p.releaseKey, stamp);
        }
        state.stamps = fetched.stamps;
        state.folders = fetched.folders;
        state.processes = markFavorites([...fetched.processes, ...kept], store.favorites(profileId)).sort(
          (a, b) => a.name.localeCompare(b.name) || a.folderPath.localeCompare(b.folderPath),
        );
        state.refreshedAt = new Date(deps.clock.now()).toISOString();
        state.source = 'server';
        delete state.error;
        store.writeCache(profileId, {
          folders: state.folders,
          processes: state.processes,
          refreshedAt: state.refreshedAt,
          stamps: state.stamps,
        });
      } catch (error) {
        state.error = toErrorPayload(error);
        // The error travels with the catalog state and every host shows it (the UI's banner, the
        // CLI's error line): for the log file only, or the person would read it twice.
        deps.logger?.info('The catalog refresh failed', { code: state.error.code });
      } finally {
        state.hasRefreshedThisSession = true;
        state.refreshing = undefined;
      }
      emit(profileId);
    })();
    emit(profileId);
    return state.refreshing;
  };

  return {
    async get() {
      const profileId = activeProfileId();
      if (profileId !== null) {
        const state = stateOf(profileId);
        if (!state.hasRefreshedThisSession && !state.refreshing) void refreshProfile(profileId);
      }
      return view(profileId);
    },
    peek: () => view(activeProfileId()),
    async refresh() {
      const profileId = activeProfileId();
      if (profileId !== null) await refreshProfile(profileId);
      return view(profileId);
    },
    async setFavorite(processId, isFavorite) {
      const profileId = activeProfileId();
      if (profileId === null) throw SIGN_IN_FIRST();
      const found = stateOf(profileId).processes.find((p) => p.id === processId);
      if (!found) throw unknownProcess(processId);
      store.setFavorite(profileId, processId, isFavorite);
      found.isFavorite = isFavorite;
      emit(profileId);
      return { ...found, isFavorite };
    },
    async findProcess(processId) {
      const profileId = activeProfileId();
      if (profileId === null) throw SIGN_IN_FIRST();
      const state = stateOf(profileId);
      let found = state.processes.find((p) => p.id === processId);
      if (!found && !state.hasRefreshedThisSession) {
        await refreshProfile(profileId);
        found = state.processes.find((p) => p.id === processId);
      }
      if (!found) {
        if (state.error && state.processes.length === 0) throw BatonError.fromPayload(state.error);
        throw unknownProcess(processId);
      }
      return { ...found, isFavorite: store.favorites(profileId).has(found.id) };
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    forgetAll() {
      states.clear();
      store.removeCacheFiles();
      emit(activeProfileId());
    },
    start() {
      disposables.add(
        deps.connections.onDidChangeActive(() => {
          const profileId = activeProfileId();
          emit(profileId);
          if (profileId !== null) void refreshProfile(profileId);
        }),
      );
    },
    dispose: () => disposables.dispose(),
  };
}

/**
 * Sets `isFavorite` on each entry in place and returns the same objects as processes: copying
 * 10,000 entries for every answer cost 10–100 ms and a second copy of the list on the heap.
 * Answers leave the core serialized (IPC, WebSocket, CLI output), so sharing the objects is safe.
 */
function markFavorites(entries: ProcessEntry[], favorites: ReadonlySet<string>): Process[] {
  const processes = entries as Process[];
  for (const p of processes) p.isFavorite = favorites.has(p.id);
  return processes;
}

function unknownProcess(processId: string): BatonError {
  return BatonError.said('NOT_FOUND', said('serviceErrors.noSuchProcess', { processId }), {
    hint: said('serviceErrors.noSuchProcessHint'),
  });
}
