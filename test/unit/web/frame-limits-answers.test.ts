import { describe, expect, it } from 'vitest';
import { checkFrame, MAX_IN_FLIGHT } from '../../../src/main/web/frame-limits';

// What a client is told when a frame goes over the web host's limits (docs/web-host.md), and to
// which of its calls: would catch a refusal without its sentence or hint, an answer owed to a
// notification, or a request whose id is lost from the answer.

const frame = (value: unknown) => JSON.stringify(value);
const call = (id?: unknown) => ({ jsonrpc: '2.0', ...(id === undefined ? {} : { id }), method: 'app.info' });

describe('a refused frame', () => {
  it('says how many calls a batch may hold and how to send them', () => {
    const verdict = checkFrame(frame(Array.from({ length: 51 }, (_, i) => call(i))), 0);
    expect(verdict).toEqual({
      isAccepted: false,
      response: {
        jsonrpc: '2.0',
        id: null,
        error: {
          code: -32600,
          message: 'A batch may hold at most 50 calls; this one held 51.',
          data: expect.objectContaining({
            code: 'VALIDATION',
            message: 'A batch may hold at most 50 calls; this one held 51.',
            hint: 'Send the calls in batches of 50 or fewer.',
          }),
        },
      },
    });
  });

  it('says how many calls may be in flight and what to do', () => {
    const verdict = checkFrame(frame(call('a')), MAX_IN_FLIGHT);
    expect(verdict).toEqual({
      isAccepted: false,
      response: {
        jsonrpc: '2.0',
        id: 'a',
        error: {
          code: -32000,
          message: 'Too many calls in flight on this connection (at most 64).',
          data: expect.objectContaining({
            code: 'RATE_LIMITED',
            message: 'Too many calls in flight on this connection (at most 64).',
            hint: 'Wait for answers before sending more calls.',
          }),
        },
      },
    });
  });

  it('answers nothing to a refused batch of notifications only', () => {
    expect(checkFrame(frame([call(), call()]), MAX_IN_FLIGHT - 1)).toEqual({ isAccepted: false, response: null });
  });

  it('answers each request by its own id: a string, a number or null, and null for an id that is none of those', () => {
    const verdict = checkFrame(frame([call('s'), call(7), call(null), call({ x: 1 }), call(true)]), MAX_IN_FLIGHT);
    expect(!verdict.isAccepted && (verdict.response as { id: unknown }[]).map((answer) => answer.id)).toEqual(['s', 7, null, null, null]);
  });

  it('owes no answer to batch members that are not objects', () => {
    const verdict = checkFrame(frame([1, 'x', null, [call(1)], call(2)]), MAX_IN_FLIGHT);
    expect(!verdict.isAccepted && (verdict.response as { id: unknown }[]).map((answer) => answer.id)).toEqual([2]);
  });

  it('counts every member of a batch, even ones that are not calls', () => {
    expect(checkFrame(frame([1, 2, 3]), MAX_IN_FLIGHT - 3)).toEqual({ isAccepted: true, calls: 3 });
    expect(checkFrame(frame([1, 2, 3]), MAX_IN_FLIGHT - 2)).toMatchObject({ isAccepted: false });
  });
});
