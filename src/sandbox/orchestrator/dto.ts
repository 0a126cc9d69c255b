import { encodeArguments, type SeedFolder, type SeedPrincipal, type SeedProcess } from '../seed';
import type { OrchestratorState } from './state';
import type { JobRecord, WebhookRecord } from './types';
import type { Entity, VersionProfile } from './versions';

type Dto = Record<string, unknown>;

export type { Entity } from './versions';

/** Keeps only the fields `entity` has on the profile's version (the builders emit a superset). */
export function forVersion(profile: VersionProfile, entity: Entity, dto: Dto): Dto {
  const allowed = profile.fields[entity];
  return Object.fromEntries(Object.entries(dto).filter(([k]) => allowed.has(k)));
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function folderDto(f: SeedFolder): Dto {
  const isPersonal = f.isPersonal === true;
  return {
    Key: f.key,
    DisplayName: f.displayName,
    FullyQualifiedName: f.fullyQualifiedName,
    Description: f.description,
    FolderType: isPersonal ? 'Personal' : 'Standard',
    IsPersonal: isPersonal,
    ProvisionType: 'Automatic',
    PermissionModel: 'FineGrained',
    ParentId: f.parentId,
    ParentKey: f.parentKey,
    FeedType: isPersonal ? 'PersonalWorkspace' : 'Processes',
    Id: f.id,
  };
}

export function currentUserFolderDto(f: SeedFolder): Dto {
  const { Key, DisplayName, FullyQualifiedName, Description, FolderType, ParentId, ParentKey, Id } = folderDto(f);
  return { Key, DisplayName, FullyQualifiedName, Description, FolderType, ParentId, ParentKey, Id };
}

export function releaseDto(p: SeedProcess, folder: SeedFolder, profile: VersionProfile): Dto {
  const defaults = Object.keys(p.defaultInputs).length > 0 ? JSON.stringify(p.defaultInputs) : null;
  const dto: Dto = {
    Key: p.key,
    ProcessKey: p.processKey,
    ProcessVersion: p.processVersion,
    IsLatestVersion: true,
    IsProcessDeleted: false,
    Description: p.description,
    Name: p.name,
    EntryPointId: p.id * 10,
    EntryPointPath: 'Main.xaml',
    InputArguments: defaults,
    EnvironmentVariables: '',
    ProcessType: 'Process',
    SupportsMultipleEntryPoints: false,
    RequiresUserInteraction: p.requiresUserInteraction,
    IsConversational: false,
    MinRequiredRobotVersion: null,
    IsAttended: p.isAttended,
    IsCompiled: false,
    AutomationHubIdeaUrl: null,
    Arguments: { Input: encodeArguments(p.inputs), Output: encodeArguments(p.outputs) },
    AutoUpdate: false,
    HiddenForAttendedUser: p.hiddenForAttendedUser,
    FeedId: null,
    JobPriority: p.jobPriority,
    SpecificPriorityValue: { Low: 25, Normal: 45, High: 65 }[p.jobPriority],
    FolderKey: folder.key,
    OrganizationUnitId: folder.id,
    OrganizationUnitFullyQualifiedName: folder.fullyQualifiedName,
    TargetFramework: 'Windows',
    RobotSize: null,
    Tags: [],
    RemoteControlAccess: 'None',
    LastModificationTime: p.creationTime,
    LastModifierUserId: null,
    CreationTime: p.creationTime,
    CreatorUserId: 1,
    Id: p.id,
  };
  // Classic folders (19.10, 20.4): a release belonged to an Environment; modern folders have none.
  Object.assign(
    dto,
    profile.folderHeaders.key
      ? { EnvironmentId: null, EnvironmentName: null, Environment: null }
      : { EnvironmentId: folder.id, EnvironmentName: `${folder.displayName} Robots`, Environment: null },
  );
  return forVersion(profile, 'Release', dto);
}

export function simpleRobotDto(job: JobRecord): Dto {
  return {
    Id: 4000 + (job.folderId % 1000),
    Name: `sandbox-robot-${job.folderId}`,
    MachineName: job.hostMachineName ?? 'SANDBOX-VM01',
    MachineId: 700,
    Username: 'sandbox\\robot',
    Type: job.type === 'Attended' ? 'Attended' : 'Unattended',
    HostingType: 'Standard',
    ProvisionType: 'Automatic',
  };
}

export function jobDto(state: OrchestratorState, job: JobRecord, profile: VersionProfile, expand: ReadonlySet<string> = new Set()): Dto {
  const release = state.releases.get(job.releaseId)!;
  const folder = state.folders.get(job.folderId)!;
  const dto: Dto = {
    Key: job.key,
    StartTime: iso(job.startTime),
    EndTime: iso(job.endTime),
    State: job.state,
    SubState: null,
    JobPriority: job.jobPriority,
    SpecificPriorityValue: { Low: 25, Normal: 45, High: 65 }[job.jobPriority],
    ResourceOverwrites: null,
    Source: job.source,
    SourceType: job.sourceType,
    BatchExecutionKey: job.batchExecutionKey,
    Info: job.info,
    CreationTime: iso(job.creationTime),
    StartingScheduleId: job.startingScheduleId ?? null,
    ReleaseName: release.name,
    Type: job.type,
    InputArguments: job.inputArguments,
    InputFile: null,
    EnvironmentVariables: null,
    OutputArguments: job.outputArguments,
    OutputFile: null,
    HostMachineName: job.hostMachineName,
    HasMediaRecorded: false,
    HasVideoRecorded: false,
    PersistenceId: null,
    ResumeVersion: null,
    StopStrategy: job.stopStrategy,
    RuntimeType: job.runtimeType,
    RequiresUserInteraction: job.requiresUserInteraction,
    ReleaseVersionId: release.id * 10 + 1,
    EntryPointPath: 'Main.xaml',
    OrganizationUnitId: folder.id,
    OrganizationUnitFullyQualifiedName: folder.fullyQualifiedName,
    Reference: job.reference,
    ProcessType: 'Process',
    ProfilingOptions: null,
    ResumeOnSameContext: false,
    LocalSystemAccount: null,
    OrchestratorUserIdentity: null,
    RemoteControlAccess: 'None',
    StartingTriggerId: job.startingTriggerId ?? null,
    MaxExpectedRunningTimeSeconds: null,
    ServerlessJobType: null,
    ParentJobKey: null,
    ResumeTime: iso(job.resumeTime ?? null),
    LastModificationTime: iso(job.lastModificationTime),
    JobError: job.jobError,
    ErrorCode: job.jobError ? job.jobError.code : null,
    FpsProperties: null,
    TraceId: null,
    ParentSpanId: null,
    RootSpanId: null,
    FpsContext: null,
    Id: job.id,
  };
  if (expand.has('Release')) dto.Release = releaseDto(release, folder, profile);
  if (expand.has('Robot')) dto.Robot = job.startTime === null ? null : simpleRobotDto(job);
  if (expand.has('Machine')) dto.Machine = null;
  return forVersion(profile, 'Job', dto);
}

export function webhookDto(w: WebhookRecord, profile: VersionProfile): Dto {
  return forVersion(profile, 'Webhook', {
    Key: w.key,
    Name: w.name,
    Description: w.description,
    Url: w.url,
    Enabled: w.enabled,
    Secret: w.secret,
    SubscribeToAllEvents: w.subscribeToAllEvents,
    AllowInsecureSsl: w.allowInsecureSsl,
    Events: w.events.map((EventType) => ({ EventType })),
    Id: w.id,
  });
}

export function userDto(state: OrchestratorState, p: SeedPrincipal): Dto {
  const t = state.seed.tenant;
  return {
    Name: p.name,
    Surname: p.surname,
    UserName: p.userName,
    Domain: null,
    DirectoryIdentifier: null,
    FullName: `${p.name} ${p.surname}`.trim(),
    EmailAddress: p.email,
    LastLoginTime: null,
    IsActive: true,
    CreationTime: '2024-10-01T08:00:00Z',
    AuthenticationSource: null,
    IsExternalLicensed: false,
    RolesList: [],
    TenantId: t.id,
    TenancyName: t.name,
    TenantDisplayName: t.displayName,
    TenantKey: t.key,
    Type: p.kind === 'app' ? 'DirectoryExternalApplication' : 'User',
    ProvisionType: 'Manual',
    LicenseType: null,
    Key: p.key,
    MayHaveUserSession: p.kind === 'user',
    MayHaveRobotSession: false,
    MayHaveUnattendedSession: false,
    MayHavePersonalWorkspace: false,
    RestrictToPersonalWorkspace: false,
    Id: p.userId,
  };
}

/** Property names per entity set, for $filter/$orderby/$select validation. */
export function propertyNames(sample: Dto): ReadonlySet<string> {
  return new Set(Object.keys(sample));
}
