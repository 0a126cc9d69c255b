import { z } from 'zod';
import type { MethodSpec } from './method-spec';
import { RUN_STATES, runSchema } from './runs';

/**
 * Orchestrator's job states in Baton's words (reference orchestrator-versions.md §8): Terminating
 * reads as stopping, Resumed as running (it is the moment after Resume).
 */
/** A job's states are a run's (an Orchestrator job is what a remote run follows). */
export const JOB_STATES = RUN_STATES;
export type JobState = (typeof JOB_STATES)[number];

/** How far back the Jobs view looks, by when a job was created. */
export const JOB_PERIODS = ['hour', 'day', 'week', 'month'] as const;
export type JobPeriod = (typeof JOB_PERIODS)[number];

/**
 * Who or what started a job, read from the job's `SourceType`, `Source`, `StartingScheduleId` and
 * (v17+) `StartingTriggerId`: a user (a person on Orchestrator's page, or an app's account), a schedule (time trigger), another
 * trigger (queue, API, event), or a robot (the Assistant or another process's Start Job).
 */
export const startedBySchema = z.object({
  kind: z.enum(['user', 'schedule', 'trigger', 'robot', 'unknown']),
  /** The user's or trigger's name where the server says it (`Source`); absent when it only says "Manual". */
  name: z.string().optional(),
});
export type StartedBy = z.infer<typeof startedBySchema>;

/** One Orchestrator job as the Jobs view lists it, whoever started it. */
export const jobSchema = z.object({
  /** Orchestrator's job `Id` (with `folderId`, what stop and follow take). */
  id: z.number(),
  key: z.string().optional(),
  folderId: z.number(),
  folderPath: z.string(),
  processName: z.string(),
  state: z.enum(JOB_STATES),
  startedBy: startedBySchema,
  /** Started by Baton (its `baton-` reference, or a run in Baton's history). */
  isBaton: z.boolean(),
  /** The run Baton follows for this job, if any (open it under Runs). */
  runId: z.string().optional(),
  /** `HostMachineName`: where the robot ran it (none before a robot picked it up). */
  machine: z.string().optional(),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
  /** Orchestrator's `Info` (the error of a faulted job). */
  info: z.string().optional(),
});
export type Job = z.infer<typeof jobSchema>;

const folderId = z.number().int().positive();
const jobId = z.number().int().positive();

export const listJobsParamsSchema = z
  .object({
    /** Only these states (none: every state). */
    states: z.array(z.enum(JOB_STATES)).max(JOB_STATES.length).optional(),
    /** Only this folder (none: every folder the person may see jobs in). */
    folderId: folderId.optional(),
    period: z.enum(JOB_PERIODS).default('day'),
    limit: z.number().int().min(1).max(200).default(50),
    /** `nextCursor` of the page before. */
    cursor: z
      .string()
      .regex(/^\d{1,7}$/, 'a cursor is the nextCursor of an earlier page')
      .optional(),
  })
  .strict();
export type ListJobsParams = z.input<typeof listJobsParamsSchema>;

export const jobPageSchema = z.object({
  jobs: z.array(jobSchema),
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: z.string().nullable(),
  /** Jobs matching the filters, where the server counts them. */
  total: z.number().optional(),
  /** When Orchestrator answered (ISO 8601). */
  listedAt: z.string(),
});
export type JobPage = z.infer<typeof jobPageSchema>;

export const jobsMethods = {
  'jobs.list': { params: listJobsParamsSchema, result: jobPageSchema },
  /** Needs Jobs.Edit in the job's folder; FORBIDDEN names it when missing. */
  'jobs.stop': {
    params: z.object({ folderId, jobId, mode: z.enum(['soft', 'kill']).default('soft') }).strict(),
    result: jobSchema,
  },
  /** A suspended job sent on (ResumeJob, every version); needs Jobs.Edit in its folder; CONFLICT when it is not suspended. */
  'jobs.resume': { params: z.object({ folderId, jobId }).strict(), result: jobSchema },
  /** Makes the job a run Baton follows live (Runs, notifications); a job Baton already follows keeps its run. */
  'jobs.follow': { params: z.object({ folderId, jobId }).strict(), result: runSchema },
} as const satisfies Record<string, MethodSpec>;
