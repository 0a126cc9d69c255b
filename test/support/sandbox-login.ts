import { createHash, randomBytes } from 'node:crypto';
import type { Sandbox } from '../../src/sandbox';
import type { AccessTokenSource } from '../../src/main/orchestrator';
import { CookieJar, fetchWithCookies } from './cookie-jar';

export const LOGIN_SCOPE = 'openid profile email offline_access OR.Folders.Read OR.Execution.Read OR.Jobs OR.Users.Read';

export interface SandboxTokens {
  accessToken: string;
  refreshToken: string;
}

/** Just enough of a browser for Identity Server: a cookie jar, manual redirects. */
function createCookieBrowser() {
  const jar = new CookieJar();
  return (url: string, init: RequestInit = {}): Promise<Response> => fetchWithCookies(jar, url, init);
}

/**
 * Signs a sandbox user in the way a person would: authorize with PKCE, the login page, the
 * credentials, the redirects, and the code taken off the redirect URI (nothing listens there),
 * then the token exchange at Identity Server.
 */
export async function signInToSandbox(
  sandbox: Pick<Sandbox, 'identityUrl' | 'clients' | 'users'>,
  username: string,
): Promise<SandboxTokens> {
  const user = sandbox.users.find((u) => u.username === username);
  if (!user) throw new Error(`no sandbox user ${username}`);
  const redirectUri = sandbox.clients.desktop.redirectUris[0]!;
  const clientId = sandbox.clients.desktop.clientId;
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(8).toString('hex');
  const authorize = new URL(`${sandbox.identityUrl}/connect/authorize`);
  Object.entries({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: LOGIN_SCOPE,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state,
  }).forEach(([k, v]) => authorize.searchParams.set(k, v));

  const browse = createCookieBrowser();
  const follow = async (start: string): Promise<{ url: string; res?: Response }> => {
    let url = start;
    for (let hops = 0; hops < 10; hops += 1) {
      if (url.startsWith(redirectUri)) return { url };
      const res = await browse(url);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url, res };
      url = new URL(location, url).href;
    }
    throw new Error('too many redirects');
  };

  const page = await follow(authorize.href);
  if (!page.res) throw new Error('expected the login page');
  const html = await page.res.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  if (!action) throw new Error('no login form');
  const posted = await browse(new URL(action, page.url).href, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: user.username, password: user.password }),
  });
  const landed = new URL((await follow(new URL(posted.headers.get('location') ?? '', page.url).href)).url);
  if (landed.searchParams.get('state') !== state) throw new Error('state mismatch on the redirect');
  const code = landed.searchParams.get('code');
  if (!code) throw new Error(`no code on the redirect: ${landed.href}`);

  const res = await fetch(`${sandbox.identityUrl}/connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const body = (await res.json()) as { access_token?: string; refresh_token?: string };
  if (!body.access_token || !body.refresh_token) throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
  return { accessToken: body.access_token, refreshToken: body.refresh_token };
}

/** The tokens as the Orchestrator client wants them; refresh uses the real refresh grant (rotating). */
export function tokenSourceFor(
  sandbox: Pick<Sandbox, 'identityUrl' | 'clients'>,
  tokens: SandboxTokens,
): AccessTokenSource & { refreshes: number } {
  let current = tokens;
  const source = {
    refreshes: 0,
    getAccessToken: async () => current.accessToken,
    async refreshAccessToken() {
      source.refreshes += 1;
      const res = await fetch(`${sandbox.identityUrl}/connect/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: sandbox.clients.desktop.clientId,
          refresh_token: current.refreshToken,
        }),
      });
      const body = (await res.json()) as { access_token?: string; refresh_token?: string };
      if (!body.access_token) throw new Error('refresh failed');
      current = { accessToken: body.access_token, refreshToken: body.refresh_token ?? current.refreshToken };
      return current.accessToken;
    },
  };
  return source;
}
