export {
  createRobotClient,
  robotTokenKey,
  type RobotClient,
  type RobotClientOptions,
  type RobotConnectionState,
  type RobotStatus,
} from './robot-client';
export { toBatonError as robotErrorToBatonError } from './robot-errors';
export { createBackoff, type BackoffOptions } from './backoff';
export type { WebSocketImpl } from './robot-connection';
export {
  createRobotService,
  DEFAULT_ROBOT_URL,
  ROBOT_URL_SETTING,
  type RobotJobs,
  type RobotService,
  type RobotServiceOptions,
} from './robot-service';
export {
  createBridgeLauncher,
  createNodeChildProcessHost,
  defaultBridgeEntry,
  type BridgeLauncher,
  type BridgeLaunchSettings,
  type ManagedBridge,
  type PairingRequest,
} from './bridge-launcher';
export {
  isBridgeLaunchEnabled,
  readBridgeLaunchSettings,
  ROBOT_BRIDGE_AT_LAUNCH_SETTING,
  ROBOT_CATALOG_SETTING,
  ROBOT_EXECUTOR_SETTING,
  ROBOT_PROCESSES_SETTING,
} from './bridge-settings';
export { isLoopbackRobotUrl } from './robot-url';
export { startProcessOffer, toOfferedProcesses } from './process-offer';
export { robotHandlers } from './handlers';
export { createRobotFromEnvironment } from './robot-from-environment';
