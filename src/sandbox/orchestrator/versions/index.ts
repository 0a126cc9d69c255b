export { FIELD_GROUPS, PROFILE_ORDER, fieldsOf, type Entity, type OrchestratorVersion } from './fields';
export {
  ORGANIZATION_UNIT_REQUIRED,
  SANDBOX_VERSIONS,
  isVersionName,
  versionProfile,
  type VersionName,
  type VersionProfile,
} from './profiles';
