import type { HandlersFor } from '../../shared/api';
import type { RememberedInputsService } from './remembered-inputs';

/** The inputs.* part of the contract. */
export function rememberedInputsHandlers(inputs: RememberedInputsService): HandlersFor<'inputs'> {
  return {
    'inputs.get': ({ processId }) => inputs.get(processId),
    'inputs.remember': ({ processId, values }) => inputs.remember(processId, values),
    'inputs.forget': ({ processId }) => inputs.forget(processId),
  };
}
