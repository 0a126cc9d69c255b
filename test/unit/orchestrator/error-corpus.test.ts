import { describe, expect, it } from 'vitest';
import { errorFromResponse, isBodyRefused, isGone } from '../../../src/main/orchestrator';

/**
 * The real error bodies of reference/orchestrator-versions.md §7 (and §2.6), verbatim, through
 * Baton's mapping: each must become the intended code and a hint that says what to do. The
 * expected codes and hint words are written here by hand from what a person should be told, not
 * read back from the mapping.
 */
const TRACE = '00-d0c08db7f3eeac1477da0882ffc7-35f88125b7e01d82-01';
const CORPUS: {
  case: string;
  status: number;
  body: string;
  code: string;
  hint: RegExp;
  ctx?: { permission?: string; folderPath?: string };
}[] = [
  {
    case: '1101, current wording',
    status: 400,
    body: JSON.stringify({ message: 'A folder is required for this action.', errorCode: 1101, traceId: TRACE }),
    code: 'VALIDATION',
    hint: /folder/i,
  },
  {
    case: '1101, older wording',
    status: 400,
    body: JSON.stringify({ message: 'An organization unit is required for this action.', errorCode: 1101, traceId: TRACE }),
    code: 'VALIDATION',
    hint: /folder/i,
  },
  {
    case: '1100, folder gone or inaccessible',
    status: 400,
    body: JSON.stringify({
      message: 'Folder does not exist or the user does not have access to the folder.',
      errorCode: 1100,
      traceId: TRACE,
    }),
    code: 'NOT_FOUND',
    hint: /refresh/i,
    ctx: { folderPath: 'Finance' },
  },
  {
    case: '1002, entity gone',
    status: 404,
    body: JSON.stringify({ message: 'QueueItem does not exist.', errorCode: 1002, traceId: TRACE }),
    code: 'NOT_FOUND',
    hint: /refresh/i,
  },
  {
    case: 'unknown body field (StartJobs)',
    status: 400,
    body: JSON.stringify({ message: 'startJobParameters must not be null', errorCode: 0, traceId: TRACE }),
    code: 'INTERNAL',
    hint: /nothing was created/i,
  },
  {
    case: 'unknown body field (roles, leading "; ")',
    status: 400,
    body: JSON.stringify({ message: '; roleDto must not be null', errorCode: 0, traceId: TRACE }),
    code: 'INTERNAL',
    hint: /version/i,
  },
  {
    case: 'unknown $expand/$select property',
    status: 400,
    body: JSON.stringify({
      message: "Could not find a property named 'Environment' on type 'UiPath.Orchestrator.Web.Models.ReleaseDto'.",
      errorCode: 1000,
    }),
    code: 'INTERNAL',
    hint: /report the Orchestrator version/i,
  },
  {
    case: 'invalid query options',
    status: 400,
    body: JSON.stringify({
      message: "Invalid OData query options: The property 'DeferDate' cannot be used in the $orderby query option.",
      errorCode: 1000,
    }),
    code: 'INTERNAL',
    hint: /report the Orchestrator version/i,
  },
  {
    case: '/api paging out of range',
    status: 400,
    body: JSON.stringify({ message: 'The field take must be between 0 and 100', errorCode: 1009 }),
    code: 'INTERNAL',
    hint: /report/i,
  },
  {
    case: 'ABP not authenticated',
    status: 401,
    body: JSON.stringify({
      result: null,
      targetUrl: null,
      success: false,
      error: {
        code: 0,
        message: 'You are not authenticated!',
        details: 'You should be authenticated (sign in) in order to perform this operation.',
      },
      unAuthorizedRequest: false,
      __abp: true,
    }),
    code: 'AUTH_REQUIRED',
    hint: /sign in/i,
  },
  {
    case: 'ABP forbidden',
    status: 403,
    body: JSON.stringify({
      result: null,
      success: false,
      error: { code: 0, message: 'You are not authorized!', details: 'You are not allowed to perform this operation.' },
      unAuthorizedRequest: true,
      __abp: true,
    }),
    code: 'FORBIDDEN',
    hint: /Jobs\.Create in folder Finance/,
    ctx: { permission: 'Jobs.Create', folderPath: 'Finance' },
  },
  {
    case: 'Identity scope error',
    status: 400,
    body: JSON.stringify({ errorMessage: "OAuth authorization failed. 'IdentityServerApi' scope not found." }),
    code: 'FORBIDDEN',
    hint: /scopes/i,
  },
  {
    case: 'Identity validation (ProblemDetails)',
    status: 400,
    body: JSON.stringify({
      errors: { name: ['The name field is required.'] },
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      traceId: TRACE,
    }),
    code: 'VALIDATION',
    hint: /check/i,
  },
  { case: 'rate limited (body not established)', status: 429, body: '', code: 'RATE_LIMITED', hint: /wait/i },
  {
    case: 'HttpTrigger 500',
    status: 500,
    body: JSON.stringify({ message: 'An error has occurred.' }),
    code: 'NETWORK_UNREACHABLE',
    hint: /try again/i,
  },
  {
    case: "a proxy's HTML 404",
    status: 404,
    body: '<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>',
    code: 'NETWORK_UNREACHABLE',
    hint: /proxy/i,
  },
];

describe('the error corpus through Baton’s mapping', () => {
  it.each(CORPUS)('$case → $code with a hint', ({ status, body, code, hint, ctx }) => {
    const error = errorFromResponse(status, body, ctx ?? {});
    expect(error.code).toBe(code);
    expect(error.hint).toMatch(hint);
  });

  it('keeps the trace id for a report', () => {
    const error = errorFromResponse(400, CORPUS[0]!.body, {});
    expect(error.details).toMatchObject({ traceId: TRACE, errorCode: 1101 });
  });

  it('calls a job gone only on a JSON 404 with errorCode 1002', () => {
    expect(isGone(errorFromResponse(404, JSON.stringify({ message: 'Job does not exist.', errorCode: 1002 }), {}))).toBe(true);
    expect(isGone(errorFromResponse(404, '<html>404</html>', {}))).toBe(false);
    expect(isGone(errorFromResponse(404, JSON.stringify({ message: 'Folder does not exist…', errorCode: 1100 }), {}))).toBe(false);
    expect(isGone(errorFromResponse(400, JSON.stringify({ message: 'Job does not exist.', errorCode: 1002 }), {}))).toBe(false);
  });

  it('knows a refused body created nothing, and an error with other words did not say so', () => {
    expect(
      isBodyRefused(errorFromResponse(400, JSON.stringify({ message: 'startJobParameters must not be null', errorCode: 0 }), {})),
    ).toBe(true);
    expect(isBodyRefused(errorFromResponse(400, JSON.stringify({ message: 'Invalid argument', errorCode: 0 }), {}))).toBe(false);
    expect(isBodyRefused(errorFromResponse(500, JSON.stringify({ message: 'x must not be null' }), {}))).toBe(false);
  });
});
