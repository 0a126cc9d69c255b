export {
  SANDBOX_USERS,
  SANDBOX_SCOPES,
  APP_SCOPES,
  DEFAULT_REDIRECT_URI,
  sandboxClients,
  type SandboxUser,
  type SandboxClients,
} from './users';
export { createSeed, SANDBOX_ORG, SANDBOX_TENANT, type SeedOptions } from './create-seed';
export { PROCESS_CATALOG, type ProcessTemplate } from './process-catalog';
export { encodeArguments } from './arguments';
export { stableGuid } from './ids';
export type * from './types';
