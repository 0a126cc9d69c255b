import type { HandlersFor } from '../../shared/api';
import type { RunService } from './run-service';

/** The runs.* part of the contract (the admin policy wraps runs.start: src/main/policy). */
export function runsHandlers(runs: RunService): HandlersFor<'runs'> {
  return {
    'runs.start': (params) => runs.start(params),
    'runs.stop': ({ runId, mode }) => runs.stop(runId, mode),
    'runs.list': (params) => runs.list(params),
    'runs.get': ({ runId, isFresh }) => runs.get(runId, { isFresh }),
    'runs.pause': ({ runId }) => runs.pauseRun(runId),
    'runs.resume': ({ runId }) => runs.resumeRun(runId),
    'runs.logs': ({ runId }) => runs.logs(runId),
  };
}
