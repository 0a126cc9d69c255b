export { RunsView } from './runs-view';
export { RunsPanel } from './runs-panel';
export { useRuns, type RunsState } from './use-runs';
export { elapsedMs, formatElapsed, formatValue, isActiveRun, mergeRun, stateLabel, targetLabel } from './run-format';
