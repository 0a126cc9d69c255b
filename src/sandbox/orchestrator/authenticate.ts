import type { IncomingMessage } from 'node:http';
import type { SandboxClock } from './clock';
import { errors } from './errors';
import type { OrchestratorState } from './state';
import type { Caller, VerifyToken } from './types';

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/** Resolves the caller from a legacy `/api/Account/Authenticate` token or an Identity Server JWT; 401 otherwise. */
export async function authenticate(
  req: IncomingMessage,
  deps: { state: OrchestratorState; verifyToken: VerifyToken; clock: SandboxClock },
): Promise<Caller> {
  const token = bearerToken(req);
  if (!token) throw errors.unauthenticated();
  const { state } = deps;
  const legacy = state.legacyTokens.get(token);
  if (legacy) {
    if (legacy.expiresAt <= deps.clock.now()) throw errors.unauthenticated();
    const principal = state.seed.principals.find((p) => p.userId === legacy.userId);
    if (!principal) throw errors.unauthenticated();
    return { principal, scopes: 'all' };
  }
  let verified;
  try {
    verified = await deps.verifyToken(token);
  } catch {
    throw errors.unauthenticated();
  }
  if (verified.tenant && verified.tenant.toLowerCase() !== state.seed.tenant.name.toLowerCase()) throw errors.unauthenticated();
  const isApp = verified.subType === 'service.external' || (verified.clientId !== undefined && verified.sub === verified.clientId);
  const principal = state.seed.principals.find((p) =>
    isApp
      ? p.kind === 'app' && p.subject === (verified.clientId ?? verified.sub)
      : p.kind === 'user' && [p.subject, p.userName, p.email].includes(verified.sub),
  );
  if (!principal) throw errors.unauthenticated();
  return { principal, scopes: new Set(verified.scopes) };
}

/**
 * "OAuth required scopes: OR.X or OR.X.Read": any one of the listed scopes will do. `OR.Default`
 * is the wildcard that leaves the decision to the caller's roles (orchestrator-versions.md §5.2).
 */
export function requireScope(caller: Caller, anyOf: readonly string[]): void {
  if (caller.scopes === 'all') return;
  const granted = caller.scopes;
  if (granted.has('OR.Default')) return;
  if (!anyOf.some((s) => granted.has(s))) throw errors.missingScope(anyOf);
}
