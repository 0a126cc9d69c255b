import { requireScope } from '../authenticate';
import { releaseDto } from '../dto';
import { errors } from '../errors';
import { applyQuery, selectOne } from '../odata/query';
import { entityFolderAllowed, listingFolders, sendCollection, sendEntity, type Route } from '../route-context';

const RELEASE_SCOPES = ['OR.Execution', 'OR.Execution.Read'];

export const releaseRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/Releases$/i,
    handle(ctx) {
      requireScope(ctx.caller, RELEASE_SCOPES);
      const { state, version } = ctx.deps;
      const folders = new Map(listingFolders(ctx, 'Processes.View').map((f) => [f.id, f]));
      const dtos = [...state.releases.values()]
        .filter((r) => folders.has(r.folderId))
        .map((r) => releaseDto(r, folders.get(r.folderId)!, version));
      sendCollection(ctx, 'Releases', applyQuery(dtos, ctx.params, ctx.deps.types.release));
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Releases\((\d+)\)$/i,
    handle(ctx) {
      requireScope(ctx.caller, RELEASE_SCOPES);
      const { state, version } = ctx.deps;
      const release = state.releases.get(Number(ctx.match[1]));
      if (!release || !entityFolderAllowed(ctx, release.folderId, 'Processes.View')) throw errors.notFound('Release');
      const dto = releaseDto(release, state.folders.get(release.folderId)!, version);
      sendEntity(ctx, 'Releases', selectOne(dto, ctx.params, ctx.deps.types.release));
    },
  },
];
