import { JSONRPCErrorException } from 'json-rpc-2.0';
import { ROBOT_ERROR_CODES, type RobotErrorData, type RobotErrorReason } from '../shared/robot-protocol';

/** A protocol error: travels to the client as a JSON-RPC error object with `data.reason`. */
export class RobotBridgeError extends JSONRPCErrorException {
  readonly reason: RobotErrorReason;

  constructor(reason: RobotErrorReason, message: string, extra: Omit<RobotErrorData, 'reason'> = {}) {
    super(message, ROBOT_ERROR_CODES[reason], { reason, ...extra });
    // json-rpc-2.0's base class resets the prototype to its own, which would break instanceof here.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'RobotBridgeError';
    this.reason = reason;
  }
}

export function isRobotBridgeError(value: unknown): value is RobotBridgeError {
  return value instanceof RobotBridgeError;
}
