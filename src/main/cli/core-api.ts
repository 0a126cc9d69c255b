import { createApiFacade, type BatonApi, type MethodName, type ParamsOf } from '../../shared/api';
import { createDispatcher } from '../../shared/dispatch';
import type { Core } from '../compose';

/**
 * The contract as a command calls it: the same typed facade the window uses, through the
 * validating dispatcher every host uses, so a command never casts an answer.
 */
export function coreApi(core: Core): BatonApi {
  const dispatch = createDispatcher(core.handlers);
  return createApiFacade((method, params) => dispatch(method, params), core.events.on);
}

/**
 * Params a command builds from the command line's text: typed as the method's params because the
 * dispatcher checks them against the contract before anything runs (a VALIDATION error names the
 * fields), so they are never trusted before that.
 */
export function commandLineParams<M extends MethodName>(_method: M, params: unknown): ParamsOf<M> {
  return params as ParamsOf<M>;
}
