import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ParamsOf, ResultOf } from '../../../shared/api';
import type { BatonError } from '../../../shared/errors';
import type { SessionStatus } from '../../../shared/model';
import { toBatonError } from '../../api';
import { useBatonApi, useConnectionState } from '../../app/baton-context';

export type ProfileList = ResultOf<'session.profiles.list'>;
export type SignInSecrets = Omit<ParamsOf<'session.signIn'>, 'profileId' | 'openBrowser'>;

/** Which connection form the person asked for: a new connection, or the fields of a saved one. */
export type ConnectFormRequest = { mode: 'new' } | { mode: 'edit'; profileId: string };

export interface Session {
  status?: SessionStatus;
  profiles?: ProfileList;
  /** The first status or profile list could not be read. */
  loadError?: BatonError;
  reload(): void;
  form?: ConnectFormRequest;
  /** Opens the connection form, or closes it with no argument. */
  openForm(form?: ConnectFormRequest): void;
  /** Why the last sign-in started from this page failed (cleared by the next attempt). */
  signInError?: BatonError;
  /** False over the web host: the page shows the sign-in link instead of opening a browser. */
  opensSystemBrowser: boolean;
  signIn(profileId: string, secrets: SignInSecrets): Promise<void>;
  cancelSignIn(): Promise<void>;
  signOut(): Promise<void>;
  switchTo(profileId: string): Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('SessionProvider is missing above this component.');
  return session;
}

/**
 * The signed-in state shared by the account menu and the sign-in views: the core's status and
 * profiles (kept current by `session.changed`) plus the view state of the sign-in flow, which
 * must outlive the form that started it.
 */
export function SessionProvider({ opensSystemBrowser, children }: { opensSystemBrowser: boolean; children: ReactNode }) {
  const api = useBatonApi();
  const connection = useConnectionState();
  const [status, setStatus] = useState<SessionStatus | undefined>();
  const [profiles, setProfiles] = useState<ProfileList | undefined>();
  const [loadError, setLoadError] = useState<BatonError | undefined>();
  const [form, setForm] = useState<ConnectFormRequest | undefined>();
  const [signInError, setSignInError] = useState<BatonError | undefined>();
  const isCancelled = useRef(false);
  const listRound = useRef(0);

  const refreshProfiles = useCallback(async () => {
    const round = ++listRound.current;
    const list = await api.session.profiles.list();
    // An older answer arriving late must not undo a newer one.
    if (round === listRound.current) setProfiles(list);
  }, [api]);

  const reload = useCallback(() => {
    setLoadError(undefined);
    Promise.all([api.session.status(), refreshProfiles()]).then(
      ([current]) => setStatus(current),
      (error: unknown) => setLoadError(toBatonError(error)),
    );
  }, [api, refreshProfiles]);

  const isOpen = connection.status === 'open';
  useEffect(() => {
    if (isOpen) reload();
  }, [isOpen, reload]);

  useEffect(
    () =>
      api.on('session.changed', (next) => {
        setStatus(next);
        if (next.state === 'signed-in')
          setForm((current) => (current?.mode === 'edit' && current.profileId === next.profileId ? undefined : current));
        refreshProfiles().catch(() => {});
      }),
    [api, refreshProfiles],
  );

  const signIn = useCallback(
    async (profileId: string, secrets: SignInSecrets) => {
      isCancelled.current = false;
      setSignInError(undefined);
      setForm({ mode: 'edit', profileId });
      try {
        setStatus(await api.session.signIn({ profileId, openBrowser: opensSystemBrowser, ...secrets }));
        setForm(undefined);
      } catch (error) {
        if (isCancelled.current) return;
        // The web host gives up on a call after 30 s; the core goes on waiting for the browser.
        const now = await api.session.status().catch(() => undefined);
        if (now) setStatus(now);
        if (now?.state === 'signing-in') return;
        setSignInError(toBatonError(error));
      } finally {
        refreshProfiles().catch(() => {});
      }
    },
    [api, opensSystemBrowser, refreshProfiles],
  );

  const cancelSignIn = useCallback(async () => {
    isCancelled.current = true;
    const answer = await api.session.cancelSignIn({});
    if (answer.profileId) setForm({ mode: 'edit', profileId: answer.profileId });
    // The answer can be older than the session.changed that ended the sign-in; ask again.
    setStatus(await api.session.status());
  }, [api]);

  const signOut = useCallback(async () => {
    setStatus(await api.session.signOut({}));
    await refreshProfiles();
  }, [api, refreshProfiles]);

  const switchTo = useCallback(
    async (profileId: string) => {
      setForm(undefined);
      setSignInError(undefined);
      setStatus(await api.session.profiles.setActive({ id: profileId }));
      await refreshProfiles();
    },
    [api, refreshProfiles],
  );

  const openForm = useCallback((next?: ConnectFormRequest) => {
    setSignInError(undefined);
    setForm(next);
  }, []);

  const value = useMemo<Session>(
    () => ({
      status,
      profiles,
      loadError,
      reload,
      form,
      openForm,
      signInError,
      opensSystemBrowser,
      signIn,
      cancelSignIn,
      signOut,
      switchTo,
    }),
    [status, profiles, loadError, reload, form, openForm, signInError, opensSystemBrowser, signIn, cancelSignIn, signOut, switchTo],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
