import type { ReactNode } from 'react';
import { useT } from '../../app/i18n';
import { ErrorBanner } from '../../components/error-banner';
import { useSession } from '../account';
import { ConnectForm } from './connect-form';
import { gateViewOf } from './gate-view';
import { SignInAgain } from './sign-in-again';
import { WaitingPanel } from './waiting-panel';
import './sign-in.css';

/** Shows its children once signed in; until then the connection form, the wait, or "Sign in again". */
export function SignInGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const t = useT();
  if (session.loadError) return <ErrorBanner error={session.loadError} onRetry={session.reload} />;
  const view = gateViewOf({ status: session.status, profiles: session.profiles?.profiles, form: session.form });
  switch (view.kind) {
    case 'loading':
      return <p role="status">{t.t('signIn.checkingConnection')}</p>;
    case 'connect':
      return <ConnectForm key={view.profile?.id ?? 'new'} profile={view.profile} />;
    case 'waiting':
      return <WaitingPanel />;
    case 'sign-in-again':
      return <SignInAgain profile={view.profile} />;
    case 'signed-in':
      return <>{children}</>;
  }
}
