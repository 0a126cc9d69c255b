export {
  startRobotBridge,
  type RobotBridge,
  type RobotBridgeOptions,
  type BridgeLogger,
  PING_INTERVAL_MS,
  IDLE_TIMEOUT_MS,
} from './server';
export { createTokenStore, generateToken, readPreSharedTokenFile, type TokenRecord, type TokenStore } from './token-store';
export { createPairingManager, type PairingCode, type PairingManager } from './pairing';
export { createJobManager, type JobManager } from './job-manager';
export { systemClock, type BridgeClock } from './clock';
export { RobotBridgeError } from './errors';
export {
  buildUiRobotExecuteArgs,
  createCommandExecutor,
  createRobotJsExecutor,
  createSimulatedExecutor,
  createUiRobotExecutor,
  loadSimulatedCatalog,
  type Executor,
  type SimulatedCatalog,
} from './executors';
export { createPairingAnnouncer, type PairingAnnouncer } from './announce';
export { DEMO_CATALOG_FILE } from './demo-catalog';
