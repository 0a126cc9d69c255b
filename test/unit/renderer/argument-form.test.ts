import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom, initialArgumentTexts, shortTypeName, toInputArguments } from '../../../src/renderer/features/processes';
import type { ArgumentSchema } from '../../../src/shared/contract/catalog';
import { createTranslator, loadTranslator } from '../../../src/shared/i18n';
import { englishTranslator } from '../../../src/shared/message-parts';

const english = createTranslator('en');

function arg(name: string, kind: ArgumentSchema['kind'], extra: Partial<ArgumentSchema> = {}): ArgumentSchema {
  return { name, kind, typeName: 'System.String', isRequired: false, hasDefault: false, ...extra };
}

describe('the run dialog form generated from the argument schema', () => {
  it('fills defaults as text and leaves the rest empty', () => {
    const schema = [
      arg('in_Mailbox', 'string', { isRequired: true }),
      arg('in_MaxInvoices', 'integer', { hasDefault: true, defaultValue: 50 }),
      arg('in_DryRun', 'boolean', { hasDefault: true, defaultValue: false }),
      arg('in_Sheets', 'json', { hasDefault: true, defaultValue: ['a', 'b'] }),
      arg('in_Unknown', 'string', { hasDefault: true }),
    ];
    expect(initialArgumentTexts(schema)).toEqual({
      in_Mailbox: '',
      in_MaxInvoices: '50',
      in_DryRun: 'false',
      in_Sheets: '["a","b"]',
      in_Unknown: '',
    });
  });

  it('converts each kind from its text', () => {
    const schema = [
      arg('s', 'string'),
      arg('i', 'integer'),
      arg('n', 'number'),
      arg('b', 'boolean'),
      arg('d', 'datetime'),
      arg('j', 'json'),
    ];
    const result = toInputArguments(
      schema,
      {
        s: ' keep spaces ',
        i: ' -42 ',
        n: '3.5',
        b: 'true',
        d: '2026-01-31T09:00:00Z',
        j: '{"a":[1]}',
      },
      english,
    );
    expect(result).toEqual({
      isValid: true,
      inputArguments: { s: ' keep spaces ', i: -42, n: 3.5, b: true, d: '2026-01-31T09:00:00.000Z', j: { a: [1] } },
    });
  });

  it('leaves empty optional values out so the process default applies', () => {
    const schema = [arg('in_Name', 'string'), arg('in_Max', 'integer', { hasDefault: true })];
    expect(toInputArguments(schema, { in_Name: '', in_Max: '  ' }, english)).toEqual({ isValid: true, inputArguments: {} });
  });

  it('names every field that needs fixing, with what to enter', () => {
    const schema = [
      arg('in_Mailbox', 'string', { isRequired: true }),
      arg('in_Max', 'integer'),
      arg('in_Rate', 'number'),
      arg('in_At', 'datetime'),
      arg('in_List', 'json', { typeName: 'System.String[]' }),
    ];
    const result = toInputArguments(schema, { in_Mailbox: ' ', in_Max: '4.5', in_Rate: 'abc', in_At: 'soon', in_List: '[a' }, english);
    expect(result).toEqual({
      isValid: false,
      errors: {
        in_Mailbox: 'in_Mailbox is required.',
        in_Max: 'Enter a whole number, e.g. 42.',
        in_Rate: 'Enter a number, e.g. 3.5.',
        in_At: 'Enter a date and time, e.g. 2026-01-31 09:00.',
        in_List: 'Enter JSON for String[], e.g. ["a", "b"].',
      },
    });
  });

  it('does not ask for a required argument that has a default', () => {
    expect(toInputArguments([arg('in_X', 'string', { isRequired: true, hasDefault: true })], {}, english)).toEqual({
      isValid: true,
      inputArguments: {},
    });
  });

  it('maps the core’s validation details onto fields, in the window’s language', async () => {
    const de = await loadTranslator('de');
    const found = {
      fields: [
        {
          field: 'in_Max',
          problem: 'must be a whole number, e.g. 42',
          text: { id: 'serviceErrors.inputProblem', values: { field: 'in_Max', problem: 'integer', known: '', type: '', end: 'period' } },
        },
        { bogus: true },
      ],
    };
    expect(fieldErrorsFrom(found, englishTranslator)).toEqual({ in_Max: 'in_Max must be a whole number, e.g. 42.' });
    expect(fieldErrorsFrom(found, de).in_Max).toMatch(/^in_Max .*42/);
    expect(fieldErrorsFrom(found, de).in_Max).not.toContain('must be');
    // An older core sends only the English.
    expect(fieldErrorsFrom({ fields: [{ field: 'in_Max', problem: 'is required' }] }, de)).toEqual({ in_Max: 'in_Max is required.' });
    expect(fieldErrorsFrom(undefined, de)).toEqual({});
  });

  it('shows .NET type names the way a person knows them', () => {
    expect(shortTypeName('System.Int32, mscorlib, Version=4.0.0.0')).toBe('Int32');
    expect(shortTypeName('System.Collections.Generic.List`1[[System.String, mscorlib]], mscorlib')).toBe(
      'Collections.Generic.List`1[[System.String, mscorlib]]',
    );
    expect(shortTypeName('System.String[]')).toBe('String[]');
  });
});
