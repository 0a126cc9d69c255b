import { useT } from '../../app/i18n';
import { describeRobotState, robotHint, useRobotStatus } from './use-robot-status';

/** The shell header's robot light: a link to the Robot area, with the fix in its tooltip. */
export function RobotIndicator() {
  const t = useT();
  const { status } = useRobotStatus();
  const text = describeRobotState(status, t);
  const isOk = status?.state === 'ready' || status?.state === 'busy';
  const tone = isOk ? 'session-signed-in' : status?.state === 'pairing-required' ? 'session-signing-in' : '';
  return (
    <p className={`session-badge robot-indicator ${tone}`} role="status" aria-label={t.t('robot.indicator')}>
      <span className="session-dot" aria-hidden="true" />
      <a href="#/robot" title={robotHint(status, t) ?? status?.url}>
        {text}
      </a>
    </p>
  );
}
