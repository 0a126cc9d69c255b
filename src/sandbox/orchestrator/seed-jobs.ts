import { randomUUID } from 'node:crypto';
import { sandboxClients } from '../seed';
import type { OrchestratorState } from './state';
import type { JobRecord, JobState } from './types';

/**
 * Jobs Baton did not start, as a tenant has them when a person opens the Jobs view: started by
 * another account from Orchestrator's page or API, by a schedule, by a queue trigger, by a robot
 * (the Assistant), in folders with different permissions (alice may stop in all of them; bob sees
 * the Finance ones but holds no Jobs.Edit there). Running ones stay running until stopped.
 */
interface SeededJob {
  folder: string;
  process: string;
  state: JobState;
  /** Minutes before now the job was created. */
  createdMinutesAgo: number;
  sourceType: 'Manual' | 'Schedule' | 'Agent' | 'Queue';
  /** `Source`: the starting account's or trigger's name (servers that only say the type give `Manual`). */
  source: string;
  startedBy: 'app' | 'dave' | 'alice' | 'robot';
  machine?: string;
  startingScheduleId?: number;
  info?: string;
}

export const SEEDED_JOBS: readonly SeededJob[] = [
  {
    folder: 'Finance/Invoices',
    process: 'Invoice Intake',
    state: 'Running',
    createdMinutesAgo: 12,
    sourceType: 'Manual',
    source: 'Baton Robot Runner',
    startedBy: 'app',
    machine: 'FIN-VM-02',
  },
  {
    folder: 'Finance/Close',
    process: 'Accruals Journal Entry',
    state: 'Successful',
    createdMinutesAgo: 95,
    sourceType: 'Schedule',
    source: 'Nightly accruals',
    startedBy: 'robot',
    machine: 'FIN-VM-01',
    startingScheduleId: 501,
    info: 'Job completed',
  },
  {
    folder: 'Finance/Close',
    process: 'Month-End Close Checklist',
    state: 'Pending',
    createdMinutesAgo: 2,
    sourceType: 'Schedule',
    source: 'Month-end close',
    startedBy: 'robot',
    startingScheduleId: 502,
  },
  {
    folder: 'IT Ops',
    process: 'Disk Space Cleanup',
    state: 'Faulted',
    createdMinutesAgo: 40,
    sourceType: 'Queue',
    source: 'Cleanup requests',
    startedBy: 'robot',
    machine: 'OPS-VM-01',
    info: 'Drive E: is not reachable.',
  },
  {
    folder: 'Shared',
    process: 'Daily Health Check',
    state: 'Successful',
    createdMinutesAgo: 180,
    sourceType: 'Agent',
    source: 'Agent',
    startedBy: 'robot',
    machine: 'ALICE-LAPTOP',
    info: 'Job completed',
  },
  {
    folder: 'Sales',
    process: 'CRM Opportunity Sync',
    state: 'Running',
    createdMinutesAgo: 6,
    sourceType: 'Manual',
    source: 'Dave Okafor',
    startedBy: 'dave',
    machine: 'SALES-VM-01',
  },
  {
    folder: 'HR/Onboarding',
    process: 'New Hire Onboarding',
    state: 'Stopped',
    createdMinutesAgo: 300,
    sourceType: 'Manual',
    source: 'Alice Martin',
    startedBy: 'alice',
    machine: 'HR-VM-01',
    info: 'Job stopped by user request.',
  },
];

const MINUTE = 60_000;
const FINAL: ReadonlySet<JobState> = new Set(['Successful', 'Faulted', 'Stopped']);

/** Adds SEEDED_JOBS to the tenant, timed relative to `now`; returns them. */
export function seedJobs(state: OrchestratorState, now: number): JobRecord[] {
  const userIdOf = (who: SeededJob['startedBy']): number => {
    if (who === 'app') return sandboxClients().confidential.orchestratorUserId;
    const principal = state.seed.principals.find((p) => p.userName === who);
    // A robot's own account: schedules and triggers run as the folder's robot.
    return principal?.userId ?? 0;
  };
  const out: JobRecord[] = [];
  for (const seeded of SEEDED_JOBS) {
    const folder = [...state.folders.values()].find((f) => f.fullyQualifiedName === seeded.folder);
    const release = folder && [...state.releases.values()].find((r) => r.folderId === folder.id && r.name === seeded.process);
    // A scaled seed may lack the curated folders: then there is nothing to seed there.
    if (!folder || !release) continue;
    const created = now - seeded.createdMinutesAgo * MINUTE;
    const hasStarted = seeded.state !== 'Pending';
    const isFinal = FINAL.has(seeded.state);
    const job: JobRecord = {
      id: state.nextJobId++,
      key: randomUUID(),
      releaseId: release.id,
      folderId: folder.id,
      state: seeded.state,
      creationTime: created,
      startTime: hasStarted ? created + 20_000 : null,
      endTime: isFinal ? created + 4 * MINUTE : null,
      lastModificationTime: isFinal ? created + 4 * MINUTE : created,
      info: seeded.info ?? null,
      inputArguments: null,
      outputArguments: seeded.state === 'Successful' ? '{}' : null,
      reference: null,
      source: seeded.source,
      sourceType: seeded.sourceType,
      batchExecutionKey: randomUUID(),
      type: seeded.sourceType === 'Agent' ? 'Attended' : 'Unattended',
      runtimeType: seeded.sourceType === 'Agent' ? 'Attended' : 'Unattended',
      requiresUserInteraction: false,
      stopStrategy: seeded.state === 'Stopped' ? 'SoftStop' : null,
      jobPriority: release.jobPriority,
      startedByUserId: userIdOf(seeded.startedBy),
      hostMachineName: hasStarted ? (seeded.machine ?? 'SANDBOX-VM01') : null,
      jobError: null,
      startingScheduleId: seeded.startingScheduleId ?? null,
    };
    state.jobs.set(job.id, job);
    out.push(job);
  }
  return out;
}
