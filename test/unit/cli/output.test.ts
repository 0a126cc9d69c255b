import { describe, expect, it } from 'vitest';
import { printError } from '../../../src/main/cli/output';
import { BatonError } from '../../../src/shared/errors';

function printed(error: unknown): string {
  let err = '';
  printError({ out: () => {}, err: (text) => void (err += text) }, false, error);
  return err;
}

describe('errors printed for people', () => {
  it('lists each field and why, whichever part of Baton found the problem', () => {
    const conversion = new BatonError('VALIDATION', 'Amount is required.', {
      details: {
        fields: [
          { field: 'Amount', problem: 'is required' },
          { field: 'When', problem: 'is not a date' },
        ],
      },
    });
    expect(printed(conversion)).toBe(
      'error: Amount is required.\n  - Amount: is required\n  - When: is not a date\nhint: Run `baton <command> --help` to see what the command accepts.\n',
    );
    const robot = new BatonError('VALIDATION', 'Some input arguments are not valid for this process.', {
      hint: 'Correct them.',
      details: { fields: [{ path: 'in_Name', message: 'must be a string' }] },
    });
    expect(printed(robot)).toContain('  - in_Name: must be a string\n');
    const contract = new BatonError('VALIDATION', 'Invalid parameters for runs.start.', {
      details: { issues: [{ path: ['target'], message: 'Invalid option: expected one of "remote"|"local"' }] },
    });
    expect(printed(contract)).toContain('  - target: Invalid option');
  });

  it('prints no list when the error has none', () => {
    expect(printed(new BatonError('NOT_FOUND', 'No such process.', { hint: 'List them.' }))).toBe(
      'error: No such process.\nhint: List them.\n',
    );
  });
});
