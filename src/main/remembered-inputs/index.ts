export { createRememberedInputs, MAX_REMEMBERED_PROCESSES, REMEMBERED_INPUTS_KEY, type RememberedInputsService } from './remembered-inputs';
export { rememberedInputsHandlers } from './handlers';
