import { currentUserFolderDto, folderDto, forVersion } from '../dto';
import { errors } from '../errors';
import { sendJson } from '../http';
import { applyQuery, selectOne } from '../odata/query';
import { sendCollection, sendEntity, type Route, type RouteContext } from '../route-context';
import { canSeeFolder } from '../state';
import { requireScope } from '../authenticate';

const FOLDER_SCOPES = ['OR.Folders', 'OR.Folders.Read'];

function visibleFolders(ctx: RouteContext) {
  const { state } = ctx.deps;
  return [...state.folders.values()].filter((f) => canSeeFolder(state, ctx.caller.principal, f.id));
}

export const folderRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/Folders$/i,
    handle(ctx) {
      requireScope(ctx.caller, FOLDER_SCOPES);
      const dtos = visibleFolders(ctx).map((f) => forVersion(ctx.deps.version, 'Folder', folderDto(f)));
      sendCollection(ctx, 'Folders', applyQuery(dtos, ctx.params, ctx.deps.types.folder));
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Folders\((\d+)\)$/i,
    handle(ctx) {
      requireScope(ctx.caller, FOLDER_SCOPES);
      const folder = visibleFolders(ctx).find((f) => f.id === Number(ctx.match[1]));
      if (!folder) throw errors.notFound('Folder');
      sendEntity(ctx, 'Folders', selectOne(forVersion(ctx.deps.version, 'Folder', folderDto(folder)), ctx.params, ctx.deps.types.folder));
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/Folders\/GetAllForCurrentUser$/i,
    handle(ctx) {
      requireScope(ctx.caller, FOLDER_SCOPES);
      const take = ctx.params.get('take') ?? '1000';
      const skip = ctx.params.get('skip') ?? '0';
      if (!/^\d+$/.test(take) || Number(take) > 1000) throw errors.validation('The field take must be between 0 and 1000');
      if (!/^\d+$/.test(skip)) throw errors.validation('The field skip must be a non-negative number');
      const all = visibleFolders(ctx);
      const page = all.slice(Number(skip), Number(skip) + Number(take)).map(currentUserFolderDto);
      sendJson(ctx.res, 200, { PageItems: page, Count: all.length });
    },
  },
];
