import { methods, type MethodName } from '../../src/shared/api';

/** The params a method's schema accepts, parsed; throws (failing the test) when it refuses them. */
export function accepted(method: MethodName, params: unknown): unknown {
  const result = methods[method].params.safeParse(params);
  if (!result.success) throw new Error(`${method} refused ${JSON.stringify(params)}: ${result.error.message}`);
  return result.data;
}

/** Why a method's schema refuses the params; throws (failing the test) when it accepts them. */
export function refusal(method: MethodName, params: unknown): string {
  const result = methods[method].params.safeParse(params);
  if (result.success) throw new Error(`${method} accepted ${JSON.stringify(params)}`);
  return result.error.issues.map((issue) => issue.message).join('; ');
}

/** A string of `n` characters, for length limits. */
export const x = (n: number): string => 'x'.repeat(n);
