import type { HandlersFor } from '../../shared/api';
import type { RobotService } from './robot-service-types';

/** The robot.* part of the contract. */
export function robotHandlers(robot: RobotService): HandlersFor<'robot'> {
  return {
    'robot.status': () => robot.settledStatus(),
    'robot.connect': (params) => robot.connect(params),
    'robot.pair': (params) => robot.pair(params.code),
    'robot.unpair': () => robot.unpair(),
    'robot.processes': () => robot.listProcesses(),
    'robot.install': (params) => robot.install(params.key),
  };
}
