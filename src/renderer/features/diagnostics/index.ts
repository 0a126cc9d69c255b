export { DiagnosticsView } from './diagnostics-view';
export { DiagnosticsChecks } from './diagnostics-checks';
export { CheckList } from './check-list';
export { CONNECTION_CHECK_IDS, connectionRows, connectionVerdict } from './connection-checks';
export { useDiagnostics, type CheckRow } from './use-diagnostics';
