import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { BatonError } from '../../../shared/errors';
import { authMethodSchema, type AuthMethod, type ProfileView } from '../../../shared/model';
import { toBatonError } from '../../api';
import { selectKey } from '../../../shared/message-parts';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { ProblemMessage, SecretStorageNotice, secretStorageNotice, useSession } from '../account';
import {
  DEFAULT_REDIRECT_URI,
  EMPTY_FORM,
  formFromProfile,
  toConnectRequest,
  type ConnectFormValues,
  type FormProblem,
} from './connect-form-model';
import { ConnectionTest } from './connection-test';

/**
 * "Connect to Orchestrator": saves the profile (new, or the one being fixed), makes it active
 * and starts the sign-in. Field problems show next to their field; the core's errors (with
 * their hint) under the form.
 */
export function ConnectForm({ profile }: { profile?: ProfileView }) {
  const api = useBatonApi();
  const session = useSession();
  const t = useT();
  const [values, setValues] = useState<ConnectFormValues>(() => (profile ? formFromProfile(profile) : EMPTY_FORM));
  const [isAdvancedOpen, setAdvancedOpen] = useState(false);
  const [fieldProblem, setFieldProblem] = useState<FormProblem | undefined>();
  const [saveError, setSaveError] = useState<BatonError | undefined>();
  const [isSaving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const headingId = `${id}-heading`;
  const advancedId = `${id}-advanced`;

  const others = session.profiles?.profiles.filter((candidate) => candidate.id !== profile?.id) ?? [];
  const statusProblem = profile && session.status?.profileId === profile.id ? session.status.problem : undefined;
  const problem = saveError ?? session.signInError ?? statusProblem;
  const method = values.authMethod;

  const set = <K extends keyof ConnectFormValues>(key: K, value: ConnectFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    if (fieldProblem?.field === key) setFieldProblem(undefined);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFieldProblem(undefined);
    setSaveError(undefined);
    const request = toConnectRequest(
      values,
      others.map((candidate) => candidate.name),
      t,
    );
    if (!request.ok) {
      setFieldProblem(request.problem);
      const isAdvanced =
        ['name', 'scopes', 'redirectUri'].includes(request.problem.field) ||
        (request.problem.field === 'clientId' && method === 'interactive');
      if (isAdvanced) setAdvancedOpen(true);
      queueMicrotask(() => formRef.current?.querySelector<HTMLElement>(`[name="${request.problem.field}"]`)?.focus());
      return;
    }
    setSaving(true);
    try {
      const saved = profile
        ? await api.session.profiles.update({ id: profile.id, ...request.profile })
        : await api.session.profiles.add({ ...request.profile, makeActive: true });
      if (!saved.isActive) await api.session.profiles.setActive({ id: saved.id });
      // Not awaited: the view follows the core's status from here (waiting, signed in, or back here with the error).
      void session.signIn(saved.id, request.secrets);
    } catch (error) {
      setSaveError(toBatonError(error));
    } finally {
      setSaving(false);
    }
  }

  const field = (name: keyof ConnectFormValues, label: string, input: (props: FieldProps) => ReactNode, help?: string) => {
    const inputId = `${id}-${name}`;
    const helpId = help ? `${inputId}-help` : undefined;
    const errorId = fieldProblem?.field === name ? `${inputId}-error` : undefined;
    return (
      <div className="sign-in-field">
        <label htmlFor={inputId}>{label}</label>
        {input({
          id: inputId,
          name,
          'aria-describedby': [errorId, helpId].filter(Boolean).join(' ') || undefined,
          'aria-invalid': errorId ? true : undefined,
        })}
        {errorId && fieldProblem ? (
          <p className="sign-in-field-error" id={errorId}>
            {fieldProblem.message}
            {fieldProblem.hint ? ` ${fieldProblem.hint}` : ''}
          </p>
        ) : null}
        {help ? (
          <p className="sign-in-help" id={helpId}>
            {help}
          </p>
        ) : null}
      </div>
    );
  };
  const text = (
    name: 'name' | 'orchestratorUrl' | 'tenant' | 'clientId' | 'scopes' | 'redirectUri' | 'username',
    extra: { placeholder?: string; inputMode?: 'url' } = {},
  ) =>
    function TextInput(props: FieldProps) {
      return (
        <input
          {...props}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={values[name]}
          onChange={(event) => set(name, event.target.value)}
          {...extra}
        />
      );
    };
  const secret = (name: 'clientSecret' | 'pat' | 'password') =>
    function SecretInput(props: FieldProps) {
      return (
        <input
          {...props}
          type="password"
          autoComplete={name === 'password' ? 'current-password' : 'off'}
          value={values[name]}
          onChange={(event) => set(name, event.target.value)}
        />
      );
    };

  return (
    <section className="card sign-in" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.t('signIn.connectHeading')}</h2>
      <p className="sign-in-intro">{profile ? t.t('signIn.checkConnection', { name: profile.name }) : t.t('signIn.connectIntro')}</p>
      <SecretStorageNotice notice={secretStorageNotice(session.status, t)} />
      <form ref={formRef} className="sign-in-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
        {field(
          'orchestratorUrl',
          t.t('signIn.urlLabel'),
          text('orchestratorUrl', { placeholder: 'https://cloud.uipath.com/org/tenant', inputMode: 'url' }),
          t.t('signIn.urlHelp'),
        )}
        <ConnectionTest
          url={values.orchestratorUrl}
          onMissingUrl={() => {
            setFieldProblem({ field: 'orchestratorUrl', message: t.t('signIn.needUrlToTest') });
            queueMicrotask(() => formRef.current?.querySelector<HTMLElement>('[name="orchestratorUrl"]')?.focus());
          }}
        />
        {field(
          'tenant',
          t.t('signIn.tenantLabel'),
          text('tenant', { placeholder: t.t('signIn.tenantPlaceholder') }),
          t.t('signIn.tenantHelp'),
        )}
        {field('authMethod', t.t('signIn.methodLabel'), (props) => (
          <select
            {...props}
            value={method}
            onChange={(event) => set('authMethod', authMethodSchema.parse(event.target.value) as AuthMethod)}
          >
            {authMethodSchema.options.map((option) => (
              <option key={option} value={option}>
                {t.t('signIn.authMethod', { method: selectKey(option) })}
              </option>
            ))}
          </select>
        ))}
        {method === 'client-credentials' ? (
          <>
            {field('clientId', t.t('signIn.clientIdLabel'), text('clientId'), t.t('signIn.confidentialClientHelp'))}
            {field('clientSecret', t.t('signIn.clientSecretLabel'), secret('clientSecret'), t.t('signIn.secretStoreHelp'))}
          </>
        ) : null}
        {method === 'pat' ? field('pat', t.t('signIn.patLabel'), secret('pat'), t.t('signIn.secretStoreHelp')) : null}
        {method === 'legacy' ? (
          <>
            {field('username', t.t('signIn.usernameLabel'), text('username'))}
            {field('password', t.t('signIn.passwordLabel'), secret('password'))}
            <div className="sign-in-check">
              <input
                id={`${id}-remember`}
                name="rememberPassword"
                type="checkbox"
                checked={values.rememberPassword}
                onChange={(event) => set('rememberPassword', event.target.checked)}
              />
              <label htmlFor={`${id}-remember`}>{t.t('signIn.rememberPassword')}</label>
            </div>
          </>
        ) : null}

        <button
          type="button"
          className="sign-in-disclosure"
          aria-expanded={isAdvancedOpen}
          aria-controls={advancedId}
          onClick={() => setAdvancedOpen((value) => !value)}
        >
          <span aria-hidden="true" className="icon-direction">
            {isAdvancedOpen ? '▾' : '▸'}
          </span>{' '}
          {t.t('signIn.advanced')}
        </button>
        <div id={advancedId} className="sign-in-advanced" hidden={!isAdvancedOpen}>
          {field('name', t.t('signIn.nameLabel'), text('name', { placeholder: t.t('signIn.namePlaceholder') }))}
          {method === 'interactive'
            ? field(
                'clientId',
                t.t('signIn.clientIdLabel'),
                text('clientId', { placeholder: 'baton-desktop' }),
                t.t('signIn.publicClientHelp'),
              )
            : null}
          {field(
            'scopes',
            t.t('signIn.scopesLabel'),
            text('scopes', {
              placeholder:
                method === 'client-credentials'
                  ? 'OR.Folders OR.Execution OR.Jobs'
                  : 'openid profile email offline_access OR.Folders.Read …',
            }),
            method === 'client-credentials' ? t.t('signIn.scopesAppHelp') : t.t('signIn.scopesUserHelp'),
          )}
          {method === 'interactive'
            ? field(
                'redirectUri',
                t.t('signIn.redirectLabel'),
                text('redirectUri', { placeholder: DEFAULT_REDIRECT_URI, inputMode: 'url' }),
                t.t('signIn.redirectHelp'),
              )
            : null}
        </div>

        {problem ? (
          // A save error is about the form's own fields; sign-in errors are what the checks explain.
          <ProblemMessage problem={problem} withCheckLink={problem !== saveError} />
        ) : null}
        <div className="sign-in-actions">
          <button type="submit" className="primary" disabled={isSaving}>
            {isSaving ? t.t('signIn.saving') : t.t('signIn.signIn')}
          </button>
          {others.length > 0 || profile ? (
            <button type="button" onClick={() => session.openForm(undefined)}>
              {t.t('signIn.back')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

interface FieldProps {
  id: string;
  name: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}
