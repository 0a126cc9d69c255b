import { describe, expect, it } from 'vitest';
import { errorFromNetwork, errorFromResponse, isBodyRefused, isGone, parseErrorBody } from '../../../src/main/orchestrator';

// Each answer Orchestrator (or something in front of it) can give, and exactly what the person is
// told: code, sentence and hint, and whether the request may have acted (a write is then never sent
// again). Would catch a branch that maps to the wrong code, a hint that lost its advice, or an
// ambiguous failure reported as safe to resend.

const body = (value: unknown) => JSON.stringify(value);

interface MappingCase {
  status: number;
  text: string;
  ctx?: { permission?: string; folderPath?: string };
  code: string;
  message: string;
  hint: string;
}

describe('reading an error body', () => {
  it.each([
    [
      { message: 'm', errorCode: 7, traceId: 't' },
      { message: 'm', errorCode: 7, traceId: 't', isJson: true },
    ],
    [
      { Message: 'M', ErrorCode: 8 },
      { message: 'M', errorCode: 8, traceId: undefined, isJson: true },
    ],
    [{ errorMessage: 'identity said' }, { message: 'identity said', errorCode: undefined, traceId: undefined, isJson: true }],
    [
      { error: { message: 'abp', details: 'abp details' } },
      { message: 'abp details', errorCode: undefined, traceId: undefined, isJson: true },
    ],
    [{ error: { message: 'abp' } }, { message: 'abp', errorCode: undefined, traceId: undefined, isJson: true }],
    [
      { title: 'One or more validation errors occurred.' },
      { message: 'One or more validation errors occurred.', errorCode: undefined, traceId: undefined, isJson: true },
    ],
    [{ traceId: null }, { message: undefined, errorCode: undefined, traceId: undefined, isJson: true }],
    [{ message: 3 }, { isJson: true }],
    [{ error: { message: 3 } }, { isJson: true }],
    [{ error: { details: 3 } }, { isJson: true }],
  ])('reads %j', (value, expected) => {
    expect(parseErrorBody(body(value))).toEqual(expected);
  });

  it('says when the body is not JSON', () => {
    expect(parseErrorBody('<html>Bad gateway</html>')).toEqual({ isJson: false });
  });
});

describe('an HTTP error answer', () => {
  const said = 'Orchestrator said: boom';

  it.each([
    {
      status: 404,
      text: '<html>not found</html>',
      code: 'NETWORK_UNREACHABLE',
      message: 'Something other than Orchestrator answered “not found” (HTTP 404, not Orchestrator’s JSON).',
      hint: 'Check the profile’s Orchestrator URL and any proxy between you and Orchestrator; Baton keeps following your runs meanwhile.',
    },
    {
      status: 404,
      text: body({ message: 'boom', errorCode: 1002 }),
      code: 'NOT_FOUND',
      message: `Orchestrator no longer has it. ${said}`,
      hint: 'It was removed in Orchestrator; refresh the process list.',
    },
    {
      status: 400,
      text: body({ message: 'boom', errorCode: 1100 }),
      code: 'NOT_FOUND',
      message: 'The folder does not exist or you have no access to it.',
      hint: 'Refresh the process list (folders can be renumbered); ask an administrator if you should have access.',
    },
    {
      status: 400,
      text: body({ message: 'boom', errorCode: 1100 }),
      ctx: { folderPath: 'Finance' },
      code: 'NOT_FOUND',
      message: 'The folder Finance does not exist or you have no access to it.',
      hint: 'Refresh the process list (folders can be renumbered); ask an administrator if you should have access.',
    },
    {
      status: 400,
      text: body({ message: 'boom', errorCode: 1101 }),
      code: 'VALIDATION',
      message: `Orchestrator needs a folder for this. ${said}`,
      hint: 'Choose the process from a folder in the process list and try again.',
    },
    {
      status: 400,
      text: body({ message: 'boom', errorCode: 1000 }),
      code: 'INTERNAL',
      message: `This Orchestrator version refused Baton’s query. ${said}`,
      hint: 'Run Diagnostics and report the Orchestrator version; refreshing again will not help.',
    },
    {
      status: 400,
      text: body({ message: 'boom', errorCode: 1009 }),
      code: 'INTERNAL',
      message: `This Orchestrator version refused Baton’s query. ${said}`,
      hint: 'Run Diagnostics and report the Orchestrator version; refreshing again will not help.',
    },
    {
      status: 400,
      text: body({ message: 'startInfo Must Not Be Null', errorCode: 0 }),
      code: 'INTERNAL',
      message: 'This Orchestrator version does not know a field Baton sent. Orchestrator said: startInfo Must Not Be Null',
      hint: 'Nothing was created. Run Diagnostics and report the Orchestrator version; Baton adapts its requests to each version.',
    },
    ...['Could not find a property named X', 'Invalid OData query', 'The query specified in the URI is not valid.'].map((message) => ({
      status: 400,
      text: body({ message }),
      code: 'INTERNAL',
      message: `This Orchestrator version refused Baton’s query. Orchestrator said: ${message}`,
      hint: 'Run Diagnostics and report the Orchestrator version; refreshing again will not help.',
    })),
    {
      status: 400,
      text: body({ message: 'Invalid Scope' }),
      code: 'FORBIDDEN',
      message: 'The sign-in does not grant the access this needs. Orchestrator said: Invalid Scope',
      hint: 'Ask your administrator to grant the scopes Baton asks for to its external application (or use OR.Default), then sign in again.',
    },
    {
      status: 401,
      text: '',
      code: 'AUTH_REQUIRED',
      message: 'Orchestrator no longer accepts your sign-in.',
      hint: 'Sign in again.',
    },
    ...['Missing SCOPE OR.Jobs', 'The Access Token has no rights'].map((message) => ({
      status: 403,
      text: body({ message }),
      code: 'FORBIDDEN',
      message: `The sign-in does not grant the access this needs. Orchestrator said: ${message}`,
      hint: 'Ask your administrator to grant the OR.* scopes Baton asks for to its external application, then sign in again.',
    })),
    {
      status: 403,
      text: body({ message: 'You are not authorized.' }),
      ctx: { permission: 'Jobs.Create', folderPath: 'Finance' },
      code: 'FORBIDDEN',
      message: 'Your account lacks Jobs.Create in folder Finance.',
      hint: 'Ask an Orchestrator administrator to give you a role with Jobs.Create in folder Finance.',
    },
    {
      status: 403,
      text: body({ message: 'You are not authorized.' }),
      ctx: { permission: 'Jobs.Create' },
      code: 'FORBIDDEN',
      message: 'Your account lacks Jobs.Create.',
      hint: 'Ask an Orchestrator administrator to give you a role with Jobs.Create.',
    },
    {
      status: 403,
      text: body({ message: 'You are not authorized.' }),
      ctx: { folderPath: 'Finance' },
      code: 'FORBIDDEN',
      message: 'Your account may not do this in folder Finance.',
      hint: 'Ask an Orchestrator administrator for a role that allows it.',
    },
    {
      status: 404,
      text: body({ message: 'boom' }),
      code: 'NOT_FOUND',
      message: `Not found. ${said}`,
      hint: 'Refresh the process list and try again.',
    },
    {
      status: 409,
      text: body({ message: 'boom' }),
      code: 'CONFLICT',
      message: `Orchestrator refused because of a conflict. ${said}`,
      hint: 'Refresh and try again.',
    },
    {
      status: 429,
      text: '',
      code: 'RATE_LIMITED',
      message: 'Orchestrator is limiting how often Baton may ask.',
      hint: 'Wait a minute and try again.',
    },
    {
      status: 422,
      text: body({ message: 'boom' }),
      code: 'VALIDATION',
      message: `Orchestrator refused the request. ${said}`,
      hint: 'Check the values you entered and try again.',
    },
    {
      status: 499,
      text: '',
      code: 'VALIDATION',
      message: 'Orchestrator refused the request. Orchestrator answered HTTP 499.',
      hint: 'Check the values you entered and try again.',
    },
  ] as MappingCase[])('$status $text → $code', ({ status, text, ctx, code, message, hint }) => {
    const error = errorFromResponse(status, text, ctx ?? {});
    expect({ code: error.code, message: error.message, hint: error.hint }).toEqual({ code, message, hint });
    expect(error.status).toBe(status);
    expect(error.isAmbiguous).toBe(false);
  });

  it('says a server error may have acted, and says how to go on', () => {
    for (const status of [500, 502, 503, 504]) {
      const error = errorFromResponse(status, '<html>x</html>', {});
      expect(error).toMatchObject({
        code: 'NETWORK_UNREACHABLE',
        message: `Orchestrator could not answer (HTTP ${status}).`,
        hint: 'Try again in a moment; if it keeps happening, check Orchestrator’s health with your administrator.',
        isAmbiguous: true,
        status,
      });
    }
  });

  it('reads "must not be null", query refusals and scope words as such only in a 400', () => {
    for (const message of ['x must not be null', 'Invalid OData query', 'Invalid scope'])
      expect(errorFromResponse(409, body({ message }), {}).code).toBe('CONFLICT');
  });

  it('treats an answer below 400 that reached the error path as the server failing, not the input', () => {
    expect(errorFromResponse(302, '', {})).toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: 'Orchestrator could not answer (HTTP 302).',
    });
  });

  it('names the seconds to wait from Retry-After, rounded up', () => {
    const error = errorFromResponse(429, '', {}, 2_100);
    expect(error.hint).toBe('Wait 3 seconds and try again.');
    expect(error.details).toEqual({ status: 429, retryAfterMs: 2_100 });
  });

  it('keeps the status, error code, trace id and server message for a report, and only those it has', () => {
    const error = errorFromResponse(409, body({ message: 'boom', errorCode: 5, traceId: 't1' }), {});
    expect(error.details).toEqual({ status: 409, errorCode: 5, traceId: 't1' });
    expect(error.errorCode).toBe(5);
    expect(error.serverMessage).toBe('boom');
    expect(errorFromResponse(409, body({ message: 'boom' }), {}).details).toStrictEqual({ status: 409 });
  });

  it('knows a refused body only from a 400 that says "must not be null"', () => {
    expect(isBodyRefused(errorFromResponse(400, body({ message: 'x MUST NOT BE NULL' }), {}))).toBe(true);
    expect(isBodyRefused(errorFromResponse(409, body({ message: 'x must not be null' }), {}))).toBe(false);
    expect(isBodyRefused(new Error('must not be null'))).toBe(false);
    expect(isGone(new Error('gone'))).toBe(false);
  });
});

describe('a request that got no answer', () => {
  const failure = (code?: string) => Object.assign(new Error('fetch failed'), code ? { cause: { code } } : {});

  it('refused outright: nothing reached the server, so a write may be sent again', () => {
    const error = errorFromNetwork(failure('ECONNREFUSED'), 'https://orch.example.com:8443/odata/Jobs', false);
    expect(error).toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      message: 'Cannot reach Orchestrator at orch.example.com:8443.',
      hint: 'Check the network connection and the Orchestrator URL of this profile, then try again.',
      details: { code: 'ECONNREFUSED' },
      isAmbiguous: false,
      isRefusedConnection: true,
    });
  });

  it('reset or timed out: the server may have acted, so a write is never sent again', () => {
    expect(errorFromNetwork(failure('ECONNRESET'), 'https://orch.example.com/x', false)).toMatchObject({
      isAmbiguous: true,
      isRefusedConnection: false,
    });
    const timeout = errorFromNetwork(failure('ECONNREFUSED'), 'https://orch.example.com/x', true);
    expect(timeout).toMatchObject({
      message: 'Orchestrator at orch.example.com did not answer in time.',
      isAmbiguous: true,
      isRefusedConnection: false,
    });
    expect(errorFromNetwork(failure(), 'https://orch.example.com/x', false).details).toBeUndefined();
  });

  it.each(['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'])(
    'an untrusted certificate (%s) says so, and never turns checks off',
    (code) => {
      expect(errorFromNetwork(failure(code), 'https://orch.example.com/x', false)).toMatchObject({
        code: 'TLS_UNTRUSTED',
        message: 'The certificate of orch.example.com is not trusted by this computer.',
        hint: 'Install the certificate’s issuing CA in the operating system’s trust store; Baton never turns TLS checks off.',
        isAmbiguous: false,
      });
    },
  );

  it('a certificate code during a timeout is still a timeout', () => {
    expect(errorFromNetwork(failure('CERT_HAS_EXPIRED'), 'https://orch.example.com/x', true).code).toBe('NETWORK_UNREACHABLE');
  });

  it('reads a failure that carries nothing (an abort without a reason) as a timeout', () => {
    expect(errorFromNetwork(undefined, 'https://orch.example.com/x', true)).toMatchObject({
      code: 'NETWORK_UNREACHABLE',
      isAmbiguous: true,
    });
  });

  it('names the configured address when the URL cannot be read', () => {
    expect(errorFromNetwork(failure(), 'not a url', false).message).toBe('Cannot reach Orchestrator at the configured address.');
  });
});
