import { requireScope } from '../authenticate';
import { jobDto } from '../dto';
import { errors } from '../errors';
import { applyQuery, parseExpand, selectOne } from '../odata/query';
import { entityFolderAllowed, listingFolders, sendCollection, sendEntity, type Route } from '../route-context';

const JOB_READ_SCOPES = ['OR.Jobs', 'OR.Jobs.Read'];

export const jobReadRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/Jobs$/i,
    handle(ctx) {
      requireScope(ctx.caller, JOB_READ_SCOPES);
      const { state, profile } = ctx.deps;
      ctx.deps.jobsListLimiter?.(state.seed.tenant.name, ctx.layout);
      const folderIds = new Set(listingFolders(ctx, 'Jobs.View').map((f) => f.id));
      const expand = parseExpand(ctx.params, ctx.deps.types.job);
      const dtos = [...state.jobs.values()].filter((j) => folderIds.has(j.folderId)).map((j) => jobDto(state, j, profile, expand));
      sendCollection(ctx, 'Jobs', applyQuery(dtos, ctx.params, ctx.deps.types.job));
    },
  },
  {
    method: 'GET',
    pattern: /^\/odata\/Jobs\((\d+)\)$/i,
    handle(ctx) {
      requireScope(ctx.caller, JOB_READ_SCOPES);
      const { state, profile } = ctx.deps;
      const job = state.jobs.get(Number(ctx.match[1]));
      if (!job || !entityFolderAllowed(ctx, job.folderId, 'Jobs.View')) throw errors.notFound('Job');
      const expand = parseExpand(ctx.params, ctx.deps.types.job);
      sendEntity(ctx, 'Jobs', selectOne(jobDto(state, job, profile, expand), ctx.params, ctx.deps.types.job));
    },
  },
];
