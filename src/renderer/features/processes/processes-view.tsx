import { ComingSoon } from '../../components/coming-soon';

export function ProcessesView() {
  return (
    <ComingSoon
      items={[
        'Every process you may run, across all your Orchestrator folders, in one list.',
        'Search as you type, favourites first, and the cached list shown at once on start-up.',
        'Run a process remotely as an Orchestrator job, or locally on this machine’s robot.',
      ]}
    />
  );
}
