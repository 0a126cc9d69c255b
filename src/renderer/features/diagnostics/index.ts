export { DiagnosticsView } from './diagnostics-view';
export { DiagnosticsChecks } from './diagnostics-checks';
