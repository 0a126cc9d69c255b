import { z } from 'zod';
import { BatonError } from '../../shared/errors';
import { said } from '../../shared/message-parts';
import type { Clock, HttpFetch, Logger } from '../platform';
import { dialectFor, parseApiVersionHeader, recogniseLegacyProduct, type ApiDialect, type LegacyProduct } from './api-dialect';
import { createConcurrencyLimiter, type ConcurrencyLimiter } from './concurrency';
import { errorFromNetwork, errorFromResponse, OrchestratorCallError, type RequestContext } from './http-errors';
import { DEFAULT_RETRY_POLICY, isRetryableStatus, parseRetryAfter, retryDelay, type RetryPolicy } from './retry-policy';
import { orchestratorHeaders } from './headers';
import type { AnswerSchema } from './row-checks';
import type { AccessTokenSource, OrchestratorConnection } from './types';

export type QueryValue = string | number | boolean | undefined;

export interface OrchestratorRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  /** Under the API base, e.g. `/odata/Releases`. */
  path: string;
  query?: Record<string, QueryValue>;
  /**
   * Folder context: `X-UIPATH-FolderKey` where the version has it and the folder's key is known
   * (keys survive a licence-plan change that renumbers folders), else `X-UIPATH-OrganizationUnitId`
   * (understood by every version since 19.10).
   */
  folderId?: number;
  body?: unknown;
  /** Retried on network errors and 502/503/504; GET defaults to true, POST to false. */
  isIdempotent?: boolean;
  context?: RequestContext;
  /** Attempts before giving up, overriding the policy (the run service handles StartJobs itself). */
  maxRetries?: number;
}

export interface OrchestratorClientOptions {
  connection: OrchestratorConnection;
  tokens: AccessTokenSource;
  fetch: HttpFetch;
  clock: Clock;
  logger?: Logger;
  /** Requests in flight at once (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /** Per attempt (default 30 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  /** Called for every request sent (for request budgets and tests). */
  onRequest?: (info: { method: string; url: string }) => void;
}

export interface OrchestratorClient {
  readonly connection: OrchestratorConnection;
  /**
   * Sends the request (with retries) and parses the JSON answer with `schema` (a zod schema, or a
   * hand-written check of the same contract for large listings); an empty body parses as `undefined`.
   */
  request<T>(request: OrchestratorRequest, schema: AnswerSchema<T>): Promise<T>;
  readonly limiter: ConcurrencyLimiter;
  /** How long one attempt may take: a request that timed out may still land within this long. */
  readonly timeoutMs: number;
  /**
   * The server's dialect, learnt once per connection from the `api-supported-versions` header of
   * the first answer; when nothing has been asked yet, one cheap request asks first.
   */
  dialect(): Promise<ApiDialect>;
  /** The dialect if already learnt (no request). */
  knownDialect(): ApiDialect | undefined;
  /** Folder keys by id, from folder listings, for `X-UIPATH-FolderKey`. */
  rememberFolderKeys(folders: readonly { id: number; key?: string | null }[]): void;
  /** The key of a folder a listing named (20.10+), if any. */
  folderKeyOf(folderId: number): string | undefined;
}

/**
 * Answers every version gives to any signed-in caller with OR.Folders: the probe that reads the
 * header, and (no `$select`) whose first row tells 19.10 from 20.4 when there is no header.
 */
const PROBE: OrchestratorRequest = { path: '/odata/Folders', query: { $top: 1 } };
const probeAnswer = z.object({ value: z.array(z.record(z.string(), z.unknown())) }).loose();

export function buildUrl(apiBaseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const base = apiBaseUrl.replace(/\/+$/, '');
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    // OData wants `$top`, not `%24top`; values are encoded (quotes, spaces, commas stay readable enough).
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return `${base}${path}${parts.length ? `?${parts.join('&')}` : ''}`;
}

/**
 * Enough for a 10,000-process catalog's remaining pages (releases and the Jobs.Create pass, 18 of
 * them) to go out in about one wave, as a browser on HTTP/2 would send them; few enough that a
 * per-folder listing of hundreds of folders does not open hundreds of connections.
 */
export const DEFAULT_CONCURRENCY = 16;

/** One Orchestrator, one profile: headers, timeouts, retries with backoff, one token refresh on 401, error mapping. */
export function createOrchestratorClient(options: OrchestratorClientOptions): OrchestratorClient {
  const { connection, tokens, clock } = options;
  const limiter = createConcurrencyLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 30_000;
  const random = options.random ?? Math.random;
  const sleep = (ms: number) => new Promise<void>((resolve) => void clock.setTimeout(resolve, ms));
  // undefined: not learnt yet; null: the server answered without the header (19.10, 20.4).
  let apiVersion: number | null | undefined;
  let legacyProduct: LegacyProduct | undefined;
  let hasProbed = false;
  // Settled by the first answer that reports a number: a dialect() waiting on the probe need not wait longer.
  let reportNumber: () => void = () => {};
  const numberReported = new Promise<void>((resolve) => (reportNumber = resolve));
  const folderKeys = new Map<number, string>();

  const learn = (response: Response): void => {
    if (apiVersion !== undefined) return;
    const reported = parseApiVersionHeader(response.headers.get('api-supported-versions'));
    if (reported !== null) {
      apiVersion = reported;
      reportNumber();
    }
    // Only a successful JSON answer says "this server sends no header"; an error page (a proxy's, or
    // a refusal some layer answered before Orchestrator's own code) says nothing about the server.
    else if (response.ok && /json/i.test(response.headers.get('content-type') ?? '')) apiVersion = null;
    if (apiVersion !== undefined) options.logger?.debug('Orchestrator API version', { apiVersion: apiVersion ?? 'not reported' });
  };

  async function attempt(
    request: OrchestratorRequest,
    url: string,
    token: string,
  ): Promise<{ response?: Response; text: string; error?: unknown; isTimeout: boolean }> {
    const method = request.method ?? 'GET';
    // A connection carries a tenant for on-premises servers only (session-connections.ts).
    const headers = orchestratorHeaders({ deployment: 'on-prem', tenant: connection.tenant }, token);
    if (request.folderId !== undefined) {
      const key =
        apiVersion === undefined || !dialectFor(apiVersion, legacyProduct).hasFolderKey ? undefined : folderKeys.get(request.folderId);
      if (key) headers['X-UIPATH-FolderKey'] = key;
      else headers['X-UIPATH-OrganizationUnitId'] = String(request.folderId);
    }
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    let isTimeout = false;
    const cancelTimer = clock.setTimeout(() => {
      isTimeout = true;
      controller.abort();
    }, timeoutMs);
    try {
      options.onRequest?.({ method, url });
      const response = await options.fetch(url, {
        method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: controller.signal,
      });
      const text = await response.text();
      return { response, text, isTimeout: false };
    } catch (error) {
      return { error, text: '', isTimeout };
    } finally {
      cancelTimer();
    }
  }

  async function send(request: OrchestratorRequest): Promise<string> {
    const url = buildUrl(connection.apiBaseUrl, request.path, request.query);
    const isIdempotent = request.isIdempotent ?? (request.method ?? 'GET') === 'GET';
    const maxRetries = request.maxRetries ?? policy.maxRetries;
    let token = await tokens.getAccessToken();
    let hasRefreshed = false;
    for (let tries = 0; ; tries += 1) {
      const result = await limiter.run(() => attempt(request, url, token));
      if (!result.response) {
        const error = errorFromNetwork(result.error, url, result.isTimeout);
        if (isIdempotent && tries < maxRetries) {
          options.logger?.debug('Retrying after a network error', { path: request.path, tries });
          await sleep(retryDelay(policy, tries, random));
          continue;
        }
        throw error;
      }
      const { response, text } = result;
      learn(response);
      if (response.ok) return text;
      if (response.status === 401 && !hasRefreshed) {
        // Tokens can expire between our check and the server's; one renewal, then give up (S6 HttpRetryPolicy).
        hasRefreshed = true;
        token = await tokens.refreshAccessToken();
        tries -= 1;
        continue;
      }
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
      if (isRetryableStatus(response.status, isIdempotent) && tries < maxRetries) {
        options.logger?.debug('Retrying after a refusal', { path: request.path, status: response.status, tries });
        await sleep(retryDelay(policy, tries, random, retryAfterMs));
        continue;
      }
      throw errorFromResponse(response.status, text, request.context ?? {}, retryAfterMs);
    }
  }

  let probing: Promise<void> | undefined;
  const probe = async (): Promise<void> => {
    try {
      // A body that is not JSON (a login page, a cut-off answer) says nothing about the version.
      const answer = probeAnswer.safeParse(parseOrNothing(await send(PROBE)));
      if (apiVersion === null)
        legacyProduct = recogniseLegacyProduct(answer.success ? answer.data.value : [], connection.tokenKind ?? 'oauth');
    } catch (error) {
      // A refusal still carries the header (learnt in send); only "no answer at all" is worth reporting.
      if (apiVersion === undefined && !(error instanceof OrchestratorCallError && error.status !== undefined)) throw error;
    }
    hasProbed = true;
  };
  return {
    connection,
    limiter,
    timeoutMs,
    knownDialect: () => (apiVersion === undefined ? undefined : dialectFor(apiVersion, legacyProduct)),
    async dialect() {
      // Once per connection; a server without a number is also asked which of 19.10 and 20.4 it is.
      if (apiVersion === undefined || (apiVersion === null && !hasProbed)) {
        probing ??= probe().finally(() => (probing = undefined));
        // Another answer (a request asked ahead of the probe) may tell the number first.
        await Promise.race([probing, numberReported]);
      }
      return dialectFor(apiVersion ?? null, legacyProduct);
    },
    folderKeyOf: (folderId) => folderKeys.get(folderId),
    rememberFolderKeys(folders) {
      for (const folder of folders) if (folder.key) folderKeys.set(folder.id, folder.key);
    },
    async request(request, schema) {
      const text = await send(request);
      let json: unknown;
      if (text.trim() !== '') {
        try {
          json = JSON.parse(text);
        } catch (error) {
          throw new OrchestratorCallError(
            BatonError.said('INTERNAL', said('serviceErrors.notJson'), {
              hint: said('serviceErrors.notJsonHint'),
              cause: error,
            }),
            { isAmbiguous: false },
          );
        }
      }
      return checkAnswer(json, schema, request.path);
    },
  };
}

/** The answer `schema` gives for a parsed body, or the client's error for an answer of an unexpected shape. */
export function checkAnswer<T>(json: unknown, schema: AnswerSchema<T>, path: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new OrchestratorCallError(
      BatonError.said('INTERNAL', said('serviceErrors.unexpectedShape', { path }), {
        hint: said('serviceErrors.unexpectedShapeHint'),
        details: { issues: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`) },
      }),
      { isAmbiguous: false },
    );
  }
  return parsed.data;
}

function parseOrNothing(text: string): unknown {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return {};
  }
}
