import { describe, expect, it } from 'vitest';
import { checkInputArguments } from '../../../src/robot-bridge/input-arguments';

describe('input argument check', () => {
  const schema = [
    { name: 'Name', type: 'string' as const, required: true },
    { name: 'Count', type: 'integer' as const, required: false },
    { name: 'When', type: 'datetime' as const, required: true, hasDefault: true },
  ];

  it('accepts valid arguments and lets an argument with a default be left out', () => {
    expect(() => checkInputArguments(schema, { Name: 'Ada', Count: 2 })).not.toThrow();
  });

  it('reports every failing field at once', () => {
    try {
      checkInputArguments(schema, { Count: 1.5, When: 'yesterday-ish', Extra: 1 });
      expect.unreachable();
    } catch (error) {
      expect((error as { data: { fields: { path: string }[] } }).data.fields.map((field) => field.path)).toEqual([
        'Name',
        'Count',
        'When',
        'Extra',
      ]);
    }
  });
});
