import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh launch token: 32 random bytes, URL-safe so it can ride in a query string. */
export function createLaunchToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Constant-time comparison of a presented token with the expected one. Both sides are hashed
 * first so that timingSafeEqual always sees equal lengths and the length itself does not leak.
 */
export function isTokenValid(expected: string, presented: unknown): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(presented));
}
