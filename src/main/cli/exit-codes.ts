import type { BatonErrorCode } from '../../shared/errors';

/** Process exit codes of `baton`: stable, documented in docs/cli.md, for scripts to branch on. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One exit code per BatonError code; `satisfies` makes a new error code fail the typecheck until it is mapped. */
export const EXIT_CODE_BY_ERROR = {
  INTERNAL: EXIT_FAILED,
  VALIDATION: EXIT_USAGE,
  // One code for "cannot get to Orchestrator", signed out or unreachable alike: scripts retry both later.
  AUTH_REQUIRED: 3,
  AUTH_FAILED: 3,
  NETWORK_UNREACHABLE: 3,
  TLS_UNTRUSTED: 3,
  FORBIDDEN: 5,
  NOT_FOUND: 6,
  CONFLICT: 7,
  RATE_LIMITED: 8,
  ROBOT_UNAVAILABLE: 9,
  ROBOT_PAIRING_REQUIRED: 9,
  ROBOT_REJECTED: 9,
} as const satisfies Record<BatonErrorCode, number>;

export function exitCodeFor(code: BatonErrorCode): number {
  return EXIT_CODE_BY_ERROR[code];
}
