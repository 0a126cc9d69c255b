import { beforeAll, describe, expect, it } from 'vitest';
import { createOrchestratorClient } from '../../../src/main/orchestrator';
import type { HttpFetch } from '../../../src/main/platform';
import { createManualClock } from '../../../src/main/platform/memory';
import { convertInputArguments } from '../../../src/main/runs';
import { startJobOnce } from '../../../src/main/runs/remote-start';
import { BatonError } from '../../../src/shared/errors';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { renderParts } from '../../../src/shared/message-parts';
import { refusedNow } from '../../support/refusal';
import { arg } from '../../support/runs';

// A start's refusals (inputs that do not fit, a start that may or may not have made a job) are
// message ids: the English beside them is pinned by hand, and the same ids say it in the
// person's language.
let de: Translator;
let ja: Translator;
beforeAll(async () => {
  [de, ja] = await Promise.all([loadTranslator('de'), loadTranslator('ja')]);
});

describe('what a start says about its inputs', () => {
  const schema = [arg('in_Name', 'string', { isRequired: true }), arg('in_Count', 'integer'), arg('in_Flag', 'boolean')];

  it('names the first problem and lists them all, in English and in German', () => {
    const error = refusedNow(() => convertInputArguments(schema, { in_Count: '4.5', in_Flag: 'maybe' }));
    expect([error.code, error.message, error.hint]).toEqual([
      'VALIDATION',
      'in_Name is required.',
      'Fix these inputs: in_Name is required; in_Count must be a whole number, e.g. 42; in_Flag must be true or false.',
    ]);
    expect(error.details).toMatchObject({
      fields: [
        { field: 'in_Name', problem: 'is required' },
        { field: 'in_Count', problem: 'must be a whole number, e.g. 42' },
        { field: 'in_Flag', problem: 'must be true or false' },
      ],
    });
    expect(renderParts(de, error.hintText!)).toBe(
      'Korrigieren Sie diese Eingaben: in_Name ist erforderlich; in_Count muss eine ganze Zahl sein, z. B. 42; in_Flag muss true oder false sein.',
    );
  });

  it('names the arguments a process takes, or that it takes none', () => {
    const unknown = refusedNow(() => convertInputArguments(schema, { in_Name: 'x', in_Nmae: 'y' }));
    expect([unknown.message, unknown.hint]).toEqual([
      'in_Nmae is not an argument of this process (it takes: in_Name, in_Count, in_Flag).',
      'Fix the input and start again.',
    ]);
    expect(refusedNow(() => convertInputArguments([], { x: 1 })).message).toBe('x is not an argument of this process (it takes: none).');
  });

  it('says a local list argument wants JSON for a list, and a remote one names its type', () => {
    const list = refusedNow(() => convertInputArguments([arg('in_Items', 'json', { typeName: 'a list' })], { in_Items: '[oops' }));
    expect(list.message).toBe('in_Items must be JSON for a list, e.g. ["a","b"].');
    expect(renderParts(de, list.messageText!)).toBe('in_Items muss JSON für eine Liste sein, z. B. ["a","b"].');
    const table = refusedNow(() =>
      convertInputArguments([arg('in_Table', 'json', { typeName: 'System.Data.DataTable' })], { in_Table: '{' }),
    );
    expect(table.message).toBe('in_Table must be JSON for System.Data.DataTable, e.g. ["a","b"].');
  });
});

describe('what a start says when Orchestrator may have made the job', () => {
  it('carries the failure’s own sentence before its own, in English and in Japanese', async () => {
    const clock = createManualClock();
    const fetch: HttpFetch = async () =>
      new Response(JSON.stringify({ message: 'An error has occurred.' }), {
        status: 500,
        headers: { 'content-type': 'application/json', 'api-supported-versions': '15.0' },
      });
    const client = createOrchestratorClient({
      connection: { profileId: 'p', apiBaseUrl: 'http://orch.test' },
      tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
      fetch,
      clock,
    });
    const error = await startJobOnce({
      client,
      clock,
      request: { folderId: 1, folderPath: 'Shared', releaseKey: 'k', reference: 'baton-7', inputArguments: {} },
      strategy: 'JobsCount',
      onStrategy: () => {},
    }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    if (!(error instanceof BatonError)) throw new Error(`expected a BatonError, got ${String(error)}`);
    expect(error.message).toBe('Orchestrator could not answer (HTTP 500). Baton cannot tell whether Orchestrator started the job.');
    expect(error.messageText!.map((part) => part.id)).toEqual(['errors.orchDown', 'serviceErrors.startCannotTell']);
    expect(renderParts(ja, error.messageText!)).toContain('Orchestrator がジョブを開始したかどうか、Baton には判断できません。');
    expect(renderParts(ja, error.hintText!)).toContain('この Orchestrator (21.10 から 23.4 (API 13–16))');
  });
});
