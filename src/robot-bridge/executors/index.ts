export type { Executor, ExecutorStartRequest, JobOutcome, JobReporter, RunningJob } from './types';
export { createSimulatedExecutor, loadSimulatedCatalog, simulatedCatalogSchema, type SimulatedCatalog } from './simulated';
export { createCommandExecutor, processManifestSchema, scanProcessFolder, type ProcessManifest } from './command';
export {
  buildUiRobotExecuteArgs,
  buildUiRobotInstallArgs,
  createUiRobotExecutor,
  listFeedPackages,
  parseUiRobotOutput,
  DEFAULT_UIROBOT_PATH,
} from './uirobot';
export { createRobotJsExecutor, toArgumentType, ROBOTJS_STATES, type RobotJsExecutorOptions } from './robotjs';
export { ROBOTJS_DISCOVERY_PORT } from './robotjs-session';
