import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import type { VerifiedToken, VerifyToken } from './types';

/** Keys and names an access token must match: Identity Server's JWKS, its issuer URLs, the API audience. */
export interface TrustAnchor {
  jwks: JSONWebKeySet;
  issuers: string[];
  audience: string | string[];
}

/**
 * Verifies a Bearer JWT (signature, exp/nbf against the sandbox clock, issuer, audience) against
 * any of the anchors. Anchors are read on every call, so keys added later (key rotation) count.
 */
export function createJwtVerifier(deps: { anchors: () => readonly TrustAnchor[]; now: () => number }): VerifyToken {
  return async (token) => {
    let lastError: unknown = new Error('no trust anchor');
    for (const anchor of deps.anchors()) {
      try {
        const { payload } = await jwtVerify(token, createLocalJWKSet(anchor.jwks), {
          issuer: anchor.issuers,
          audience: anchor.audience,
          currentDate: new Date(deps.now()),
          clockTolerance: 5,
        });
        // Client-credentials tokens may carry the app only as client_id.
        const sub = typeof payload.sub === 'string' ? payload.sub : typeof payload.client_id === 'string' ? payload.client_id : undefined;
        if (sub === undefined) throw new Error('token has no sub');
        const scope = payload.scope;
        const scopes = Array.isArray(scope) ? scope.map(String) : typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [];
        const verified: VerifiedToken = { sub, scopes };
        if (typeof payload.sub_type === 'string') verified.subType = payload.sub_type;
        if (typeof payload.client_id === 'string') verified.clientId = payload.client_id;
        if (typeof payload.tenant === 'string') verified.tenant = payload.tenant;
        return verified;
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  };
}
