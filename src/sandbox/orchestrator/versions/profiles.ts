import { fieldsOf, PROFILE_ORDER, rankOf, type Entity, type OrchestratorVersion } from './fields';

/**
 * One Orchestrator version as the sandbox plays it. Every row cites
 * reference/orchestrator-versions.md (§ numbers below); "(inferred)" marks what the reference
 * itself infers. Routes read these facts; they never test a version name.
 */
export interface VersionProfile {
  version: OrchestratorVersion;
  label: string;
  deployment: 'onprem' | 'automation-suite' | 'cloud';
  /** `api-supported-versions` on every answer; null where the header's existence is not established (§1.2). */
  apiVersion: string | null;
  /** `GET /api/Status/Version` `version`; null where the endpoint 404s (below 21.10, §1.2). */
  productBuild: string | null;
  /** `deployment` of `/api/Status/Version`: null on-prem, `ServiceFabric` on AS, a topology on Cloud (§1.2). */
  statusDeployment: string | null;
  /** How a person or app may sign in (§1.1, §5.4). */
  signIn: { legacy: boolean; interactive: boolean; clientCredentials: boolean };
  endpoints: {
    /** `GET /api/Folders/GetAllForCurrentUser`, v18+ (§3.1). */
    getAllForCurrentUser: boolean;
    /** `GET …/Settings/…GetActivitySettings`, from 20.10 (§1.2). */
    activitySettings: boolean;
    /** `GET /odata/Folders/…GetByKey(identifier=…)`, v15+ (§3.1). */
    folderGetByKey: boolean;
  };
  /** `GET /odata/Releases` and `/odata/Jobs` without a folder header (`mandatoryPermissions`), from 20.10 (§3.3). */
  hasCrossFolderListing: boolean;
  /** Folder headers the server reads; 19.10/20.4 only know OrganizationUnitId (classic folders). */
  folderHeaders: { key: boolean; path: boolean };
  /** Job navigation properties `$expand` accepts; `Machine` rejected on v11, accepted on v13 (§2.2). */
  jobExpand: readonly string[];
  strategies: readonly string[];
  /** Job webhook events: 6 before v17, 9 from v17 (§3.6). */
  webhookEvents: readonly string[];
  /** 1101's text: "An organization unit…" on older builds, "A folder…" on current ones (§7; switch point inferred). */
  folderRequiredMessage: string;
  /** Cloud's per-tenant limits on filtered lists (§6); none documented on-prem or AS. */
  rateLimits: { jobsListPerMinute: number } | null;
  fields: Record<Entity, ReadonlySet<string>>;
}

const OLD_1101 = 'An organization unit is required for this action.';
const NEW_1101 = 'A folder is required for this action.';
const EVENTS_BEFORE_V17 = ['job.created', 'job.started', 'job.completed', 'job.faulted', 'job.stopped', 'job.suspended'];
const EVENTS_V17 = [...EVENTS_BEFORE_V17, 'job.resumed', 'job.stopping', 'job.terminating'];

type Row = Pick<VersionProfile, 'label' | 'deployment' | 'apiVersion' | 'productBuild' | 'statusDeployment'>;

// §1.1: product version → API version (measured where ORCH measured it).
const ROWS: Record<OrchestratorVersion, Row> = {
  '19.10': { label: 'Orchestrator 19.10 (on-prem)', deployment: 'onprem', apiVersion: null, productBuild: null, statusDeployment: null },
  '20.4': { label: 'Orchestrator 20.4 (on-prem)', deployment: 'onprem', apiVersion: null, productBuild: null, statusDeployment: null },
  '20.10': { label: 'Orchestrator 20.10 (on-prem)', deployment: 'onprem', apiVersion: '11.1', productBuild: null, statusDeployment: null },
  // v12 has no obtainable on-prem build; 21.4 ≈ v12 (inferred). /api/Status/Version answers from 13.0.
  '21.4': { label: 'Orchestrator 21.4 (on-prem)', deployment: 'onprem', apiVersion: '12.0', productBuild: null, statusDeployment: null },
  '21.10': {
    label: 'Orchestrator 21.10 (on-prem)',
    deployment: 'onprem',
    apiVersion: '13.0',
    productBuild: '21.10.4',
    statusDeployment: null,
  },
  '22.4': {
    label: 'Orchestrator 22.4 (on-prem)',
    deployment: 'onprem',
    apiVersion: '15.0',
    productBuild: '22.4.4',
    statusDeployment: null,
  },
  '22.10': {
    label: 'Orchestrator 22.10 (on-prem)',
    deployment: 'onprem',
    apiVersion: '15.0',
    productBuild: '22.10.1',
    statusDeployment: null,
  },
  '23.4': {
    label: 'Orchestrator 23.4 (on-prem)',
    deployment: 'onprem',
    apiVersion: '16.0',
    productBuild: '23.4.0',
    statusDeployment: null,
  },
  '23.10': {
    label: 'Orchestrator 23.10 (on-prem)',
    deployment: 'onprem',
    apiVersion: '17.0',
    productBuild: '23.10.6',
    statusDeployment: null,
  },
  // 24.10 is not measured: 17.0 (inferred), bracketed by 23.10 and 25.10.
  '24.10': {
    label: 'Orchestrator 24.10 (on-prem)',
    deployment: 'onprem',
    apiVersion: '17.0',
    productBuild: '24.10.0',
    statusDeployment: null,
  },
  '25.10': {
    label: 'Orchestrator 25.10 (on-prem)',
    deployment: 'onprem',
    apiVersion: '17.0',
    productBuild: '25.10.2',
    statusDeployment: null,
  },
  // AS ships Orchestrator 25.10 (2.2510); its API version is grouped with Cloud as ≥ v19 (inferred).
  'automation-suite': {
    label: 'Automation Suite 2.2510',
    deployment: 'automation-suite',
    apiVersion: '19.0',
    productBuild: '25.10.3',
    statusDeployment: 'ServiceFabric',
  },
  cloud: {
    label: 'Automation Cloud',
    deployment: 'cloud',
    apiVersion: '20.0',
    productBuild: '26.3.0-s197',
    statusDeployment: 'Kubernetes',
  },
};

const apiMajor = (row: Row): number => (row.apiVersion === null ? 0 : Number(row.apiVersion.split('.')[0]));

function buildProfile(version: OrchestratorVersion): VersionProfile {
  const row = ROWS[version];
  const major = apiMajor(row);
  const atLeast = (v: OrchestratorVersion): boolean => rankOf(version) >= rankOf(v);
  return {
    version,
    ...row,
    signIn: {
      // Swagger lists Account/Authenticate v11–v17 and AS keeps it for compatibility; Cloud has none (§5.4).
      legacy: row.deployment !== 'cloud',
      // Identity Server arrives with 20.4 on-prem (§1.1).
      interactive: atLeast('20.4'),
      // OAuth external applications exist from 21.4 (§1.1).
      clientCredentials: atLeast('21.4'),
    },
    endpoints: {
      getAllForCurrentUser: major >= 18,
      activitySettings: atLeast('20.10'),
      folderGetByKey: major >= 15,
    },
    hasCrossFolderListing: atLeast('20.10'),
    folderHeaders: { key: atLeast('20.10'), path: atLeast('20.10') },
    jobExpand: major >= 13 ? ['Robot', 'Release', 'Machine'] : ['Robot', 'Release'],
    strategies: atLeast('20.4')
      ? ['All', 'Specific', 'RobotCount', 'JobsCount', 'ModernJobsCount']
      : ['All', 'Specific', 'RobotCount', 'JobsCount'],
    webhookEvents: major >= 17 ? EVENTS_V17 : EVENTS_BEFORE_V17,
    // Which build switched the wording is not established; the sandbox switches with 22.4 (v15).
    folderRequiredMessage: atLeast('22.4') ? NEW_1101 : OLD_1101,
    rateLimits: row.deployment === 'cloud' ? { jobsListPerMinute: 100 } : null,
    fields: {
      Release: fieldsOf(version, 'Release'),
      Job: fieldsOf(version, 'Job'),
      Folder: fieldsOf(version, 'Folder'),
      Webhook: fieldsOf(version, 'Webhook'),
      StartInfo: fieldsOf(version, 'StartInfo'),
      Log: fieldsOf(version, 'Log'),
    },
  };
}

export const SANDBOX_VERSIONS: readonly OrchestratorVersion[] = PROFILE_ORDER;

const PROFILES = new Map(PROFILE_ORDER.map((v) => [v, buildProfile(v)]));

/** `current` was the only name of the newest profile before issue 17; it stays an alias of `cloud`. */
export type VersionName = OrchestratorVersion | 'current';

export function isVersionName(value: string): value is VersionName {
  return value === 'current' || (PROFILE_ORDER as readonly string[]).includes(value);
}

export function versionProfile(version: VersionName = 'cloud'): VersionProfile {
  return PROFILES.get(version === 'current' ? 'cloud' : version)!;
}

/** The 1101 wording a non-numeric X-UIPATH-OrganizationUnitId got even on Cloud (forum thread 544082). */
export const ORGANIZATION_UNIT_REQUIRED = OLD_1101;
