import type { AuthMethod } from '../../../shared/model';
import { createClientCredentialsMethod } from './client-credentials';
import { createInteractiveMethod } from './interactive';
import { createLegacyMethod } from './legacy';
import { createPatMethod } from './pat';
import type { MethodDeps, SignInMethod } from './types';

export {
  REFRESH_MARGIN_MS,
  type MethodProfile,
  type RenewReason,
  type Renewal,
  type SignedIn,
  type SignInMethod,
  type SignInRequest,
} from './types';

/** Every sign-in method by name: the auth service and the token keeper look a profile's method up here. */
export function createSignInMethods(deps: MethodDeps): Record<AuthMethod, SignInMethod> {
  return {
    interactive: createInteractiveMethod(deps),
    'client-credentials': createClientCredentialsMethod(deps),
    pat: createPatMethod(deps),
    legacy: createLegacyMethod(deps),
  };
}
