import type { JobOutcome, SeedFolder, SeedPrincipal, SeedProcess } from '../seed';

export type { OrchestratorVersion, VersionName, VersionProfile } from './versions';

export type JobState = 'Pending' | 'Running' | 'Stopping' | 'Terminating' | 'Suspended' | 'Resumed' | 'Faulted' | 'Successful' | 'Stopped';
export const FINAL_STATES: ReadonlySet<JobState> = new Set(['Faulted', 'Successful', 'Stopped']);

export interface JobRecord {
  id: number;
  key: string;
  releaseId: number;
  folderId: number;
  state: JobState;
  creationTime: number;
  startTime: number | null;
  endTime: number | null;
  lastModificationTime: number;
  info: string | null;
  inputArguments: string | null;
  outputArguments: string | null;
  reference: string | null;
  source: string;
  sourceType: string;
  batchExecutionKey: string;
  type: 'Unattended' | 'Attended';
  runtimeType: string;
  requiresUserInteraction: boolean;
  stopStrategy: 'SoftStop' | 'Kill' | null;
  jobPriority: 'Low' | 'Normal' | 'High';
  startedByUserId: number;
  hostMachineName: string | null;
  jobError: { code: string; title: string; detail: string; category: string; status: number | null; timestamp: string } | null;
  /** When ResumeJob last brought the job back from Suspended (`ResumeTime`, v17+). */
  resumeTime?: number | null;
  /** The schedule (time trigger) that started it (`StartingScheduleId`), for seeded jobs. */
  startingScheduleId?: number | null;
  /** The queue/API trigger that started it (`StartingTriggerId`, v17+). */
  startingTriggerId?: string | null;
}

/** One robot log line (`LogDto`), as `GET /odata/RobotLogs` lists it. */
export interface LogRecord {
  jobKey: string;
  folderId: number;
  level: 'Trace' | 'Info' | 'Warn' | 'Error';
  timeStamp: number;
  message: string;
  processName: string;
  hostMachineName: string;
  isReportStatus: boolean;
}

export interface WebhookRecord {
  id: number;
  key: string;
  name: string;
  description: string | null;
  url: string;
  enabled: boolean;
  secret: string | null;
  subscribeToAllEvents: boolean;
  allowInsecureSsl: boolean;
  events: string[];
}

/** Who is calling: a seeded user or the confidential app, and what its token allows. */
export interface Caller {
  principal: SeedPrincipal;
  /** Granted OAuth scopes; `all` for legacy `/api/Account/Authenticate` tokens, which carry none. */
  scopes: ReadonlySet<string> | 'all';
}

/** What the token verifier extracts from a valid access token. */
export interface VerifiedToken {
  sub: string;
  subType?: string;
  clientId?: string;
  scopes: string[];
  /** Tenant the token was issued for, when the token says so. */
  tenant?: string;
}

export type VerifyToken = (token: string) => Promise<VerifiedToken>;

export type { SeedFolder, SeedProcess, JobOutcome };
