import { describe, expect, it } from 'vitest';
import { checkFrame, MAX_BATCH_SIZE, MAX_IN_FLIGHT } from '../../../src/main/web/frame-limits';

const call = (id: number | null | undefined) => ({ jsonrpc: '2.0', ...(id === undefined ? {} : { id }), method: 'app.info' });

describe('checkFrame', () => {
  it('accepts a single call, a batch at the limit, and text that is not JSON (the server answers that)', () => {
    expect(checkFrame(JSON.stringify(call(1)), 0)).toEqual({ isAccepted: true, calls: 1 });
    expect(checkFrame(JSON.stringify(Array.from({ length: MAX_BATCH_SIZE }, (_, i) => call(i))), 0)).toEqual({
      isAccepted: true,
      calls: MAX_BATCH_SIZE,
    });
    expect(checkFrame('{not json', MAX_IN_FLIGHT)).toEqual({ isAccepted: true, calls: 1 });
  });

  it('refuses a batch one over the limit with -32600 and a VALIDATION payload', () => {
    const verdict = checkFrame(JSON.stringify(Array.from({ length: MAX_BATCH_SIZE + 1 }, (_, i) => call(i))), 0);
    expect(verdict).toMatchObject({ isAccepted: false, response: { id: null, error: { code: -32600, data: { code: 'VALIDATION' } } } });
  });

  // Catches: a limit counted per frame instead of per socket, so many small frames got through.
  it('counts what is already in flight on the socket', () => {
    expect(checkFrame(JSON.stringify(call(7)), MAX_IN_FLIGHT - 1)).toEqual({ isAccepted: true, calls: 1 });
    expect(checkFrame(JSON.stringify(call(7)), MAX_IN_FLIGHT)).toMatchObject({
      isAccepted: false,
      response: { id: 7, error: { code: -32000, data: { code: 'RATE_LIMITED' } } },
    });
  });

  it('answers only the requests of a refused frame, not its notifications', () => {
    expect(checkFrame(JSON.stringify(call(undefined)), MAX_IN_FLIGHT)).toEqual({ isAccepted: false, response: null });
    const verdict = checkFrame(JSON.stringify([call(1), call(undefined), call(null)]), MAX_IN_FLIGHT - 2);
    expect(verdict.isAccepted).toBe(false);
    expect(!verdict.isAccepted && verdict.response).toEqual([
      expect.objectContaining({ id: 1, error: expect.objectContaining({ code: -32000 }) }),
      expect.objectContaining({ id: null, error: expect.objectContaining({ code: -32000 }) }),
    ]);
  });
});
