export { createRunService, type LocalRunPort, type RemoteGate, type RunService, type RunServiceDeps } from './run-service';
export { convertInputArguments, fromRobotArgument } from './input-conversion';
export { createRunHistory, HISTORY_LIMIT, type RunHistory } from './run-history';
export { createJobPoller, pollInterval, type FollowedJob, type JobPoller } from './job-poller';
export { applyJob, runStateOf } from './job-to-run';
export { startJobOnce } from './remote-start';
export { resumeJob } from './remote-job-api';
export { runsHandlers } from './handlers';
