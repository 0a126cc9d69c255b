import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import type { SandboxUser } from '../seed/users';
import { claimsForScopes } from './account-claims';

export interface UserinfoDeps {
  issuers: readonly string[];
  audience: string;
  jwks: { keys: JWK[] };
  users: readonly SandboxUser[];
  now: () => number;
}

function scopesOf(claim: unknown): Set<string> {
  if (Array.isArray(claim)) return new Set(claim.map(String));
  if (typeof claim === 'string') return new Set(claim.split(' '));
  return new Set();
}

/**
 * `/connect/userinfo`. oidc-provider only serves opaque access tokens there, while Identity
 * Server (like this sandbox) issues JWT access tokens and accepts them at userinfo when they
 * carry the `openid` scope, so the endpoint is answered here.
 */
export function createUserinfoHandler(deps: UserinfoDeps) {
  const keys = createLocalJWKSet(deps.jwks);

  function fail(res: ServerResponse, status: number, error: string, description: string) {
    res.statusCode = status;
    res.setHeader('WWW-Authenticate', `Bearer error="${error}", error_description="${description}"`);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ error, error_description: description }));
  }

  async function respond(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.statusCode = 405;
      res.setHeader('Allow', 'GET, POST');
      return res.end();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match?.[1]) return fail(res, 401, 'invalid_request', 'no access token provided');
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1], keys, {
        issuer: [...deps.issuers],
        audience: deps.audience,
        algorithms: ['RS256'],
        currentDate: new Date(deps.now()),
      }));
    } catch {
      return fail(res, 401, 'invalid_token', 'invalid token provided');
    }
    const scopes = scopesOf(payload.scope);
    const user = deps.users.find((u) => u.id === payload.sub);
    if (!scopes.has('openid') || payload.sub_type !== 'user' || !user) {
      return fail(res, 403, 'insufficient_scope', 'access token lacks the openid scope');
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify(claimsForScopes(user, scopes)));
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    respond(req, res).catch(() => fail(res, 500, 'server_error', 'userinfo failed'));
  };
}
