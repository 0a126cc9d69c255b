import type { HandlersFor } from '../../shared/api';
import type { JobService } from './job-service';

/** The jobs.* part of the contract. */
export function jobsHandlers(jobs: JobService): HandlersFor<'jobs'> {
  return {
    'jobs.list': (params) => jobs.list(params),
    'jobs.stop': (params) => jobs.stop(params),
    'jobs.follow': (params) => jobs.follow(params),
    'jobs.resume': (params) => jobs.resume(params),
  };
}
