import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * `X-UiPath-Signature`: Base64 of HMAC-SHA256 over the raw UTF-8 body, keyed with the webhook's
 * secret (UTF-8). Source: Orchestrator's "About webhooks" page, reference orchestrator-versions.md
 * §3.6 (a `sha256=<hex>` form in one agent-skill doc conflicts; plain Base64 is the server's).
 */
export function signDelivery(secret: string, rawBody: Buffer | string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest('base64');
}

/** True only for the exact signature of these bytes; compared in constant time so timing says nothing of the secret. */
export function isSignatureValid(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (!header || !/^[A-Za-z0-9+/]+={0,2}$/.test(header.trim())) return false;
  const presented = Buffer.from(header.trim(), 'base64');
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(rawBody).digest();
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
