/** The access token's claims, if it is a JWT (Identity Server's are; PATs and 19.10 tokens are opaque). Read, never verified: the server verifies. */
export function decodeClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Identity Server sends `scope` as a JSON array; other issuers as a space-separated string. */
export function scopesOf(claims: Record<string, unknown>): string[] {
  const scope = claims.scope;
  if (Array.isArray(scope)) return scope.filter((s): s is string => typeof s === 'string');
  if (typeof scope === 'string') return scope.split(/\s+/).filter(Boolean);
  return [];
}

/**
 * What Baton needs, each satisfied by any one of its scopes (reference §2.6). `use` is what it is
 * for, a select of `diagnostics.scopesMissing` (listing your folders, listing processes, …).
 */
export const NEEDED_SCOPES = [
  { need: 'OR.Folders.Read', anyOf: ['OR.Folders', 'OR.Folders.Read'], use: 'folders' },
  { need: 'OR.Execution.Read', anyOf: ['OR.Execution', 'OR.Execution.Read'], use: 'processes' },
  { need: 'OR.Jobs', anyOf: ['OR.Jobs', 'OR.Jobs.Write'], use: 'jobs' },
  { need: 'OR.Jobs.Read', anyOf: ['OR.Jobs', 'OR.Jobs.Read'], use: 'following' },
] as const;
