import { BatonError } from '../../src/shared/errors';

/**
 * What a call refused with: a promise that should reject, or a function that should throw (or
 * return one). Fails the test when it did not refuse, or refused with something not a BatonError.
 */
export async function refusal(call: Promise<unknown> | (() => unknown)): Promise<BatonError> {
  const error = await (typeof call === 'function' ? Promise.resolve().then(call) : call).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BatonError)) throw new Error(`expected a BatonError, got ${String(error)}`);
  return error;
}

/** What a synchronous call threw: fails the test when it returned, or threw something not a BatonError. */
export function refusedNow(run: () => unknown): BatonError {
  try {
    run();
  } catch (error) {
    if (error instanceof BatonError) return error;
    throw error;
  }
  throw new Error('expected a BatonError');
}
