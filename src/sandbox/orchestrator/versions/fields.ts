/**
 * DTO and request-body fields by the first profile that has them, from
 * reference/orchestrator-versions.md §2.1–2.5 (swaggers 19.10/20.4/20.10, the Cloud snapshots
 * v15…v20 and the on-prem floors UiPathOrch measured). A profile has every group whose `since`
 * rank is at most its own; `until` drops a group after a rank.
 */
export type Entity = 'Release' | 'Job' | 'Folder' | 'Webhook' | 'StartInfo' | 'Log';

/** Profiles in release order; a group's `since`/`until` name one of them. */
export const PROFILE_ORDER = [
  '19.10',
  '20.4',
  '20.10',
  '21.4',
  '21.10',
  '22.4',
  '22.10',
  '23.4',
  '23.10',
  '24.10',
  '25.10',
  'automation-suite',
  'cloud',
] as const;

export type OrchestratorVersion = (typeof PROFILE_ORDER)[number];

export interface FieldGroup {
  since: OrchestratorVersion;
  /** Last profile that still has the group. */
  until?: OrchestratorVersion;
  fields: string;
  source: string;
}

export const FIELD_GROUPS: Record<Entity, FieldGroup[]> = {
  Release: [
    {
      since: '19.10',
      fields:
        'Id,Key,ProcessKey,ProcessVersion,IsLatestVersion,IsProcessDeleted,Description,Name,InputArguments,CurrentVersion,ReleaseVersions,Arguments,ProcessSettings,AutoUpdate',
      source: 'SW1910 ReleaseDto',
    },
    {
      since: '19.10',
      until: 'automation-suite',
      fields: 'EnvironmentId,EnvironmentName,Environment',
      source: 'removed in v20 (ORCH CL:590-596)',
    },
    { since: '20.4', fields: 'ProcessType,SupportsMultipleEntryPoints,RequiresUserInteraction,JobPriority', source: 'SW2004:28908' },
    { since: '20.10', fields: 'FeedId,CreationTime,OrganizationUnitId,OrganizationUnitFullyQualifiedName', source: 'SW2010:27074' },
    // v14 has no on-prem build; 22.4 (v15) is the first profile past the floor.
    { since: '22.4', fields: 'SpecificPriorityValue', source: 'FLOOR:45 (v14; rejected on 11.1 and 13.0)' },
    {
      since: '22.4',
      fields: 'EntryPointId,EntryPoint,IsAttended,IsCompiled,TargetFramework,Tags,LastModificationTime,LastModifierUserId,CreatorUserId',
      source: 'CLI-15; FLOOR:44',
    },
    { since: '22.10', fields: 'RobotSize', source: 'ORCH OAS:2128-2131 (22.10.1 has it, 22.4.4 not)' },
    { since: '23.4', fields: 'RemoteControlAccess,VideoRecordingSettings,AutomationHubIdeaUrl', source: 'FLOOR:43 (v16)' },
    { since: '23.10', fields: 'EntryPointPath,HiddenForAttendedUser', source: 'FLOOR:42 ReleaseV17Fields' },
    { since: 'automation-suite', fields: 'EnvironmentVariables,MinRequiredRobotVersion,FolderKey', source: 'FLOOR:41 ReleaseV19Fields' },
    { since: 'cloud', fields: 'IsConversational', source: 'CLI-20' },
  ],
  Job: [
    {
      since: '19.10',
      fields:
        'Id,Key,StartTime,EndTime,State,Robot,Release,Source,SourceType,BatchExecutionKey,Info,CreationTime,StartingScheduleId,ReleaseName,Type,InputArguments,OutputArguments,HostMachineName,HasMediaRecorded,PersistenceId,ResumeVersion,StopStrategy,ReleaseVersionId,EntryPointPath',
      source: 'SW1910:24706',
    },
    { since: '20.4', fields: 'JobPriority,RuntimeType,RequiresUserInteraction', source: 'SW2004:24492' },
    { since: '20.10', fields: 'OrganizationUnitId,OrganizationUnitFullyQualifiedName,Reference', source: 'SW2010:23464' },
    {
      since: '22.4',
      fields:
        'SpecificPriorityValue,HasVideoRecorded,ProcessType,Machine,ProfilingOptions,ResumeOnSameContext,LocalSystemAccount,OrchestratorUserIdentity,RemoteControlAccess,MaxExpectedRunningTimeSeconds',
      source: 'CLI-15',
    },
    { since: '23.4', fields: 'ResourceOverwrites', source: 'CLI-16' },
    { since: '23.10', fields: 'StartingTriggerId,ServerlessJobType,ResumeTime,LastModificationTime', source: 'CLI-17' },
    { since: 'automation-suite', fields: 'AutopilotForRobots', source: 'CLI-18' },
    {
      since: 'automation-suite',
      fields: 'ParentJobKey,JobError,ErrorCode,FpsProperties,FpsContext,TraceId,ParentSpanId',
      source: 'ORCH OrchEntities.cs:1543-1556 (v19)',
    },
    { since: 'cloud', fields: 'SubState,InputFile,EnvironmentVariables,OutputFile,RootSpanId', source: 'CLI-20' },
  ],
  Folder: [
    {
      since: '19.10',
      fields: 'Id,DisplayName,FullyQualifiedName,Description,ProvisionType,PermissionModel,ParentId',
      source: 'SW1910:18126',
    },
    { since: '20.4', fields: 'IsPersonal', source: 'SW2004:17191' },
    { since: '20.10', fields: 'Key,ParentKey,FeedType', source: 'SW2010:19798' },
    { since: '23.10', fields: 'FolderType', source: 'CLI-17' },
  ],
  Webhook: [
    { since: '19.10', fields: 'Id,Url,Enabled,Secret,SubscribeToAllEvents,AllowInsecureSsl,Events', source: 'SW1910:30474' },
    { since: '23.4', fields: 'Key,Name,Description', source: 'CLI-16' },
  ],
  // LogDto, what `GET /odata/RobotLogs` answers (§2.5).
  Log: [
    {
      since: '19.10',
      fields: 'Level,WindowsIdentity,ProcessName,TimeStamp,Message,JobKey,RawMessage,RobotName,MachineId,Id',
      source: 'SW1910:28807',
    },
    { since: '20.10', fields: 'HostMachineName', source: 'SW2010:27234' },
    { since: '22.4', fields: 'RuntimeType', source: 'CLI-15' },
    { since: '23.10', fields: 'MachineKey', source: 'CLI-17' },
  ],
  // StartProcessDto: what `startInfo` of StartJobs may name.
  StartInfo: [
    { since: '19.10', fields: 'ReleaseKey,Strategy,RobotIds,NoOfRobots,JobsCount,Source,InputArguments', source: 'SW1910:24980' },
    { since: '20.4', fields: 'JobPriority,RuntimeType', source: 'SW2004:24831' },
    { since: '20.10', fields: 'MachineSessionIds,Reference', source: 'SW2010:23715' },
    {
      since: '22.4',
      fields:
        'SpecificPriorityValue,MachineRobots,TargetFramework,ResumeOnSameContext,BatchExecutionKey,RequiresUserInteraction,StopProcessExpression,StopStrategy,KillProcessExpression,RemoteControlAccess,AlertPendingExpression,AlertRunningExpression,RunAsMe',
      source: 'CLI-15',
    },
    { since: 'automation-suite', fields: 'ParentOperationId,AutopilotForRobots,ProfilingOptions', source: 'CLI-18' },
    {
      since: 'cloud',
      fields:
        'ReleaseName,InputFile,EnvironmentVariables,Attachments,FpsContext,FpsProperties,TraceId,ParentSpanId,RootSpanId,EntryPointPath,VideoRecordingSettings,MachineInfraTarget',
      source: 'CLI-20 / OY:39406',
    },
  ],
};

export const rankOf = (v: OrchestratorVersion): number => PROFILE_ORDER.indexOf(v);

/** Every field `entity` has on `version`. */
export function fieldsOf(version: OrchestratorVersion, entity: Entity): ReadonlySet<string> {
  const rank = rankOf(version);
  const out = new Set<string>();
  for (const g of FIELD_GROUPS[entity]) {
    if (rankOf(g.since) <= rank && (g.until === undefined || rank <= rankOf(g.until))) g.fields.split(',').forEach((f) => out.add(f));
  }
  return out;
}
