import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import { said, verbatim, type TextParts } from '../../shared/message-parts';
import type { Clock, Logger } from '../platform';
import {
  isOrchestratorCallError,
  isStartBodyRefused,
  productsKey,
  retryDelay,
  DEFAULT_RETRY_POLICY,
  startJob,
  type ApiDialect,
  type JobDto,
  type OrchestratorClient,
  type StartBody,
  type StartJobRequest,
} from '../orchestrator';

const MAX_ATTEMPTS = 3;
/** Pause between Reference lookups while a start that timed out may still land. */
const LOOKUP_EVERY_MS = 2_000;

/** The strategy last seen to work on a server: `JobsCount` means the minimal body (19.10). */
export type StartStrategy = 'ModernJobsCount' | 'JobsCount';

/**
 * StartJobs so that one click makes at most one job.
 *
 * - A body the server refused (400 "… must not be null" or an unknown Strategy) created nothing:
 *   it is sent once more with the minimal body every version knows.
 * - A 429 or a refused connection never reached the job store: sent again after a pause.
 * - Any other failure that may have created the job (timeout, reset, 5xx) is never sent again.
 *   Where the version has `Reference`, Baton looks the job up for at least as long as a request may
 *   still be in flight (the request timeout), and reports the job if it appears; otherwise (and on
 *   19.10/20.4, which have no Reference) it says it cannot tell, and names where to look.
 */
export async function startJobOnce(deps: {
  client: OrchestratorClient;
  clock: Clock;
  logger?: Logger;
  request: StartJobRequest;
  strategy: StartStrategy;
  /** Remembers that this server wants the minimal body. */
  onStrategy(strategy: StartStrategy): void;
  random?: () => number;
}): Promise<JobDto> {
  const { client, clock, request } = deps;
  const random = deps.random ?? Math.random;
  const sleep = (ms: number) => new Promise<void>((resolve) => void clock.setTimeout(resolve, ms));
  const dialect = await client.dialect();
  let body: StartBody = deps.strategy === 'JobsCount' ? 'minimal' : 'full';
  let hasRetriedBody = false;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await startJob(client, request, body);
    } catch (error) {
      if (body === 'full' && !hasRetriedBody && isStartBodyRefused(error)) {
        // The server bound nothing, so nothing was created: once more with what every version knows.
        hasRetriedBody = true;
        body = 'minimal';
        deps.onStrategy('JobsCount');
        deps.logger?.info('StartJobs refused the body; sending the minimal one', { apiVersion: dialect.apiVersion ?? 'not reported' });
        attempt -= 1;
        continue;
      }
      if (!isOrchestratorCallError(error)) throw error;
      const isSafeToResend = error.code === 'RATE_LIMITED' || error.isRefusedConnection;
      if (isSafeToResend && attempt + 1 < MAX_ATTEMPTS) {
        const retryAfterMs = (error.details as { retryAfterMs?: number } | undefined)?.retryAfterMs;
        await sleep(retryDelay(DEFAULT_RETRY_POLICY, attempt, random, error.code === 'RATE_LIMITED' ? retryAfterMs : undefined));
        continue;
      }
      if (!error.isAmbiguous && !isUnreadableAnswer(error)) throw error;
      if (!dialect.hasReference || body === 'minimal') throw cannotTell(error, dialect);
      const found = await lookUpOverWindow(deps, error);
      if (found) return found;
      throw notFoundAfterWindow(error, request.reference);
    }
  }
}

/** Looks for the job by its Reference until a start still in flight would have timed out. */
async function lookUpOverWindow(
  deps: { client: OrchestratorClient; clock: Clock; logger?: Logger; request: StartJobRequest },
  cause: unknown,
): Promise<JobDto | undefined> {
  const { client, clock, request } = deps;
  const sleep = (ms: number) => new Promise<void>((resolve) => void clock.setTimeout(resolve, ms));
  const until = clock.now() + client.timeoutMs;
  let lookupError: unknown;
  for (;;) {
    try {
      const found = await findStartedJob(client, request);
      if (found) return found;
      lookupError = undefined;
    } catch (error) {
      lookupError = error;
    }
    if (clock.now() >= until) break;
    await sleep(Math.min(LOOKUP_EVERY_MS, Math.max(0, until - clock.now())));
  }
  if (lookupError !== undefined) {
    deps.logger?.warn('Could not look up an ambiguous start', { reference: request.reference });
    throw BatonError.said('NETWORK_UNREACHABLE', said('serviceErrors.startLookupFailed'), {
      hint: said('serviceErrors.startLookupFailedHint', { reference: request.reference }),
      details: { reference: request.reference },
      cause: lookupError ?? cause,
    });
  }
  return undefined;
}

/**
 * A 2xx whose body could not be read (cut off, not JSON, wrong shape): only a parse failure makes
 * an INTERNAL without a status. StartJobs answered, so the job may well exist: look it up.
 */
function isUnreadableAnswer(error: { code: string; status: number | undefined }): boolean {
  return error.code === 'INTERNAL' && error.status === undefined;
}

const startedJobsSchema = z
  .object({
    value: z.array(
      z
        .object({
          Id: z.number(),
          State: z.string(),
          Reference: z.string().nullish(),
          Release: z.object({ Key: z.string().nullish() }).loose().nullish(),
        })
        .loose(),
    ),
  })
  .loose();

/**
 * The job this start made, found by its Reference and checked rather than trusted: a server or
 * proxy that ignores `$filter` lists another job first, and adopting it would show (and stop)
 * someone else's job as this click's. No `$select`, so `Reference` comes back; the expanded
 * Release must be the one started where the server includes it.
 */
async function findStartedJob(client: OrchestratorClient, request: StartJobRequest): Promise<JobDto | undefined> {
  const answer = await client.request(
    {
      path: '/odata/Jobs',
      folderId: request.folderId,
      query: { $filter: `Reference eq '${request.reference.replace(/'/g, "''")}'`, $top: 1, $expand: 'Release' },
      context: { permission: 'Jobs.View' },
    },
    startedJobsSchema,
  );
  return answer.value.find((job) => job.Reference === request.reference && (!job.Release?.Key || job.Release.Key === request.releaseKey));
}

/** The failure's own words (its message ids, or its English as it came), then what Baton makes of it. */
function causeParts(cause: BatonError): TextParts {
  return cause.messageText ?? [verbatim(cause.message)];
}

function cannotTell(cause: BatonError, dialect: ApiDialect): BatonError {
  return BatonError.said('NETWORK_UNREACHABLE', [...causeParts(cause), said('serviceErrors.startCannotTell')], {
    hint: said('serviceErrors.startCannotTellHint', { products: productsKey(dialect) }),
    details: { ...(cause.details as object | undefined) },
    cause,
  });
}

function notFoundAfterWindow(cause: BatonError, reference: string): BatonError {
  return BatonError.said('NETWORK_UNREACHABLE', [...causeParts(cause), said('serviceErrors.startNotFound')], {
    hint: said('serviceErrors.startNotFoundHint', { reference }),
    details: { reference },
    cause,
  });
}
