import { z } from 'zod';
import type { JobDto } from '../orchestrator';

/*
 * A webhook delivery's body (reference orchestrator-versions.md §3.6): `Type, EventId, Timestamp`
 * in every version; `job.created` and `job.stopped` carry a `Jobs` array, every other job event a
 * single `Job`. Event jobs carry `OutputArguments` as an object, unlike REST's JSON string.
 */
const eventJobSchema = z
  .object({
    Id: z.number().int(),
    Key: z.string().nullish(),
    State: z.string(),
    Info: z.string().nullish(),
    StartTime: z.string().nullish(),
    EndTime: z.string().nullish(),
    CreationTime: z.string().nullish(),
    OutputArguments: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
  })
  .loose();

const deliverySchema = z
  .object({
    Type: z.string().min(1).max(100),
    EventId: z.string().min(1).max(200),
    Timestamp: z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'Timestamp is not a date'),
    Job: eventJobSchema.optional(),
    Jobs: z.array(eventJobSchema).max(1000).optional(),
  })
  .loose();

export interface Delivery {
  type: string;
  eventId: string;
  /** The event's moment, milliseconds since the epoch. */
  at: number;
  jobs: JobDto[];
}

/** The delivery in Baton's terms, or undefined when the body is not one. */
export function parseDelivery(rawBody: Buffer): Delivery | undefined {
  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = deliverySchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { Type, EventId, Timestamp, Job, Jobs } = parsed.data;
  const jobs = [...(Job ? [Job] : []), ...(Jobs ?? [])].map((job): JobDto => {
    const dto: JobDto = { ...job, Id: job.Id, State: job.State };
    // Absent (older versions) stays absent: the poller then reads the job once for its outputs.
    if (!('OutputArguments' in job)) delete dto.OutputArguments;
    return dto;
  });
  return { type: Type, eventId: EventId, at: Date.parse(Timestamp), jobs };
}
