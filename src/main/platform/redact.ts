/**
 * Log redaction: no token, secret, password or authorization value ever reaches a log
 * (DESIGN.md §9.8). Keys are matched by name at any depth; bearer tokens and JWT-looking
 * strings are masked even under innocent keys.
 */
const SECRET_KEY = /(token|secret|password|passwd|authorization|cookie|code_verifier|api[-_]?key|credential|pairing[-_]?code)/i;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g;
export const REDACTED = '[redacted]';

export function redactText(text: string): string {
  return text.replace(BEARER, `$1 ${REDACTED}`).replace(JWT, REDACTED);
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = SECRET_KEY.test(key) ? REDACTED : redact(item, depth + 1);
  }
  return result;
}
