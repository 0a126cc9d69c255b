import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FolderPermission, SeedFolder } from '../seed';
import type { SandboxClock } from './clock';
import { errors } from './errors';
import { resolveFolder } from './folder-context';
import { sendJson } from './http';
import type { JobEvent, JobRunner } from './job-runner';
import type { QueryResult } from './odata/query';
import { foldersWith, permissionsIn, type OrchestratorState } from './state';
import type { Caller, VersionProfile } from './types';
import type { EntityTypes } from './entity-types';

export interface OrchestratorDeps {
  state: OrchestratorState;
  profile: VersionProfile;
  clock: SandboxClock;
  runner: JobRunner;
  dispatch: (event: JobEvent) => void;
  jobsListLimiter: ((tenant: string, layout: Layout) => void) | undefined;
  types: EntityTypes;
}

export type Layout = 'onprem' | 'cloud';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: URLSearchParams;
  match: RegExpExecArray;
  layout: Layout;
  /** OData service root, e.g. `http://127.0.0.1:5000/baton/DefaultTenant/orchestrator_/odata`. */
  serviceRoot: string;
  caller: Caller;
  deps: OrchestratorDeps;
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** Routes marked anonymous run without a caller (status, health, legacy login). */
  isAnonymous?: boolean;
  handle(ctx: RouteContext): Promise<void> | void;
}

export function sendCollection(ctx: RouteContext, entitySet: string, result: Pick<QueryResult, 'items' | 'count'>): void {
  const body: Record<string, unknown> = { '@odata.context': `${ctx.serviceRoot}/$metadata#${entitySet}` };
  if (result.count !== undefined) body['@odata.count'] = result.count;
  body.value = result.items;
  sendJson(ctx.res, 200, body);
}

export function sendEntity(ctx: RouteContext, entitySet: string, dto: Record<string, unknown>, status = 200): void {
  sendJson(ctx.res, status, { '@odata.context': `${ctx.serviceRoot}/$metadata#${entitySet}/$entity`, ...dto });
}

export function folderOf(ctx: RouteContext): SeedFolder | undefined {
  return resolveFolder(ctx.req, ctx.deps.state, ctx.caller, ctx.deps.profile);
}

export function requireFolder(ctx: RouteContext): SeedFolder {
  const folder = folderOf(ctx);
  if (!folder) throw errors.folderRequired(ctx.deps.profile.folderRequiredMessage);
  return folder;
}

export function requirePermission(ctx: RouteContext, folder: SeedFolder, permission: FolderPermission): void {
  if (!permissionsIn(ctx.deps.state, ctx.caller.principal, folder.id).has(permission)) throw errors.forbidden();
}

function permissionList(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The folders a listing covers: the addressed folder (permission checked), or, without a folder
 * header, every folder where the caller holds `view` plus `mandatoryPermissions` (all) and
 * `atLeastOnePermissions` (one). Servers before cross-folder listing ask for a folder instead.
 */
export function listingFolders(ctx: RouteContext, view: FolderPermission): SeedFolder[] {
  const folder = folderOf(ctx);
  if (folder) {
    requirePermission(ctx, folder, view);
    return [folder];
  }
  if (!ctx.deps.profile.hasCrossFolderListing) throw errors.folderRequired(ctx.deps.profile.folderRequiredMessage);
  const mandatory = permissionList(ctx.params, 'mandatoryPermissions');
  const atLeastOne = permissionList(ctx.params, 'atLeastOnePermissions');
  return foldersWith(ctx.deps.state, ctx.caller.principal, [view, ...mandatory], atLeastOne);
}

/** A single entity by id: in the addressed folder, or (no header, where cross-folder exists) in any folder with `view`. */
export function entityFolderAllowed(ctx: RouteContext, folderId: number, view: FolderPermission): boolean {
  const folder = folderOf(ctx);
  if (folder) {
    requirePermission(ctx, folder, view);
    return folder.id === folderId;
  }
  if (!ctx.deps.profile.hasCrossFolderListing) throw errors.folderRequired(ctx.deps.profile.folderRequiredMessage);
  return permissionsIn(ctx.deps.state, ctx.caller.principal, folderId).has(view);
}
