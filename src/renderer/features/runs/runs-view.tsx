import { ComingSoon } from '../../components/coming-soon';

export function RunsView() {
  return (
    <ComingSoon
      items={[
        'Remote and local runs side by side, followed live until they end.',
        'Logs, output arguments and the error of a faulted run.',
        'Run history that survives a restart; stop a run that is still going.',
      ]}
    />
  );
}
