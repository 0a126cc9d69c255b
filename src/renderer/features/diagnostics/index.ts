export { DiagnosticsView } from './diagnostics-view';
