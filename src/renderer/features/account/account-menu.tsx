import { useEffect, useId, useRef, useState } from 'react';
import type { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import { hrefOf } from '../../app/areas';
import { useT } from '../../app/i18n';
import { describeAccount, describeProfile, secretStorageDescription, secretStorageLine, secretStorageNotice } from './account-summary';
import { ProblemMessage, SecretStorageNotice } from './problem-message';
import { useSession } from './session-provider';
import './account.css';

/** The header's account status and its menu: who is signed in, the connections, sign out. */
export function AccountMenu() {
  const t = useT();
  const session = useSession();
  const { status, profiles } = session;
  const [isOpen, setOpen] = useState(false);
  const [actionError, setActionError] = useState<BatonError | undefined>();
  const [busyAction, setBusyAction] = useState<string | undefined>();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const connectionsId = useId();

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    // On the document, not the menu: after "Sign out" its button is gone and focus is on the body.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      trigger.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  /** Runs one menu action with its progress and failure visible in the menu. */
  const act = (label: string, run: () => Promise<void> | void, options: { closes?: boolean } = {}) => {
    setActionError(undefined);
    setBusyAction(label);
    Promise.resolve()
      .then(run)
      .then(
        () => {
          setBusyAction(undefined);
          if (options.closes) close();
        },
        (error: unknown) => {
          setBusyAction(undefined);
          setActionError(toBatonError(error));
        },
      );
  };

  const showSignIn = () => {
    window.location.hash = hrefOf('processes');
  };
  const active = profiles?.profiles.find((profile) => profile.id === status?.profileId);
  const signInAgain = () => {
    if (!active) return;
    showSignIn();
    if (active.authMethod === 'interactive') void session.signIn(active.id, {});
    else session.openForm({ mode: 'edit', profileId: active.id });
  };

  const state = status?.state ?? 'unknown';
  const notice = secretStorageNotice(status, t);
  const storageLine = secretStorageLine(status, t);
  return (
    <div className="account-menu" ref={root}>
      <p className={`session-badge session-${state}`} role="status" aria-label={t.t('account.badge')}>
        <span className="session-dot" aria-hidden="true" />
        {session.loadError ? t.t('account.unavailable') : describeAccount(status, t)}
      </p>
      <button
        ref={trigger}
        type="button"
        className="account-trigger"
        aria-label={t.t('account.menu')}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span aria-hidden="true">▾</span>
      </button>
      {isOpen ? (
        <section id={panelId} className="account-panel" aria-label={t.t('account.menu')}>
          {status?.state === 'signed-in' && status.user ? (
            <div className="account-who">
              <p className="account-name">{status.user.name}</p>
              {status.user.email ? <p className="account-detail">{status.user.email}</p> : null}
              <p className="account-detail">
                {status.tenant
                  ? t.t('account.tenantLine', { tenant: status.tenant, profile: status.profileName ?? '' })
                  : status.profileName}
              </p>
            </div>
          ) : null}
          {status?.state === 'signed-out' && active ? (
            <div className="account-who">
              <p className="account-name">{t.t('account.notSignedInTo', { profile: active.name })}</p>
              {status.problem ? <ProblemMessage problem={status.problem} /> : null}
              <button
                type="button"
                className="primary"
                disabled={busyAction !== undefined}
                onClick={() => act('sign-in', signInAgain, { closes: true })}
              >
                {t.t('account.signInAgain')}
              </button>
            </div>
          ) : null}
          <SecretStorageNotice notice={notice} />
          {storageLine && !notice ? (
            <p className="account-detail" title={secretStorageDescription(status, t)}>
              {storageLine}
            </p>
          ) : null}
          {profiles && profiles.profiles.length > 0 ? (
            <>
              <h2 className="account-heading" id={connectionsId}>
                {t.t('account.connections')}
              </h2>
              <ul className="account-profiles" aria-labelledby={connectionsId}>
                {profiles.profiles.map((profile) => {
                  const isActive = profile.id === profiles.activeProfileId;
                  const stateId = `${panelId}-${profile.id}`;
                  return (
                    <li key={profile.id}>
                      <button
                        type="button"
                        className="account-profile"
                        aria-current={isActive ? 'true' : undefined}
                        aria-describedby={stateId}
                        disabled={busyAction !== undefined}
                        onClick={() => (isActive ? close() : act('switch', () => session.switchTo(profile.id), { closes: true }))}
                      >
                        <span className="account-profile-check" aria-hidden="true">
                          {isActive ? '✓' : ''}
                        </span>
                        {profile.name}
                      </button>
                      <span className="account-detail" id={stateId}>
                        {isActive ? t.t('account.activePrefix', { state: describeProfile(profile, t) }) : describeProfile(profile, t)}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {actionError ? <ProblemMessage problem={actionError} /> : null}
          <div className="account-actions">
            <button
              type="button"
              onClick={() => {
                session.openForm({ mode: 'new' });
                showSignIn();
                close();
              }}
            >
              {t.t('account.addConnection')}
            </button>
            {status?.state === 'signed-in' ? (
              <button type="button" disabled={busyAction !== undefined} onClick={() => act('sign-out', session.signOut)}>
                {busyAction === 'sign-out' ? t.t('account.signingOut') : t.t('account.signOut')}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
