import type { BatonHandlers, HandlersFor } from '../../shared/api';
import type { PolicyGuard } from './apply-policy';
import type { LoadedPolicy } from './load-policy';

/** The policy.* part of the contract. */
export function policyHandlers(policy: LoadedPolicy): HandlersFor<'policy'> {
  return { 'policy.status': async () => policy.status };
}

/**
 * The admin policy over the handlers it limits, as applyPolicy is over the profiles: a local run
 * where the machine's policy turns local runs off is refused before the run service hears of it.
 */
export function guardHandlers<H extends Pick<BatonHandlers, 'runs.start'>>(handlers: H, guard: PolicyGuard): H {
  return {
    ...handlers,
    'runs.start': async (params) => {
      if (params.target === 'local') guard.assertLocalRunsAllowed();
      return handlers['runs.start'](params);
    },
  };
}
