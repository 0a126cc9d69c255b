export { createOrchestrator, type Orchestrator, type OrchestratorOptions } from './orchestrator';
export { createJwtVerifier, type TrustAnchor } from './token-verifier';
export { createManualClock, createSystemClock, type ManualClock, type SandboxClock } from './clock';
export { encodeFolderPath } from './folder-context';
export { signWebhookBody, isLoopbackUrl, fetchSender, senderTrusting, JOB_EVENT_TYPES, type WebhookSender } from './webhooks';
export { MAX_TOP } from './odata/query';
export { parseFilter, FilterSyntaxError, type FilterNode } from './odata/filter-parser';
export { touchCatalog, type OrchestratorState } from './state';
export type { Caller, JobRecord, JobState, VerifiedToken, VerifyToken, WebhookRecord } from './types';
export { renumberFolders } from './state';
export {
  FIELD_GROUPS,
  SANDBOX_VERSIONS,
  fieldsOf,
  isVersionName,
  versionProfile,
  type OrchestratorVersion,
  type VersionName,
  type VersionProfile,
} from './versions';
export type { JobEvent, JobEventType, JobRunner } from './job-runner';
