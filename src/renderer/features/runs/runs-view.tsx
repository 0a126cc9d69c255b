import { useHashParam } from '../../app/hash-param';
import { RunsPanel } from './runs-panel';
import { useRuns } from './use-runs';

/** The Runs area: the whole history (the area's heading already says "Runs"); `#/runs?run=ID` brings one run forward. */
export function RunsView() {
  const state = useRuns(200);
  const focusRunId = useHashParam('run');
  return <RunsPanel state={state} showHeading={false} focusRunId={focusRunId} />;
}
