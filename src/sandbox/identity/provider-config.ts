import { Provider, errors, type KoaContextWithOIDC, type OidcToken, type JwtStructuredToken } from 'oidc-provider';
import { APP_SCOPES, type SandboxClients, type SandboxUser } from '../seed/users';
import { SCOPE_CLAIMS, userClaims } from './account-claims';
import { interactionUrl } from './interactions';
import { errorPage, logoutPage, signedOutPage, type Page } from './pages';
import type { SharedStore } from './shared-store';
import type { SigningKey } from './signing-key';

/** Internal resource indicator of Orchestrator; tokens carry `audience` as their `aud`. */
export const ORCHESTRATOR_RESOURCE = 'urn:uipath:orchestrator';

const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];
export const ORCHESTRATOR_SCOPES = [...new Set([...APP_SCOPES.desktop, ...APP_SCOPES.confidential])].filter((s) => s.startsWith('OR.'));

const DAY = 24 * 60 * 60;

export interface MountProviderOptions {
  issuer: string;
  mountPath: string;
  users: readonly SandboxUser[];
  clients: SandboxClients;
  signingKey: SigningKey;
  store: SharedStore;
  cookieKeys: string[];
  audience: string;
  partitionId: string;
  accessTokenTtlSeconds: number;
  /** External applications (client credentials) exist from Orchestrator 21.4; before, no confidential client. */
  hasClientCredentials: boolean;
}

function sendHtml(ctx: KoaContextWithOIDC, page: Page): void {
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', page.csp);
  ctx.set('Cache-Control', 'no-store');
  ctx.body = page.html;
}

function clientMetadata(clients: SandboxClients, hasClientCredentials: boolean) {
  const all = [
    {
      client_id: clients.desktop.clientId,
      client_name: 'Baton',
      // 'web', not 'native': oidc-provider lets native clients vary the loopback port, while
      // Identity Server matches redirect URIs exactly (orchestrator-api.md §2.5).
      application_type: 'web',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: clients.desktop.redirectUris,
      post_logout_redirect_uris: clients.desktop.redirectUris,
    },
    {
      client_id: clients.confidential.clientId,
      client_secret: clients.confidential.clientSecret,
      client_name: clients.confidential.name,
      // UiPath's SDKs and CLI post client_id/client_secret in the form body.
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ];
  return hasClientCredentials ? all : all.slice(0, 1);
}

/** Scopes `clientId` may ask for; undefined for a client this Identity Server does not know. */
export function allowedScopes(clients: SandboxClients, clientId: string): ReadonlySet<string> | undefined {
  if (clientId === clients.desktop.clientId) return new Set(APP_SCOPES.desktop);
  if (clientId === clients.confidential.clientId) return new Set(APP_SCOPES.confidential);
  return undefined;
}

/** The requested scopes the client is not granted (Identity Server refuses the whole request then). */
export function refusedScopes(clients: SandboxClients, clientId: string, scope: string): string[] {
  const allowed = allowedScopes(clients, clientId);
  if (!allowed) return [];
  return scope.split(' ').filter((s) => s !== '' && !allowed.has(s));
}

/** One oidc-provider instance for one mount (`/identity`, `/identity_` or `/{org}/identity_`). */
export function createMountProvider(opts: MountProviderOptions): Provider {
  const { users, accessTokenTtlSeconds: ttl } = opts;

  const provider = new Provider(opts.issuer, {
    adapter: (name: string) => opts.store.adapterFor(name),
    clients: clientMetadata(opts.clients, opts.hasClientCredentials),
    jwks: { keys: [opts.signingKey.privateJwk] },
    cookies: {
      keys: opts.cookieKeys,
      // Scope the SSO session cookie to its mount: each mount is its own issuer.
      long: { httpOnly: true, sameSite: 'lax', path: opts.mountPath },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    scopes: OIDC_SCOPES,
    claims: SCOPE_CLAIMS,
    // Identity Server puts the profile/email claims in the ID token too.
    conformIdTokenClaims: false,
    allowOmittingSingleRegisteredRedirectUri: false,
    responseTypes: ['code'],
    clientAuthMethods: ['none', 'client_secret_post', 'client_secret_basic'],
    async findAccount(_ctx: unknown, sub: string) {
      const user = users.find((u) => u.id === sub);
      return user ? { accountId: user.id, claims: () => userClaims(user) } : undefined;
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => interactionUrl(opts.mountPath, interaction.uid),
    },
    routes: {
      authorization: '/connect/authorize',
      token: '/connect/token',
      userinfo: '/connect/userinfo',
      end_session: '/connect/endsession',
      revocation: '/connect/revocation',
      introspection: '/connect/introspect',
      jwks: '/.well-known/openid-configuration/jwks',
    },
    features: {
      devInteractions: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: {
        enabled: true,
        // RFC 7009 §2.1: only the client a token was issued to may revoke it.
        allowedPolicy: (_ctx: unknown, client: { clientId: string }, token: OidcToken) => token.clientId === client.clientId,
      },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: KoaContextWithOIDC, form: string) {
          sendHtml(ctx, logoutPage({ form, autoSubmit: Boolean(ctx.oidc.params?.id_token_hint) }));
        },
        async postLogoutSuccessSource(ctx: KoaContextWithOIDC) {
          sendHtml(ctx, signedOutPage(ctx.oidc.client?.clientName));
        },
      },
      // Every access token is an RS256 JWT for Orchestrator, also without a `resource` parameter.
      resourceIndicators: {
        enabled: true,
        defaultResource: () => ORCHESTRATOR_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx: unknown, indicator: string) {
          if (indicator !== ORCHESTRATOR_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: ORCHESTRATOR_SCOPES.join(' '),
            audience: opts.audience,
            accessTokenTTL: ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    // Codes and refresh tokens die with the SSO session: end-session signs the app out too, as
    // UiPath Identity does (orchestrator-api.md §2.11). JWT access tokens live on until `exp`.
    expiresWithSession: () => true,
    extraTokenClaims(_ctx: unknown, token: OidcToken) {
      return {
        sub_type: token.kind === 'ClientCredentials' ? 'service.external' : 'user',
        prt_id: opts.partitionId,
      };
    },
    formats: {
      customizers: {
        async jwt(ctx: KoaContextWithOIDC, token: OidcToken, jwt: JwtStructuredToken) {
          const { payload } = jwt;
          payload.nbf = payload.iat;
          // Identity Server (IdentityServer4) lists every granted scope, identity scopes
          // included, as a JSON array; oidc-provider keeps only the resource's scopes here.
          const source = (ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken) as OidcToken | undefined;
          const granted = new Set((token.scope ?? '').split(' ').filter(Boolean));
          for (const s of (source?.scope ?? '').split(' ')) if (OIDC_SCOPES.includes(s)) granted.add(s);
          payload.scope = [...granted];
        },
      },
    },
    ttl: {
      AccessToken: ttl,
      ClientCredentials: ttl,
      IdToken: ttl,
      AuthorizationCode: 300,
      Interaction: 60 * 60,
      Session: 60 * DAY,
      Grant: 60 * DAY,
      // Single use (rotated on every refresh) and 60 days, as Automation Cloud documents.
      RefreshToken: 60 * DAY,
    },
    async renderError(ctx: KoaContextWithOIDC, out: Record<string, unknown>) {
      sendHtml(ctx, errorPage(out));
    },
  });

  // Identity Server advertises its API scopes in discovery as well.
  provider.use(async (ctx, next) => {
    await next();
    // A client-credentials request naming a scope the app is not granted fails as a whole
    // (oidc-provider would silently drop resource scopes). The JWT it built is never sent.
    if (ctx.path === '/connect/token' && ctx.status === 200 && ctx.oidc?.params?.grant_type === 'client_credentials') {
      const clientId = ctx.oidc.client?.clientId ?? '';
      const refused = refusedScopes(opts.clients, clientId, String(ctx.oidc.params.scope ?? ''));
      if (refused.length > 0) {
        ctx.status = 400;
        ctx.set('Cache-Control', 'no-store');
        ctx.body = { error: 'invalid_scope', error_description: `The client is not granted: ${refused.join(' ')}` };
        return;
      }
    }
    if (ctx.path === '/.well-known/openid-configuration' && ctx.status === 200) {
      const body = ctx.body as Record<string, unknown>;
      const scopes = new Set([...((body.scopes_supported as string[] | undefined) ?? []), ...ORCHESTRATOR_SCOPES]);
      body.scopes_supported = [...scopes];
    }
  });

  return provider;
}
