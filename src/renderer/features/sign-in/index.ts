export { SignInGate } from './sign-in-gate';
export { gateViewOf, type GateView } from './gate-view';
export {
  AUTH_METHOD_LABELS,
  EMPTY_FORM,
  formFromProfile,
  parseScopes,
  suggestedProfileName,
  toConnectRequest,
  type ConnectFormValues,
  type ConnectRequest,
  type FormProblem,
} from './connect-form-model';
