export { startSandboxRobot, PAIRING_CODE_PATH, type SandboxRobot } from './sandbox-robot';
export { createLocalCatalog, localProcessKey, LOCAL_PROCESS_NAMES } from './local-catalog';
