import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BatonHandlers } from '../../../src/shared/api';
import { checksResults, createDispatcher, summarizeIssues } from '../../../src/shared/dispatch';

/** Handlers that record what reached them; only the methods a test calls are needed. */
function recordingHandlers() {
  const calls: { method: string; params: unknown }[] = [];
  const handlers = new Proxy({} as BatonHandlers, {
    get: (_target, method: string) => async (params: unknown) => {
      calls.push({ method, params });
      return { answeredBy: method };
    },
  });
  // Answers are not contract-shaped here: what reaches the handler is under test, not what it answers.
  return { calls, dispatch: createDispatcher(handlers, { checkResults: false }) };
}

/** A dispatcher whose every handler answers `answer`. */
function answering(answer: unknown, options: { checkResults?: boolean } = {}) {
  const handlers = new Proxy({} as BatonHandlers, { get: () => async () => answer });
  return createDispatcher(handlers, options);
}

describe('the dispatcher', () => {
  it('hands a known method its parsed params and returns what the handler answered', async () => {
    const { calls, dispatch } = recordingHandlers();
    await expect(dispatch('app.info', {})).resolves.toEqual({ answeredBy: 'app.info' });
    expect(calls).toEqual([{ method: 'app.info', params: {} }]);
  });

  it('treats missing params as an empty object', async () => {
    const { calls, dispatch } = recordingHandlers();
    await dispatch('app.info', undefined);
    await dispatch('app.info', null);
    expect(calls.map((call) => call.params)).toEqual([{}, {}]);
  });

  it('refuses an unknown method by name, and reaches no handler', async () => {
    const { calls, dispatch } = recordingHandlers();
    await expect(dispatch('app.shutdownEverything', {})).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Unknown method "app.shutdownEverything".',
      hint: expect.stringContaining('different versions'),
    });
    expect(calls).toEqual([]);
  });

  it('names the type of a method that is not a string, and cuts a long name to 80 characters', async () => {
    const { dispatch } = recordingHandlers();
    await expect(dispatch(42, {})).rejects.toMatchObject({ message: 'Unknown method of type number.' });
    await expect(dispatch('x'.repeat(200), {})).rejects.toMatchObject({ message: `Unknown method "${'x'.repeat(80)}".` });
  });

  it('does not take an inherited property for a method', async () => {
    const { calls, dispatch } = recordingHandlers();
    await expect(dispatch('toString', {})).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(dispatch('__proto__', {})).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(calls).toEqual([]);
  });

  it('refuses params its schema refuses with VALIDATION naming the method and the field, and reaches no handler', async () => {
    const { calls, dispatch } = recordingHandlers();
    const refusal = dispatch('runs.get', { runId: 42 });
    await expect(refusal).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^Invalid arguments for runs\.get: runId: /),
    });
    const error = (await refusal.catch((e: unknown) => e)) as { details: { issues: { path: string[]; message: string }[] } };
    expect(error.details.issues[0]!.path).toEqual(['runId']);
    expect(error.details.issues[0]!.message).toEqual(expect.any(String));
    expect(calls).toEqual([]);
  });
});

describe('checking answers (development and test builds)', () => {
  it('is on in tests, which run the sources, not a production bundle', () => {
    expect(checksResults()).toBe(true);
  });

  it('passes an answer that matches the contract', async () => {
    await expect(answering({ isShown: true })('app.showArea', { target: { kind: 'area', area: 'runs' } })).resolves.toEqual({
      isShown: true,
    });
  });

  it('refuses an answer that does not match, as a bug with the field that is wrong', async () => {
    const error = await answering({ isShown: 'yes' })('app.showArea', { target: { kind: 'area', area: 'runs' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/^Baton's answer to app\.showArea does not match the contract: isShown: /),
      hint: 'This is a bug in Baton (a development build checks every answer); report it with these details.',
      details: { issues: [{ path: ['isShown'], message: expect.any(String) }] },
    });
  });

  it('passes any answer when told not to check', async () => {
    await expect(
      answering({ isShown: 'yes' }, { checkResults: false })('app.showArea', { target: { kind: 'area', area: 'runs' } }),
    ).resolves.toEqual({
      isShown: 'yes',
    });
  });
});

describe('summarizing schema issues', () => {
  it('joins at most three issues, each with its path when it has one', () => {
    const result = z.object({ a: z.string(), b: z.string(), c: z.string(), d: z.string() }).safeParse({ a: 1, b: 2, c: 3, d: 4 });
    if (result.success) throw new Error('expected a refusal');
    const summary = summarizeIssues(result.error);
    expect(summary.split('; ')).toHaveLength(3);
    expect(summary).toMatch(/^a: .+; b: .+; c: .+$/);
  });

  it('writes a nested path with dots', () => {
    const result = z.object({ target: z.object({ folder: z.string() }) }).safeParse({ target: { folder: 1 } });
    if (result.success) throw new Error('expected a refusal');
    expect(summarizeIssues(result.error)).toMatch(/^target\.folder: /);
  });

  it('gives the bare message of an issue about the whole value', () => {
    const result = z.string().safeParse(1);
    if (result.success) throw new Error('expected a refusal');
    expect(summarizeIssues(result.error)).toBe(result.error.issues[0]!.message);
  });
});
