import { describe, expect, it } from 'vitest';
import { convertInputArguments, pollInterval, applyJob } from '../../../src/main/runs';
import { loadTranslator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { arg, remoteRun } from '../../support/runs';

const schema = [
  arg('in_Name', 'string', { isRequired: true }),
  arg('in_Count', 'integer'),
  arg('in_Rate', 'number'),
  arg('in_Flag', 'boolean'),
  arg('in_When', 'datetime'),
  arg('in_List', 'json'),
];

describe('input conversion', () => {
  it('converts text from a form or the command line to each argument kind', () => {
    expect(
      convertInputArguments(schema, {
        in_Name: 'Ada',
        in_Count: '42',
        in_Rate: '0.5',
        in_Flag: 'yes',
        in_When: '2026-01-31T09:00:00Z',
        in_List: '["a"]',
      }),
    ).toEqual({ in_Name: 'Ada', in_Count: 42, in_Rate: 0.5, in_Flag: true, in_When: '2026-01-31T09:00:00.000Z', in_List: ['a'] });
  });

  it('keeps typed JSON values that already fit', () => {
    expect(convertInputArguments(schema, { in_Name: 'Ada', in_Count: 3, in_Flag: false })).toEqual({
      in_Name: 'Ada',
      in_Count: 3,
      in_Flag: false,
    });
  });

  it('names the field of a value that does not fit, and lists every problem in the hint', () => {
    try {
      convertInputArguments(schema, { in_Count: '4.5', in_Flag: 'maybe' });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'VALIDATION', message: 'in_Name is required.' });
      expect((error as { hint: string }).hint).toContain('in_Count must be a whole number');
      expect((error as { hint: string }).hint).toContain('in_Flag must be true or false');
    }
  });

  it('refuses an argument the process does not take', () => {
    expect(() => convertInputArguments(schema, { in_Name: 'x', in_Nmae: 'y' })).toThrow(/in_Nmae is not an argument of this process/);
  });

  it('leaves out empty optional values so that the process defaults apply', () => {
    expect(convertInputArguments(schema, { in_Name: 'x', in_Count: '' })).toEqual({ in_Name: 'x' });
  });
});

describe('following jobs', () => {
  it('polls about every second while young and backs off for long runs', () => {
    expect(pollInterval(0)).toBe(1000);
    expect(pollInterval(2 * 60_000)).toBe(1200);
    expect(pollInterval(10 * 60_000)).toBe(1400);
    expect(pollInterval(60 * 60_000)).toBeLessThanOrEqual(1500);
  });

  it('reads a finished job: state, timing, parsed output, and the message of a fault', () => {
    const run = remoteRun({ id: 'r', profileId: 'p', processName: 'P' });
    expect(applyJob(run, { Id: 5, State: 'Successful', EndTime: '2026-01-01T00:01:00Z', OutputArguments: '{"out_N":1}' })).toMatchObject({
      state: 'successful',
      endedAt: '2026-01-01T00:01:00.000Z',
      outputArguments: { out_N: 1 },
      jobId: 5,
    });
    expect(applyJob(run, { Id: 5, State: 'Faulted', Info: 'Boom' })).toMatchObject({ state: 'faulted', error: { message: 'Boom' } });
    expect(applyJob(run, { Id: 5, State: 'Terminating' }).state).toBe('stopping');
  });

  it('says a fault Orchestrator gave no words for in the person’s language, with where to look', async () => {
    const faulted = applyJob(remoteRun(), { Id: 5, State: 'Faulted' }).error!;
    expect([faulted.message, faulted.hint]).toEqual(['The job faulted.', 'See the job’s logs in Orchestrator for where it failed.']);
    const de = await loadTranslator('de');
    expect(renderParts(de, faulted.messageText!)).toBe('Der Auftrag ist fehlgeschlagen.');
    // Orchestrator's own words stay as they came.
    expect(renderParts(de, applyJob(remoteRun(), { Id: 5, State: 'Faulted', Info: 'Boom' }).error!.messageText!)).toBe('Boom');
  });
});
