export type { AccessTokenSource, ConnectionSource, ConnectionWithTokens, OrchestratorConnection } from './types';
export { orchestratorHeaders } from './headers';
export {
  createOrchestratorClient,
  DEFAULT_CONCURRENCY,
  buildUrl,
  type OrchestratorClient,
  type OrchestratorClientOptions,
  type OrchestratorRequest,
} from './orchestrator-client';
export { createConcurrencyLimiter, type ConcurrencyLimiter } from './concurrency';
export { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay, isRetryableStatus, type RetryPolicy } from './retry-policy';
export {
  errorFromResponse,
  errorFromNetwork,
  isBodyRefused,
  isGone,
  isOrchestratorCallError,
  OrchestratorCallError,
  parseErrorBody,
  type RequestContext,
} from './http-errors';
export { listAll, MAX_LISTED_ROWS, MAX_PAGE_SIZE, type FirstPage } from './odata-paging';
export { parseInputArguments, shortTypeName, kindOf } from './argument-schema';
export {
  askReleasesEarly,
  askRunnableEarly,
  findJobByReference,
  getReleasesByKey,
  listReleaseStamps,
  RELEASE_KEYS_PER_REQUEST,
  getJob,
  getJobs,
  isFolderRequired,
  isStartBodyRefused,
  listReleasesAcrossFolders,
  listReleasesInFolder,
  listRunnableReleaseIds,
  serializeInputArguments,
  startInfoFor,
  startJob,
  stopJobs,
  type EarlyReleases,
  type StartBody,
  type StartJobRequest,
} from './orchestrator-api';
export {
  ALL_DIALECTS,
  dialectFor,
  parseApiVersionHeader,
  productsKey,
  type ApiDialect,
  type FolderListing,
  type LegacyProduct,
  type ProductsKey,
} from './api-dialect';
export { listFolders, listFoldersForUser, type ListedFolders } from './folder-listing';
export type { FolderDto, JobDto, ReleaseDto, ReleaseStampDto } from './schemas';
export { createClientPool, type ClientPool } from './client-pool';
export { connectionsFromSession, type AuthConnections } from './session-connections';
