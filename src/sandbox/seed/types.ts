/** The sandbox tenant's data model, before it is shaped into Orchestrator DTOs. */

/** Orchestrator folder permissions the sandbox checks (Orchestrator's own names). */
export type FolderPermission =
  'Units.View' | 'SubFolders.View' | 'Processes.View' | 'Jobs.View' | 'Jobs.Create' | 'Jobs.Edit' | 'Logs.View';

export interface SeedFolder {
  id: number;
  key: string;
  displayName: string;
  fullyQualifiedName: string;
  description: string;
  parentId: number | null;
  parentKey: string | null;
  /** A user's personal workspace (`IsPersonal`, FolderType `Personal`). */
  isPersonal?: boolean;
}

/** One entry of a release's `Arguments.Input`/`Output` (UiPath encodes the list as a JSON string). */
export interface SeedArgument {
  name: string;
  /** Assembly-qualified .NET type name, as UiPath writes it. */
  type: string;
  required: boolean;
  hasDefault: boolean;
}

export type JobOutcome = { state: 'Successful'; info?: string; output: Record<string, unknown> } | { state: 'Faulted'; info: string };

export interface ProcessBehaviour {
  /** Time a new job waits for a robot. */
  pendingMs: number;
  /** Time a job runs before it ends on its own. */
  runMs: number;
  /** How a run ends, from its input arguments. */
  outcome(input: Record<string, unknown>): JobOutcome;
  /**
   * A long-running workflow that suspends after `afterMs` of running (waiting on a task, a queue
   * item or a timer) until someone calls ResumeJob; `waitsFor` becomes the job's Info meanwhile.
   */
  suspend?: { afterMs: number; waitsFor: string };
  /** The robot's log lines while the job runs, spread over its run time; Report Status lines marked. */
  logLines?: readonly SeedLogLine[];
}

export interface SeedLogLine {
  level: 'Trace' | 'Info' | 'Warn' | 'Error';
  message: string;
  /** Written by the Report Status activity (what the Assistant shows as the job's status). */
  isReportStatus?: boolean;
}

export interface SeedProcess {
  id: number;
  key: string;
  name: string;
  processKey: string;
  processVersion: string;
  description: string;
  folderId: number;
  isAttended: boolean;
  requiresUserInteraction: boolean;
  hiddenForAttendedUser: boolean;
  jobPriority: 'Low' | 'Normal' | 'High';
  inputs: SeedArgument[];
  outputs: SeedArgument[];
  /** Release-level default input values (`ReleaseDto.InputArguments`). */
  defaultInputs: Record<string, unknown>;
  creationTime: string;
  behaviour: ProcessBehaviour;
}

export interface SeedPrincipal {
  kind: 'user' | 'app';
  /** Orchestrator's numeric user id. */
  userId: number;
  /** Identity Server subject (`sub`): the user's GUID, or the app's client id. */
  subject: string;
  userName: string;
  name: string;
  surname: string;
  email: string | null;
  /** Only for users: the password `/api/Account/Authenticate` accepts. */
  password?: string;
  key: string;
}

export interface SeedAssignment {
  userId: number;
  folderId: number;
  permissions: FolderPermission[];
}

export interface SandboxSeed {
  org: string;
  tenant: { id: number; name: string; key: string; displayName: string };
  folders: SeedFolder[];
  processes: SeedProcess[];
  principals: SeedPrincipal[];
  assignments: SeedAssignment[];
}
