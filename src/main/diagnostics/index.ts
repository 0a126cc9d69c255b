export { createDiagnosticsService, CHECKS, type DiagnosticsService, type DiagnosticsServiceDeps } from './run-checks';
export { nodeProbes, type Probes, type TcpResult, type TlsResult } from './probes';
export { trustCaInstructions } from './checks-network';
export type { DiagnosticsAuth, DiagnosticsRobot } from './types';
export { CHECK_FOR_ERROR_CODE, checkForErrorCode, formatDiagnosticsReport } from '../../shared/contract/diagnostics';
export { diagnosticsHandlers } from './handlers';
