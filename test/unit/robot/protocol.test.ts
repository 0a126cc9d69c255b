import { describe, expect, it } from 'vitest';
import {
  helloResultSchema,
  localJobSchema,
  ROBOT_ERROR_CODES,
  robotMethods,
  startJobParamsSchema,
} from '../../../src/shared/robot-protocol';

describe('robot protocol schemas', () => {
  it('accepts a hello with or without a pairing id and a nonce, and refuses protocol 1 and a token in the clear', () => {
    const client = { name: 'Baton', version: '0.1.0', machine: 'pc' };
    const clientNonce = 'A'.repeat(43);
    expect(robotMethods.hello.params.safeParse({ protocol: 2, client, clientNonce }).success).toBe(true);
    expect(robotMethods.hello.params.safeParse({ protocol: 2, client, clientNonce, tokenId: 'abc_-1' }).success).toBe(true);
    expect(robotMethods.hello.params.safeParse({ protocol: 2, client }).success).toBe(false);
    expect(robotMethods.hello.params.safeParse({ protocol: 1, client, clientNonce }).success).toBe(false);
    expect(robotMethods.hello.params.strict().safeParse({ protocol: 2, client, clientNonce, token: 't' }).success).toBe(false);
  });

  it('tells the two hello answers apart by status', () => {
    expect(helloResultSchema.parse({ status: 'pairing-required', pairingId: 'p', expiresInSeconds: 120 }).status).toBe('pairing-required');
    expect(helloResultSchema.safeParse({ status: 'ready' }).success).toBe(false);
  });

  it('requires a UUID jobId when one is given to jobs.start', () => {
    expect(startJobParamsSchema.safeParse({ processKey: 'p', jobId: 'not-a-uuid' }).success).toBe(false);
    expect(startJobParamsSchema.safeParse({ processKey: 'p', jobId: crypto.randomUUID() }).success).toBe(true);
  });

  it('defaults jobs.stop to a soft stop and refuses unknown modes', () => {
    expect(robotMethods['jobs.stop'].params.parse({ jobId: 'j' }).mode).toBe('soft');
    expect(robotMethods['jobs.stop'].params.safeParse({ jobId: 'j', mode: 'nuke' }).success).toBe(false);
  });

  it('refuses a job in a state Orchestrator does not have', () => {
    expect(localJobSchema.safeParse({ jobId: 'j', processKey: 'p', state: 'paused', seq: 1 }).success).toBe(false);
  });

  it('gives every bridge error reason its own JSON-RPC code, sharing only with the standard ones', () => {
    const custom = Object.entries(ROBOT_ERROR_CODES).filter(([, code]) => code > -32100 && code <= -32000);
    expect(new Set(custom.map(([, code]) => code)).size).toBe(custom.length);
    expect(ROBOT_ERROR_CODES.INVALID_ARGUMENTS).toBe(-32602);
  });
});
