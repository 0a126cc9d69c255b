import type { ProfileView, SessionStatus } from '../../../shared/model';
import type { ConnectFormRequest } from '../account';

export type GateView =
  | { kind: 'loading' }
  | { kind: 'connect'; profile?: ProfileView }
  | { kind: 'waiting' }
  | { kind: 'sign-in-again'; profile: ProfileView }
  | { kind: 'signed-in' };

/**
 * What the sign-in area shows, from the core's status and the form the person opened. Signing
 * in wins over everything (the person must be able to cancel it); without any profile there
 * is only the first-run form.
 */
export function gateViewOf(input: { status?: SessionStatus; profiles?: readonly ProfileView[]; form?: ConnectFormRequest }): GateView {
  const { status, profiles, form } = input;
  if (!status || !profiles) return { kind: 'loading' };
  if (status.state === 'signing-in') return { kind: 'waiting' };
  if (profiles.length === 0 || form?.mode === 'new') return { kind: 'connect' };
  const active = profiles.find((profile) => profile.id === status.profileId);
  if (form?.mode === 'edit') {
    const edited = profiles.find((profile) => profile.id === form.profileId);
    if (edited) return { kind: 'connect', profile: edited };
  }
  if (status.state === 'signed-in') return { kind: 'signed-in' };
  if (!active) return { kind: 'connect' };
  return { kind: 'sign-in-again', profile: active };
}
