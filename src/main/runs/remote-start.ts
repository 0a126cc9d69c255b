import { BatonError } from '../../shared/errors';
import type { Clock, Logger } from '../platform';
import {
  findJobByReference,
  isOrchestratorCallError,
  isStrategyRefused,
  retryDelay,
  DEFAULT_RETRY_POLICY,
  startJob,
  type JobDto,
  type OrchestratorClient,
  type StartJobRequest,
} from '../orchestrator';

const MAX_ATTEMPTS = 3;

export type StartStrategy = StartJobRequest['strategy'];

/**
 * StartJobs so that one click makes at most one job: an ambiguous failure (timeout, reset, 5xx:
 * the server may have created the job) is followed by a lookup of the job by its Reference, and
 * the start is sent again only when Orchestrator knows no job with that Reference. When the
 * lookup itself fails, Baton stops and says so rather than risk a second job.
 */
export async function startJobOnce(deps: {
  client: OrchestratorClient;
  clock: Clock;
  logger?: Logger;
  request: Omit<StartJobRequest, 'strategy'>;
  strategy: StartStrategy;
  /** Remembers that this server wants the older strategy. */
  onStrategy(strategy: StartStrategy): void;
  random?: () => number;
}): Promise<JobDto> {
  const { client, clock, request } = deps;
  const sleep = (ms: number) => new Promise<void>((resolve) => void clock.setTimeout(resolve, ms));
  let strategy = deps.strategy;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await startJob(client, { ...request, strategy });
    } catch (error) {
      if (strategy === 'ModernJobsCount' && isStrategyRefused(error)) {
        // 19.10 knows only All/Specific/RobotCount/JobsCount: the refusal created nothing.
        strategy = 'JobsCount';
        deps.onStrategy(strategy);
        attempt -= 1;
        continue;
      }
      if (!isOrchestratorCallError(error) || attempt + 1 >= MAX_ATTEMPTS) throw error;
      if (error.code === 'RATE_LIMITED') {
        // A 429 is refused before any work: waiting and sending again is safe.
        const retryAfterMs = (error.details as { retryAfterMs?: number } | undefined)?.retryAfterMs;
        await sleep(retryDelay(DEFAULT_RETRY_POLICY, attempt, deps.random ?? Math.random, retryAfterMs));
        continue;
      }
      if (!error.isAmbiguous) throw error;
      await sleep(retryDelay(DEFAULT_RETRY_POLICY, attempt, deps.random ?? Math.random));
      let found: JobDto | undefined;
      try {
        found = await findJobByReference(client, request.folderId, request.reference);
      } catch (lookupError) {
        deps.logger?.warn('Could not look up an ambiguous start', { reference: request.reference });
        throw new BatonError(
          'NETWORK_UNREACHABLE',
          'The start request failed, and Baton cannot tell whether Orchestrator started the job.',
          {
            hint: `Look in Orchestrator’s Jobs for the reference ${request.reference} before you start the process again.`,
            details: { reference: request.reference },
            cause: lookupError,
          },
        );
      }
      if (found) return found;
      deps.logger?.info('An ambiguous start created no job; starting again', { reference: request.reference });
    }
  }
}
