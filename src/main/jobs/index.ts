export { createJobService, LIST_BUDGET_PER_MINUTE, type JobService, type JobServiceDeps } from './job-service';
export { startedByOf, orchestratorStatesOf, toJob } from './job-row';
export { jobListFields, jobListFilter } from './job-listing';
export { jobsHandlers } from './handlers';
