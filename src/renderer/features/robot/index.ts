export { RobotView } from './robot-view';
export { RobotIndicator } from './robot-indicator';
export { PairingDialog } from './pairing-dialog';
export {
  useRobotStatus,
  describeRobotState,
  localAvailabilityFor,
  type LocalAvailability,
  type RobotStatusState,
} from './use-robot-status';
export { explainPairingError } from './pairing-errors';
