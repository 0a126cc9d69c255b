import { RunsPanel } from './runs-panel';
import { useRuns } from './use-runs';

/** The Runs area: the whole history (the area's heading already says "Runs"). */
export function RunsView() {
  const state = useRuns(200);
  return <RunsPanel state={state} showHeading={false} />;
}
