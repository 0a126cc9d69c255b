import { requireScope } from '../authenticate';
import { releaseDto } from '../dto';
import { errors } from '../errors';
import { applyQuery, selectOne } from '../odata/query';
import { entityFolderAllowed, listingFolders, sendCollection, sendEntity, type Route, type RouteContext } from '../route-context';
import type { SeedFolder } from '../../seed';

const RELEASE_SCOPES = ['OR.Execution', 'OR.Execution.Read'];
// A few callers × folder sets at a time; beyond that the oldest listings are dropped.
const MAX_CACHED_LISTINGS = 32;

/**
 * The caller's visible releases as DTOs, built once per caller, folder set and catalog revision:
 * paging through 10,000 releases must not rebuild and filter all of them for every page.
 * The DTOs are shared between requests, so nothing downstream may mutate them.
 */
function visibleReleaseDtos(ctx: RouteContext, folders: SeedFolder[]): Record<string, unknown>[] {
  const { state, profile } = ctx.deps;
  const key = `${ctx.caller.principal.userId}|${folders.map((f) => f.id).join(',')}`;
  const cached = state.releaseListings.get(key);
  if (cached && cached.revision === state.catalogRevision) return cached.dtos;
  const byId = new Map(folders.map((f) => [f.id, f]));
  const dtos: Record<string, unknown>[] = [];
  for (const r of state.releases.values()) {
    const folder = byId.get(r.folderId);
    if (folder) dtos.push(releaseDto(r, folder, profile));
  }
  if (state.releaseListings.size >= MAX_CACHED_LISTINGS) state.releaseListings.delete(state.releaseListings.keys().next().value!);
  state.releaseListings.set(key, { revision: state.catalogRevision, dtos });
  return dtos;
}

export const releaseRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/Releases$/i,
    handle(ctx) {
      requireScope(ctx.caller, RELEASE_SCOPES);
      const dtos = visibleReleaseDtos(ctx, listingFolders(ctx, 'Processes.View'));
      sendCollection(ctx, 'Releases', applyQuery(dtos, ctx.params, ctx.deps.types.release));
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Releases\((\d+)\)$/i,
    handle(ctx) {
      requireScope(ctx.caller, RELEASE_SCOPES);
      const { state, profile } = ctx.deps;
      const release = state.releases.get(Number(ctx.match[1]));
      if (!release || !entityFolderAllowed(ctx, release.folderId, 'Processes.View')) throw errors.notFound('Release');
      const dto = releaseDto(release, state.folders.get(release.folderId)!, profile);
      sendEntity(ctx, 'Releases', selectOne(dto, ctx.params, ctx.deps.types.release));
    },
  },
];
