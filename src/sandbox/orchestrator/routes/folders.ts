import { currentUserFolderDto, folderDto, forVersion } from '../dto';
import { errors } from '../errors';
import { sendJson } from '../http';
import { applyQuery, selectOne } from '../odata/query';
import { sendCollection, sendEntity, type Route, type RouteContext } from '../route-context';
import { canListFolder, canSeeFolder } from '../state';
import { requireScope } from '../authenticate';
import type { SeedFolder } from '../../seed';

const FOLDER_SCOPES = ['OR.Folders', 'OR.Folders.Read'];

/** What `/odata/Folders` lists: folders where the caller holds SubFolders.View or Units.View. */
function listedFolders(ctx: RouteContext): SeedFolder[] {
  const { state } = ctx.deps;
  return [...state.folders.values()].filter((f) => canListFolder(state, ctx.caller.principal, f.id));
}

/** Folders the caller is assigned to with any role (GetAllForCurrentUser, FoldersNavigation, by id). */
function assignedFolders(ctx: RouteContext): SeedFolder[] {
  const { state } = ctx.deps;
  return [...state.folders.values()].filter((f) => canSeeFolder(state, ctx.caller.principal, f.id));
}

function pageParams(ctx: RouteContext, maxTake: number): { take: number; skip: number } {
  const take = ctx.params.get('take') ?? String(maxTake);
  const skip = ctx.params.get('skip') ?? '0';
  if (!/^\d+$/.test(take) || Number(take) > maxTake) throw errors.validation(`The field take must be between 0 and ${maxTake}`);
  if (!/^\d+$/.test(skip)) throw errors.validation('The field skip must be a non-negative number');
  return { take: Number(take), skip: Number(skip) };
}

/**
 * `/api/FoldersNavigation/*` exists in every version but does not take OAuth tokens: the swagger
 * says "OAuth authentication is not supported" and UiPathOrch measured 403 for external apps
 * (orchestrator-versions.md §3.2). Only the legacy `/api/Account/Authenticate` token gets through.
 */
function requireNonOAuth(ctx: RouteContext): void {
  if (ctx.caller.scopes !== 'all') throw errors.forbidden();
}

export const folderRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/Folders$/i,
    handle(ctx) {
      requireScope(ctx.caller, FOLDER_SCOPES);
      const dtos = listedFolders(ctx).map((f) => forVersion(ctx.deps.profile, 'Folder', folderDto(f)));
      sendCollection(ctx, 'Folders', applyQuery(dtos, ctx.params, ctx.deps.types.folder));
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Folders\((\d+)\)$/i,
    handle(ctx) {
      requireScope(ctx.caller, FOLDER_SCOPES);
      // By id: SubFolders.View/Units.View on it, or assigned to it (OY `/odata/Folders({key})`).
      const folder = assignedFolders(ctx).find((f) => f.id === Number(ctx.match[1]));
      if (!folder) throw errors.notFound('Folder');
      sendEntity(ctx, 'Folders', selectOne(forVersion(ctx.deps.profile, 'Folder', folderDto(folder)), ctx.params, ctx.deps.types.folder));
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Folders\/UiPath\.Server\.Configuration\.OData\.GetByKey\(identifier=([0-9a-fA-F-]{36})\)$/i,
    handle(ctx) {
      if (!ctx.deps.profile.endpoints.folderGetByKey) throw errors.noRoute();
      requireScope(ctx.caller, FOLDER_SCOPES);
      const key = ctx.match[1]!.toLowerCase();
      const folder = assignedFolders(ctx).find((f) => f.key === key);
      if (!folder) throw errors.notFound('Folder');
      sendEntity(ctx, 'Folders', forVersion(ctx.deps.profile, 'Folder', folderDto(folder)));
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/Folders\/GetAllForCurrentUser$/i,
    handle(ctx) {
      // API v18+ only (reference §3.1); older servers have no such route.
      if (!ctx.deps.profile.endpoints.getAllForCurrentUser) throw errors.noRoute();
      requireScope(ctx.caller, FOLDER_SCOPES);
      const { take, skip } = pageParams(ctx, 1000);
      // A confidential app gets 200 with an empty list (UiPathOrch OAS:1465-1466).
      const all = ctx.caller.principal.kind === 'app' ? [] : assignedFolders(ctx);
      const page = all.slice(skip, skip + take).map(currentUserFolderDto);
      sendJson(ctx.res, 200, { PageItems: page, Count: all.length });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/FoldersNavigation\/GetAllFoldersForCurrentUser$/i,
    handle(ctx) {
      requireNonOAuth(ctx);
      const { state } = ctx.deps;
      const all = assignedFolders(ctx);
      const level = (f: SeedFolder): number => f.fullyQualifiedName.split('/').length - 1;
      sendJson(
        ctx.res,
        200,
        all.map((f) => ({
          IsSelectable: true,
          HasChildren: [...state.folders.values()].some((c) => c.parentId === f.id),
          Level: level(f),
          ...forVersion(ctx.deps.profile, 'Folder', folderDto(f)),
        })),
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/FoldersNavigation\/GetFoldersForCurrentUser$/i,
    handle(ctx) {
      requireNonOAuth(ctx);
      const { take, skip } = pageParams(ctx, 100);
      const search = (ctx.params.get('searchText') ?? '').toLowerCase();
      const all = assignedFolders(ctx).filter((f) => f.fullyQualifiedName.toLowerCase().includes(search));
      const page = all.slice(skip, skip + take).map((f) => forVersion(ctx.deps.profile, 'Folder', folderDto(f)));
      sendJson(ctx.res, 200, { PageItems: page, Count: all.length });
    },
  },
];
