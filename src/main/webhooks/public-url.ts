/** Where deliveries land under the public URL: `<public URL>/webhooks/orchestrator/<registration id>`. */
export const WEBHOOK_PATH = '/webhooks/orchestrator';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The URL Orchestrator reaches Baton at, as a person configured it. HTTPS, because deliveries
 * carry job data and the signature does not hide it; plain http only on loopback (tests, the
 * sandbox, an Orchestrator on the same machine).
 */
export function parsePublicUrl(text: string): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: `The webhook URL "${text}" is not a URL.` };
  }
  if (url.username || url.password || url.search || url.hash)
    return { ok: false, reason: 'The webhook URL must not carry a user, a query or a fragment.' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    return {
      ok: false,
      reason: 'The webhook URL must use https (plain http only on loopback): put a TLS reverse proxy in front of Baton.',
    };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'The webhook URL must use https.' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
