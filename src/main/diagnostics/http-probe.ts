import { redactText } from '../platform';
import { said } from '../../shared/message-parts';
import type { MessageText } from '../../shared/i18n';
import type { CheckContext } from './types';

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
  tookMs: number;
}

/**
 * The server's answer as evidence values: short, one line, with anything token-like masked.
 * An empty body is `body: 'empty'`, which the messages say in the person's language.
 */
export function answerExcerpt(text: string, max = 160): { excerpt: string; body: 'empty' | 'text' } {
  const line = redactText(text.replace(/\s+/g, ' ').trim()).replace(/("(?:access|refresh|id)_token"\s*:\s*")[^"]*/gi, '$1[redacted]');
  if (line.length === 0) return { excerpt: '', body: 'empty' };
  return { excerpt: line.length > max ? `${line.slice(0, max)}…` : line, body: 'text' };
}

/** Milliseconds as evidence shows them (a whole number). */
export const ms = (value: number) => Math.round(value);

/** `GET url → status`, or `→ failed` when no status came (the request is a value, `failed` a word). */
export function answered(request: string, status: string | number | undefined): MessageText {
  return said('diagnostics.evStatus', { request, status: status === undefined ? 'failed' : String(status) });
}

/** One GET through the platform's fetch (its trust store), with a timeout; throws what fetch throws. */
export async function httpGet(ctx: CheckContext, url: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const started = ctx.elapsed();
  const sentAt = ctx.clock.now();
  const response = await ctx.fetch(url, {
    headers: { Accept: 'application/json', ...headers },
    redirect: 'manual',
    signal: AbortSignal.timeout(ctx.timeoutMs),
  });
  const text = await response.text();
  const receivedAt = ctx.clock.now();
  const date = response.headers.get('date');
  if (date && !ctx.facts.serverDate) ctx.facts.serverDate = { header: date, sentAt, receivedAt };
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json, tookMs: ctx.elapsed() - started };
}

/** What a failed fetch means, in words, with the code behind it. */
export function describeFetchError(error: unknown): { code: string; isTls: boolean; isTimeout: boolean; text: string } {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = err.cause?.code ?? (err.name === 'TimeoutError' ? 'ETIMEDOUT' : (err.name ?? 'ERROR'));
  const isTls = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|TLS|SSL/i.test(`${code} ${err.message ?? ''}`);
  return {
    code,
    isTls,
    isTimeout: code === 'ETIMEDOUT' || err.name === 'TimeoutError',
    text: `${code}${err.cause?.message ? `: ${err.cause.message}` : ''}`,
  };
}
