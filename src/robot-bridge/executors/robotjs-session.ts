import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { BridgeClock } from '../clock';
import { RobotBridgeError } from '../errors';
import { openUrl } from '../open-url';

/**
 * The HTTP side of UiPath's RobotJS service, as `@uipath/robot` 1.3.1 speaks it
 * (shared/reference/anchors-assistant-robotjs.md §2): `GET :2323/GetPort` on the session-0
 * listener answers the port of the person's own listener; every later call goes there, with
 * `consentCode=N` once the person has allowed this client.
 */
export const ROBOTJS_DISCOVERY_PORT = 2323;
export const CONSENT_POLL_MS = 250;
export const CONSENT_TIMEOUT_MS = 60_000;
/**
 * The origin Baton's bridge names in the consent URL and sends on every RobotJS request, the way a
 * page sends `window.location.origin` (anchors §2.4). Stable and under the reserved `.localhost`
 * name (RFC 6761), so an administrator can pre-approve it: `UIPATH_ROBOTJS_ALLOWLIST=http://baton.localhost`.
 */
export const ROBOTJS_ORIGIN = 'http://baton.localhost';

export function consentUrl(code: number, origin = ROBOTJS_ORIGIN): string {
  // As the SDK builds it: the robot's protocol handler reads it as is.
  return `uipath-web://consentCode=${code}&Origin=${origin}`;
}

const getPortSchema = z.object({ Port: z.number().int().positive(), ServerFeatures: z.array(z.string()).default([]) });
export type RobotJsPort = z.infer<typeof getPortSchema>;

export interface RobotJsSessionOptions {
  host?: string;
  discoveryPort?: number;
  clock: BridgeClock;
  /** The person must see this code and press Allow in UiPath Assistant's consent dialog. */
  onConsentCode?: (code: number, protocolUrl: string) => void;
  /**
   * Opens the `uipath-web://` consent URL, which makes UiPath Assistant show its dialog (the SDK
   * navigates the page there). Default: the OS opener, without a shell (src/robot-bridge/open-url.ts).
   */
  openUrl?: (url: string) => Promise<void>;
  fetch?: typeof fetch;
  consentTimeoutMs?: number;
  consentPollMs?: number;
}

export interface RobotJsSession {
  /** Port and server features, discovering (and asking consent) once; concurrent callers share one discovery. */
  connect(): Promise<RobotJsPort>;
  /** A call to the person's listener; a 401 asks for consent again and retries once. */
  request(method: 'GET' | 'POST', endpoint: string, query: Record<string, string>, body?: unknown, signal?: AbortSignal): Promise<unknown>;
}

/** RobotJS "403 - Consent rejected", with what to do. */
export const CONSENT_REFUSED_MESSAGE = `Baton was refused in UiPath Assistant's consent dialog (403). To allow it, try again and click Allow when UiPath Assistant shows the same code; an administrator can pre-approve Baton with UIPATH_ROBOTJS_ALLOWLIST=${ROBOTJS_ORIGIN}.`;
/** RobotJS "408 - Timed out", with what to do. */
export const CONSENT_TIMED_OUT_MESSAGE = `Nobody allowed Baton in UiPath Assistant within 60 seconds (408). Try again and click Allow in UiPath Assistant's dialog; if no dialog appears, open UiPath Assistant first, or have an administrator pre-approve Baton with UIPATH_ROBOTJS_ALLOWLIST=${ROBOTJS_ORIGIN}.`;

export function createRobotJsSession(options: RobotJsSessionOptions): RobotJsSession {
  const host = options.host ?? 'localhost';
  const discoveryPort = options.discoveryPort ?? ROBOTJS_DISCOVERY_PORT;
  const doFetch = options.fetch ?? fetch;
  const { clock } = options;
  let consentCode = 0;
  let uipathToken: string | undefined;
  let discovery: Promise<RobotJsPort> | undefined;

  function urlFor(port: number, endpoint: string, query: Record<string, string> = {}): string {
    const url = new URL(`http://${host}:${port}/${endpoint}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    if (consentCode !== 0) url.searchParams.set('consentCode', String(consentCode));
    return url.toString();
  }

  async function send(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('Origin', ROBOTJS_ORIGIN);
    if (uipathToken) headers.set('uipathToken', uipathToken);
    let response: Response;
    try {
      response = await doFetch(url, { ...init, headers });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      // RobotJS's "XHR status 0": nothing listens, so the Robot or its RobotJS add-on is not running.
      throw new RobotBridgeError(
        'EXECUTOR_FAILED',
        'UiPath Robot’s RobotJS service does not answer on this machine. Start UiPath Assistant and check that the JavaScript Robot add-on is installed.',
      );
    }
    const token = response.headers.get('uipathToken');
    if (token) uipathToken = token;
    return response;
  }

  function wait(ms: number): Promise<void> {
    return new Promise((resolve) => clock.setTimeout(resolve, ms));
  }

  async function askConsent(): Promise<RobotJsPort> {
    consentCode = randomInt(100_001, 1_000_000);
    const url = consentUrl(consentCode);
    options.onConsentCode?.(consentCode, url);
    // Without this the Assistant never shows its dialog; a failure to open is not fatal: the person
    // may open UiPath Assistant themselves, or an allow-list may grant it.
    await (options.openUrl ?? openUrl)(url).catch(() => undefined);
    const deadline = clock.now() + (options.consentTimeoutMs ?? CONSENT_TIMEOUT_MS);
    while (clock.now() < deadline) {
      const response = await send(urlFor(discoveryPort, 'GetPort'));
      if (response.ok) return getPortSchema.parse(await response.json());
      if (response.status === 403) {
        consentCode = 0;
        throw new RobotBridgeError('EXECUTOR_FAILED', CONSENT_REFUSED_MESSAGE);
      }
      await wait(options.consentPollMs ?? CONSENT_POLL_MS);
    }
    consentCode = 0;
    throw new RobotBridgeError('EXECUTOR_FAILED', CONSENT_TIMED_OUT_MESSAGE);
  }

  async function discover(): Promise<RobotJsPort> {
    const response = await send(urlFor(discoveryPort, 'GetPort'));
    if (response.ok) return getPortSchema.parse(await response.json());
    if (response.status === 401) return askConsent();
    throw new RobotBridgeError('EXECUTOR_FAILED', `RobotJS discovery failed (HTTP ${response.status}).`);
  }

  function connect(): Promise<RobotJsPort> {
    discovery ??= discover().catch((error: unknown) => {
      discovery = undefined;
      throw error;
    });
    return discovery;
  }

  async function request(
    method: 'GET' | 'POST',
    endpoint: string,
    query: Record<string, string>,
    body?: unknown,
    signal?: AbortSignal,
    isRetry = false,
  ): Promise<unknown> {
    const { Port } = await connect();
    const response = await send(urlFor(Port, endpoint, query), {
      method,
      signal,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    if (response.status === 401 && !isRetry) {
      // Consent expired or was revoked: the SDK asks again and repeats the call once.
      discovery = undefined;
      consentCode = 0;
      uipathToken = undefined;
      return request(method, endpoint, query, body, signal, true);
    }
    const text = await response.text();
    const parsed: unknown = text.length > 0 ? safeJson(text) : undefined;
    if (!response.ok) {
      const detail = (parsed as { response?: { Error?: unknown } } | undefined)?.response?.Error;
      throw new RobotBridgeError(
        'EXECUTOR_FAILED',
        `RobotJS ${endpoint} failed: ${response.status} - ${describe(detail) ?? response.statusText}`,
      );
    }
    return parsed;
  }

  return { connect, request: (method, endpoint, query, body, signal) => request(method, endpoint, query, body, signal) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(detail: unknown): string | undefined {
  if (detail === undefined || detail === null) return undefined;
  if (typeof detail === 'string') return detail;
  const message = (detail as { Message?: unknown; message?: unknown }).Message ?? (detail as { message?: unknown }).message;
  return typeof message === 'string' ? message : JSON.stringify(detail);
}
