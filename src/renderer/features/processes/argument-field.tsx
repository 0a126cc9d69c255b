import type { ArgumentSchema } from '../../../shared/contract/catalog';
import { useT } from '../../app/i18n';
import { Field } from '../../components/field';
import { shortTypeName } from './argument-values';

/** One input argument as a form control chosen by its kind. */
export function ArgumentField({
  arg,
  value,
  error,
  onChange,
}: {
  arg: ArgumentSchema;
  value: string;
  error?: string;
  onChange(value: string): void;
}) {
  const { t } = useT();
  const isRequired = arg.isRequired && !arg.hasDefault;
  const type = shortTypeName(arg.typeName);
  const usesProcessDefault = arg.hasDefault && arg.defaultValue === undefined;
  const hint = [arg.description, type, usesProcessDefault ? t('processes.leaveEmptyForDefault') : '']
    .filter(Boolean)
    .join(t('common.listSeparator'));
  return (
    <Field label={arg.name} isRequired={isRequired} hint={hint} error={error}>
      {(control) => {
        switch (arg.kind) {
          case 'boolean':
            return (
              <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
                <option value="">{isRequired ? t('processes.choose') : t('processes.notSet')}</option>
                <option value="true">{t('common.yes')}</option>
                <option value="false">{t('common.no')}</option>
              </select>
            );
          case 'json':
            return (
              <textarea
                {...control}
                rows={3}
                spellCheck={false}
                value={value}
                placeholder={t('processes.jsonPlaceholder', { example: '["a", "b"]' })}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          case 'datetime':
            return <input {...control} type="datetime-local" step={1} value={value} onChange={(event) => onChange(event.target.value)} />;
          case 'integer':
          case 'number':
            return (
              <input
                {...control}
                type="text"
                inputMode={arg.kind === 'integer' ? 'numeric' : 'decimal'}
                value={value}
                placeholder={usesProcessDefault ? t('processes.processDefault') : undefined}
                onChange={(event) => onChange(event.target.value)}
              />
            );
          case 'string':
            return (
              <input
                {...control}
                // A secret is masked as it is typed and never offered for autofill.
                type={arg.isSensitive ? 'password' : 'text'}
                autoComplete={arg.isSensitive ? 'off' : undefined}
                value={value}
                placeholder={usesProcessDefault ? t('processes.processDefault') : undefined}
                onChange={(event) => onChange(event.target.value)}
              />
            );
        }
      }}
    </Field>
  );
}
