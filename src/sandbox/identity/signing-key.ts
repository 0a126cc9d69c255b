import { createHash, generateKeyPairSync, type JsonWebKey } from 'node:crypto';

export interface SigningKey {
  /** Private JWK handed to every oidc-provider mount, so each signs with the same key. */
  privateJwk: JsonWebKey & { kid: string; alg: 'RS256'; use: 'sig' };
  /** The public half, as published at every mount's JWKS endpoint. */
  publicJwk: JsonWebKey & { kid: string; alg: 'RS256'; use: 'sig' };
}

/** A fresh RS256 key per sandbox run: tokens from an earlier run must not verify. */
export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pub = publicKey.export({ format: 'jwk' });
  // RFC 7638 thumbprint as the kid, as IdentityServer derives its own key ids from key material.
  const kid = createHash('sha256')
    .update(JSON.stringify({ e: pub.e, kty: pub.kty, n: pub.n }))
    .digest('base64url');
  const meta = { kid, alg: 'RS256', use: 'sig' } as const;
  return {
    privateJwk: { ...privateKey.export({ format: 'jwk' }), ...meta },
    publicJwk: { kty: pub.kty, n: pub.n, e: pub.e, ...meta },
  };
}
