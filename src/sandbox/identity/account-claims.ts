import type { SandboxUser } from '../seed/users';

/** Which claim each OIDC scope releases (IdentityServer's standard identity resources). */
export const SCOPE_CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'preferred_username'],
  email: ['email', 'email_verified'],
} as const;

export function userClaims(user: SandboxUser): Record<string, string | boolean> {
  return {
    sub: user.id,
    name: user.name,
    preferred_username: user.username,
    email: user.email,
    email_verified: true,
  };
}

/** The user's claims that the granted scopes release, for the userinfo response. */
export function claimsForScopes(user: SandboxUser, scopes: ReadonlySet<string>): Record<string, string | boolean> {
  const all = userClaims(user);
  const out: Record<string, string | boolean> = { sub: user.id };
  for (const [scope, names] of Object.entries(SCOPE_CLAIMS)) {
    if (!scopes.has(scope)) continue;
    for (const name of names) {
      const value = all[name];
      if (value !== undefined) out[name] = value;
    }
  }
  return out;
}
