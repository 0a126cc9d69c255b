import { useEffect, useState } from 'react';
import type { SessionStatus } from '../../../shared/model';
import { useBatonApi } from '../../app/baton-context';
import { useCall } from '../../components/use-call';

/** Who is signed in, kept current by the core's `session.changed` event. */
export function SessionBadge() {
  const api = useBatonApi();
  const initial = useCall(() => api.session.status());
  const [pushed, setPushed] = useState<SessionStatus | undefined>();

  useEffect(() => api.on('session.changed', setPushed), [api]);

  const status = pushed ?? (initial.status === 'done' ? initial.data : undefined);
  let text: string;
  if (status) text = describe(status);
  else if (initial.status === 'failed') text = 'Account status unavailable';
  else text = 'Checking account…';

  return (
    <p className={`session-badge session-${status?.state ?? 'unknown'}`} role="status" aria-label="Account">
      <span className="session-dot" aria-hidden="true" />
      {text}
    </p>
  );
}

function describe(status: SessionStatus): string {
  if (status.state === 'signed-in') {
    const who = status.user?.name ?? 'Signed in';
    return status.profileName ? `${who} · ${status.profileName}` : who;
  }
  if (status.state === 'signing-in') return 'Signing in…';
  return 'Not signed in';
}
