export {
  createRobotClient,
  robotTokenKey,
  type RobotClient,
  type RobotClientOptions,
  type RobotConnectionState,
  type RobotStatus,
} from './robot-client';
export { START_BRIDGE_HINT, toBatonError as robotErrorToBatonError } from './robot-errors';
export { createBackoff, type BackoffOptions } from './backoff';
export type { WebSocketImpl } from './robot-connection';
