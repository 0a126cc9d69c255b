import type { JsonRpcErrorObject } from '../shared/json-rpc';
import { ROBOT_ERROR_CODES, type RobotErrorData, type RobotErrorReason } from '../shared/robot-protocol';

/** A protocol error: travels to the client as a JSON-RPC error object with `data.reason`. */
export class RobotBridgeError extends Error {
  readonly reason: RobotErrorReason;
  readonly code: number;
  readonly data: RobotErrorData;

  constructor(reason: RobotErrorReason, message: string, extra: Omit<RobotErrorData, 'reason'> = {}) {
    super(message);
    this.name = 'RobotBridgeError';
    this.reason = reason;
    this.code = ROBOT_ERROR_CODES[reason];
    this.data = { reason, ...extra };
  }

  toJsonRpc(): JsonRpcErrorObject {
    return { code: this.code, message: this.message, data: this.data };
  }
}

export function isRobotBridgeError(value: unknown): value is RobotBridgeError {
  return value instanceof RobotBridgeError;
}
