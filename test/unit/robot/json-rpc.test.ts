import { describe, expect, it } from 'vitest';
import { errorText, readJsonRpc, requestText, resultText } from '../../../src/shared/json-rpc';

describe('reading one JSON-RPC frame', () => {
  it('sorts requests, notifications, results and errors', () => {
    expect(readJsonRpc(requestText(7, 'jobs.get', { jobId: 'a' }))).toEqual({
      kind: 'request',
      id: 7,
      method: 'jobs.get',
      params: { jobId: 'a' },
    });
    expect(readJsonRpc('{"jsonrpc":"2.0","method":"job.log","params":{"seq":1}}')).toEqual({
      kind: 'notification',
      method: 'job.log',
      params: { seq: 1 },
    });
    expect(readJsonRpc(resultText(7, { ok: true }))).toEqual({ kind: 'result', id: 7, result: { ok: true } });
    expect(readJsonRpc(errorText(7, { code: -32020, message: 'No job' }))).toEqual({
      kind: 'error',
      id: 7,
      error: { code: -32020, message: 'No job' },
    });
  });

  it('answers a handler that returned nothing with a null result, as JSON-RPC requires', () => {
    expect(JSON.parse(resultText(1, undefined))).toEqual({ jsonrpc: '2.0', id: 1, result: null });
  });

  it('calls malformed JSON a parse error and never throws', () => {
    expect(readJsonRpc('{"jsonrpc":')).toEqual({ kind: 'invalid', id: null, why: 'parse' });
  });

  it('refuses batches, scalars and objects that are not JSON-RPC 2.0, keeping a readable id for the answer', () => {
    for (const text of ['[{"jsonrpc":"2.0","id":1,"method":"a"}]', '42', 'null', '"text"']) {
      expect(readJsonRpc(text)).toEqual({ kind: 'invalid', id: null, why: 'shape' });
    }
    expect(readJsonRpc('{"jsonrpc":"1.0","id":3,"method":"a"}')).toEqual({ kind: 'invalid', id: 3, why: 'shape' });
    expect(readJsonRpc('{"jsonrpc":"2.0","id":4,"method":5}')).toEqual({ kind: 'invalid', id: 4, why: 'shape' });
    expect(readJsonRpc('{"jsonrpc":"2.0","id":5,"method":"a","params":"x"}')).toEqual({ kind: 'invalid', id: 5, why: 'shape' });
    expect(readJsonRpc('{"jsonrpc":"2.0","id":{"x":1},"method":"a"}')).toEqual({ kind: 'invalid', id: null, why: 'shape' });
    expect(readJsonRpc('{"jsonrpc":"2.0","id":6,"error":{"code":"x","message":"m"}}')).toEqual({ kind: 'invalid', id: 6, why: 'shape' });
    expect(readJsonRpc('{"jsonrpc":"2.0","id":6}')).toEqual({ kind: 'invalid', id: 6, why: 'shape' });
  });
});
