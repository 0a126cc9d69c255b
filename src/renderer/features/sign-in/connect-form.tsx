import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { BatonError } from '../../../shared/errors';
import { authMethodSchema, type AuthMethod, type ProfileView } from '../../../shared/model';
import { toBatonError } from '../../api';
import { useBatonApi } from '../../app/baton-context';
import { ProblemMessage, SecretStorageNotice, secretStorageNotice, useSession } from '../account';
import {
  AUTH_METHOD_LABELS,
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
      <h2 id={headingId}>Connect to Orchestrator</h2>
      <p className="sign-in-intro">
        {profile
          ? `Check the connection "${profile.name}" and sign in again.`
          : 'Enter the address of your Orchestrator and how you sign in. Nothing secret is saved with the connection.'}
      </p>
      <SecretStorageNotice notice={secretStorageNotice(session.status)} />
      <form ref={formRef} className="sign-in-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
        {field(
          'orchestratorUrl',
          'Orchestrator URL',
          text('orchestratorUrl', { placeholder: 'https://cloud.uipath.com/org/tenant', inputMode: 'url' }),
          'On-premises: https://host. Automation Cloud and Automation Suite: https://host/organization/tenant.',
        )}
        <ConnectionTest
          url={values.orchestratorUrl}
          onMissingUrl={() => {
            setFieldProblem({ field: 'orchestratorUrl', message: 'Enter the Orchestrator URL to test.' });
            queueMicrotask(() => formRef.current?.querySelector<HTMLElement>('[name="orchestratorUrl"]')?.focus());
          }}
        />
        {field(
          'tenant',
          'Tenant',
          text('tenant', { placeholder: 'e.g. Default' }),
          'On-premises only; Cloud and Automation Suite take it from the URL.',
        )}
        {field('authMethod', 'Sign in method', (props) => (
          <select
            {...props}
            value={method}
            onChange={(event) => set('authMethod', authMethodSchema.parse(event.target.value) as AuthMethod)}
          >
            {authMethodSchema.options.map((option) => (
              <option key={option} value={option}>
                {AUTH_METHOD_LABELS[option]}
              </option>
            ))}
          </select>
        ))}
        {method === 'client-credentials' ? (
          <>
            {field('clientId', 'Client ID', text('clientId'), 'The App ID of a confidential external app with application scopes.')}
            {field('clientSecret', 'Client secret', secret('clientSecret'), 'Kept in the secret store, never in the settings file.')}
          </>
        ) : null}
        {method === 'pat'
          ? field('pat', 'Personal access token', secret('pat'), 'Kept in the secret store, never in the settings file.')
          : null}
        {method === 'legacy' ? (
          <>
            {field('username', 'User name', text('username'))}
            {field('password', 'Password', secret('password'))}
            <div className="sign-in-check">
              <input
                id={`${id}-remember`}
                name="rememberPassword"
                type="checkbox"
                checked={values.rememberPassword}
                onChange={(event) => set('rememberPassword', event.target.checked)}
              />
              <label htmlFor={`${id}-remember`}>Remember the password (in the secret store) to renew the 30-minute sign-in</label>
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
          <span aria-hidden="true">{isAdvancedOpen ? '▾' : '▸'}</span> Advanced
        </button>
        <div id={advancedId} className="sign-in-advanced" hidden={!isAdvancedOpen}>
          {field('name', 'Connection name', text('name', { placeholder: 'From the URL' }))}
          {method === 'interactive'
            ? field(
                'clientId',
                'Client ID',
                text('clientId', { placeholder: 'baton-desktop' }),
                'The App ID of the non-confidential external app.',
              )
            : null}
          {field(
            'scopes',
            'Scopes',
            text('scopes', {
              placeholder:
                method === 'client-credentials'
                  ? 'OR.Folders OR.Execution OR.Jobs'
                  : 'openid profile email offline_access OR.Folders.Read …',
            }),
            method === 'client-credentials'
              ? 'Separated by spaces; empty for the defaults. Refused as invalid_scope? The app lacks one of them: use OR.Default for the roles assigned to it.'
              : 'Separated by spaces; empty for the defaults. Refused as invalid_scope? The app lacks one of them: use openid profile offline_access OR.Default for your Orchestrator roles.',
          )}
          {method === 'interactive'
            ? field(
                'redirectUri',
                'Redirect URI',
                text('redirectUri', { placeholder: DEFAULT_REDIRECT_URI, inputMode: 'url' }),
                'Exactly as registered with the external app (Identity Server compares it character by character).',
              )
            : null}
        </div>

        {problem ? (
          // A save error is about the form's own fields; sign-in errors are what the checks explain.
          <ProblemMessage problem={problem} withCheckLink={problem !== saveError} />
        ) : null}
        <div className="sign-in-actions">
          <button type="submit" className="primary" disabled={isSaving}>
            {isSaving ? 'Saving…' : 'Sign in'}
          </button>
          {others.length > 0 || profile ? (
            <button type="button" onClick={() => session.openForm(undefined)}>
              Back
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
