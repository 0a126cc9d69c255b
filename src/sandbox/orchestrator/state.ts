import type { FolderPermission, SandboxSeed, SeedFolder, SeedPrincipal, SeedProcess } from '../seed';
import type { JobRecord, LogRecord, WebhookRecord } from './types';

/** The emulator's whole in-memory tenant. Tests may read it; only the emulator writes it. */
export interface OrchestratorState {
  seed: SandboxSeed;
  folders: Map<number, SeedFolder>;
  releases: Map<number, SeedProcess>;
  jobs: Map<number, JobRecord>;
  /** Robot log lines in the order the robots wrote them. */
  robotLogs: LogRecord[];
  webhooks: Map<number, WebhookRecord>;
  legacyTokens: Map<string, { userId: number; expiresAt: number }>;
  permissions: Map<number, Map<number, Set<FolderPermission>>>;
  nextJobId: number;
  nextWebhookId: number;
  /** Bumped by anything that changes folders, releases or permissions; keys the listing caches. */
  catalogRevision: number;
  /** Per caller and folder set: the visible release DTOs, so a page of a listing is a slice. */
  releaseListings: Map<string, { revision: number; dtos: Record<string, unknown>[] }>;
}

export function createState(seed: SandboxSeed): OrchestratorState {
  const permissions = new Map<number, Map<number, Set<FolderPermission>>>();
  for (const a of seed.assignments) {
    const byFolder = permissions.get(a.userId) ?? new Map<number, Set<FolderPermission>>();
    const set = byFolder.get(a.folderId) ?? new Set<FolderPermission>();
    a.permissions.forEach((p) => set.add(p));
    byFolder.set(a.folderId, set);
    permissions.set(a.userId, byFolder);
  }
  return {
    seed,
    folders: new Map(seed.folders.map((f) => [f.id, f])),
    releases: new Map(seed.processes.map((p) => [p.id, p])),
    jobs: new Map(),
    robotLogs: [],
    webhooks: new Map(),
    legacyTokens: new Map(),
    permissions,
    nextJobId: 38_967_597,
    nextWebhookId: 1,
    catalogRevision: 0,
    releaseListings: new Map(),
  };
}

/** Call after changing folders, releases or permissions: cached listings are rebuilt on next use. */
export function touchCatalog(state: OrchestratorState): void {
  state.catalogRevision += 1;
  state.releaseListings.clear();
}

export function permissionsIn(state: OrchestratorState, principal: SeedPrincipal, folderId: number): ReadonlySet<FolderPermission> {
  return state.permissions.get(principal.userId)?.get(folderId) ?? new Set();
}

/** Assigned to the folder with any role: enough to address it in a folder header or by id. */
export function canSeeFolder(state: OrchestratorState, principal: SeedPrincipal, folderId: number): boolean {
  return permissionsIn(state, principal, folderId).size > 0;
}

/**
 * `GET /odata/Folders` lists a folder only to holders of Units.View (all folders) or SubFolders.View
 * there (reference/orchestrator-versions.md §4, OY:6154); running processes in it is not enough.
 */
export function canListFolder(state: OrchestratorState, principal: SeedPrincipal, folderId: number): boolean {
  const held = permissionsIn(state, principal, folderId);
  return held.has('SubFolders.View') || held.has('Units.View');
}

/**
 * A licence-plan change renumbers folders while their keys stay (forum thread 800047): every
 * folder gets a new Id and everything that points at one follows. Returns old → new.
 */
export function renumberFolders(state: OrchestratorState, offset: number): Array<{ key: string; oldId: number; newId: number }> {
  const map = new Map([...state.folders.keys()].map((id) => [id, id + offset]));
  const moved = (id: number): number => map.get(id) ?? id;
  const folders = [...state.folders.values()].map((f) => ({
    ...f,
    id: moved(f.id),
    parentId: f.parentId === null ? null : moved(f.parentId),
  }));
  state.folders = new Map(folders.map((f) => [f.id, f]));
  for (const [id, r] of state.releases) state.releases.set(id, { ...r, folderId: moved(r.folderId) });
  for (const job of state.jobs.values()) job.folderId = moved(job.folderId);
  for (const [userId, byFolder] of state.permissions) {
    state.permissions.set(userId, new Map([...byFolder].map(([folderId, set]) => [moved(folderId), set])));
  }
  touchCatalog(state);
  return [...map].map(([oldId, newId]) => ({ key: folders.find((f) => f.id === newId)!.key, oldId, newId }));
}

/** Folders where the principal holds every permission in `all` and (if given) one of `any`. */
export function foldersWith(
  state: OrchestratorState,
  principal: SeedPrincipal,
  all: readonly string[],
  any: readonly string[] = [],
): SeedFolder[] {
  return [...state.folders.values()].filter((f) => {
    const held = permissionsIn(state, principal, f.id) as ReadonlySet<string>;
    return all.every((p) => held.has(p)) && (any.length === 0 || any.some((p) => held.has(p)));
  });
}
