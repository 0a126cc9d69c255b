export { RobotView } from './robot-view';
