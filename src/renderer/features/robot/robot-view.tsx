import { ComingSoon } from '../../components/coming-soon';

export function RobotView() {
  return (
    <ComingSoon
      items={[
        'The UiPath Robot on this machine, reached through the local robot bridge.',
        'Pair and unpair, see whether the robot is available, list its local processes.',
      ]}
    />
  );
}
