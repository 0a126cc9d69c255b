import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FixedLanguage } from '../../../src/renderer/app/i18n';
import { ArgumentField } from '../../../src/renderer/features/processes/argument-field';
import { createTranslator } from '../../../src/shared/i18n';
import type { ArgumentSchema } from '../../../src/shared/contract/catalog';

const arg = (extra: Partial<ArgumentSchema> = {}): ArgumentSchema => ({
  name: 'in_ApiKey',
  kind: 'string',
  typeName: 'System.Security.SecureString',
  isRequired: true,
  hasDefault: false,
  ...extra,
});

const inEnglish = (field: React.ReactElement) =>
  renderToStaticMarkup(<FixedLanguage value={createTranslator('en')}>{field}</FixedLanguage>);

// Catches: a sensitive input shown in clear text as it is typed (and offered for autofill).
describe('a sensitive input in the run dialog', () => {
  it('is a masked field that is never autofilled', () => {
    const html = inEnglish(<ArgumentField arg={arg({ isSensitive: true })} value="s3cret" onChange={() => {}} />);
    expect(html).toMatch(/<input[^>]*type="password"/);
    expect(html).toMatch(/autoComplete="off"|autocomplete="off"/);
  });

  it('leaves an ordinary text input visible', () => {
    const html = inEnglish(<ArgumentField arg={arg({ typeName: 'System.String' })} value="Ada" onChange={() => {}} />);
    expect(html).toMatch(/<input[^>]*type="text"/);
  });
});
