import { beforeAll, describe, expect, it } from 'vitest';
import { connectionFromEnv } from '../../../src/main/cli/env-connection';
import { assertFiltersNeedAll } from '../../../src/main/cli/job-commands';
import { ruleFromOptions } from '../../../src/main/cli/reminder-commands';
import { parseInputs, pickProcess } from '../../../src/main/cli/run-commands';
import type { Process } from '../../../src/shared/contract/catalog';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusedNow } from '../../support/refusal';

// The command line's refusals are message ids with values: the English beside them is pinned
// here by hand (scripts and --json readers match it), and the same ids say it in German and Arabic.
let de: Translator;
let ar: Translator;
beforeAll(async () => void ([de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')])));

const invoice = (id: string, folderPath: string) => ({ id, name: 'Invoice Intake', folderPath }) as Process;

describe('what baton says when it refuses', () => {
  it('names two folders holding the same process, with a plural in each language', () => {
    const error = refusedNow(() => pickProcess([invoice('1', 'Finance'), invoice('2', 'Shared')], 'invoice intake', undefined));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'There is a process named "invoice intake" in 2 folders.',
      'Pick one with --folder: Finance, Shared.',
    ]);
    expect(renderParts(de, error.messageText!)).toBe('Es gibt einen Prozess namens „invoice intake“ in 2 Ordnern.');
    expect(renderParts(ar, error.messageText!)).toBe('توجد عملية باسم «invoice intake» في مجلدين.');
  });

  it('names a process that is not there, in a folder or anywhere', () => {
    const inFolder = refusedNow(() => pickProcess([invoice('1', 'Finance')], 'Payroll', 'Finance'));
    expect([inFolder.code, inFolder.message, inFolder.hint]).toEqual([
      'NOT_FOUND',
      'There is no process named "Payroll" in Finance.',
      'Run `baton processes --search <text>` to find its exact name.',
    ]);
    expect(renderParts(de, inFolder.messageText!)).toBe('Es gibt keinen Prozess namens „Payroll“ in Finance.');
    expect(refusedNow(() => pickProcess([], 'Payroll', undefined)).message).toBe('There is no process named "Payroll".');
  });

  it('says what an --input lacks and what --all filters need', () => {
    const input = refusedNow(() => parseInputs(['in_Name']));
    expect([input.message, input.hint]).toEqual([
      '--input in_Name is not key=value.',
      'Write each input as --input name=value, e.g. --input in_Name=Ada.',
    ]);
    expect(renderParts(de, input.hintText!)).toBe('Schreiben Sie jede Eingabe als --input name=wert, z. B. --input in_Name=Ada.');

    const filter = refusedNow(() => assertFiltersNeedAll({ state: ['Faulted'] }));
    expect([filter.message, filter.hint]).toEqual(['--state filters the jobs of --all.', 'Add --all: baton jobs --all --state …']);
    expect(renderParts(de, filter.messageText!)).toBe('--state filtert die Aufträge von --all.');
  });

  it('says which days a weekly reminder did not understand', () => {
    const error = refusedNow(() => ruleFromOptions({ time: '09:00', repeat: 'weekly', days: 'mon,funday' }));
    expect([error.message, error.hint]).toEqual(['A weekly reminder needs --days, e.g. --days mon,wed,fri.', 'Not a day: fun.']);
    expect(renderParts(de, error.hintText!)).toBe('Kein Tag: fun.');
    // Without an unknown day, no hint: the command line adds its usage hint then.
    expect(refusedNow(() => ruleFromOptions({ time: '09:00', repeat: 'weekly' })).hint).toBeUndefined();
  });

  it('says what BATON_URL still needs, as two sentences when nothing names an app', () => {
    const error = refusedNow(() => connectionFromEnv({ BATON_URL: 'https://orch.example' }));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'BATON_URL is set, but the environment gives no way to sign in.',
      'Set BATON_CLIENT_ID and BATON_CLIENT_SECRET (an external application), or BATON_PAT (a personal access token). Unset BATON_URL to use your saved profiles.',
    ]);
    expect(renderParts(ar, error.messageText!)).toBe('المتغير BATON_URL مضبوط، لكن البيئة لا توفّر أي طريقة لتسجيل الدخول.');
    const secret = refusedNow(() => connectionFromEnv({ BATON_URL: 'https://orch.example', BATON_CLIENT_ID: 'app' }));
    expect(secret.hint).toBe('Set BATON_CLIENT_SECRET to the secret of the external application BATON_CLIENT_ID names.');
  });
});
