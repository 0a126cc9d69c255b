import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import type { SandboxUser } from '../seed/users';
import { errorPage, loginPage, type Page } from './pages';

const MAX_FORM_BYTES = 16 * 1024;

export interface InteractionDeps {
  provider: Provider;
  /** e.g. '/identity' or '/baton/identity_' */
  mountPath: string;
  origin: string;
  organization: string;
  users: readonly SandboxUser[];
  clientNames: ReadonlyMap<string, string>;
}

/** `${mountPath}/interaction/{uid}` — what oidc-provider redirects the browser to. */
export function interactionUrl(mountPath: string, uid: string): string {
  return `${mountPath}/interaction/${uid}`;
}

export function sendPage(res: ServerResponse, status: number, page: Page): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', page.csp);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(page.html);
}

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

export function findUserByCredentials(users: readonly SandboxUser[], login: string, password: string): SandboxUser | undefined {
  const wanted = login.trim().toLowerCase();
  const user = users.find((u) => u.username.toLowerCase() === wanted || u.email.toLowerCase() === wanted);
  // Compare even when no user matched, so a wrong username costs as long as a wrong password.
  const ok = sameSecret(user?.password ?? '\u0000no-user', password);
  return user && ok ? user : undefined;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_FORM_BYTES) throw new Error('form too large');
    chunks.push(buf);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Serves the login page and finishes the consent prompt on its own: both sandbox clients are
 * first-party, and UiPath Identity Server does not ask users to consent to them either.
 * Returns false when the path is not an interaction path of this mount.
 */
export function createInteractionHandler(deps: InteractionDeps) {
  const prefix = `${deps.mountPath}/interaction/`;

  function organizationLabel(interaction: Interaction): string {
    const acr = interaction.params.acr_values ?? '';
    const tenantName = /(?:^|\s)tenantName:(\S+)/.exec(acr)?.[1];
    return tenantName ?? deps.organization;
  }

  function renderLogin(res: ServerResponse, interaction: Interaction, extra: { username?: string; error?: string } = {}) {
    const clientId = String(interaction.params.client_id ?? '');
    sendPage(
      res,
      200,
      loginPage({
        action: `${interactionUrl(deps.mountPath, interaction.uid)}/login`,
        organization: organizationLabel(interaction),
        clientName: deps.clientNames.get(clientId) ?? clientId,
        ...extra,
      }),
    );
  }

  async function grantConsent(req: IncomingMessage, res: ServerResponse, interaction: Interaction) {
    const { provider } = deps;
    const { details } = interaction.prompt;
    const grant =
      (interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined) ??
      new provider.Grant({
        accountId: interaction.session?.accountId,
        clientId: String(interaction.params.client_id),
      });
    if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
    if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
    for (const [resource, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
      grant.addResourceScope(resource, scopes.join(' '));
    }
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  async function show(req: IncomingMessage, res: ServerResponse, uid: string) {
    const interaction = await deps.provider.interactionDetails(req, res);
    if (interaction.uid !== uid) throw new Error('interaction mismatch');
    if (interaction.prompt.name === 'login') return renderLogin(res, interaction);
    if (interaction.prompt.name === 'consent') return grantConsent(req, res, interaction);
    throw new Error(`unsupported prompt ${interaction.prompt.name}`);
  }

  async function submitLogin(req: IncomingMessage, res: ServerResponse, uid: string) {
    // The interaction cookie is SameSite=Lax, so a cross-site POST arrives without it and fails
    // below; the Origin check refuses same-site pages of other loopback ports too.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== deps.origin && origin !== 'null') {
      throw new Error('cross-origin form post refused');
    }
    const interaction = await deps.provider.interactionDetails(req, res);
    if (interaction.uid !== uid || interaction.prompt.name !== 'login') throw new Error('interaction mismatch');
    const form = await readForm(req);
    const username = form.get('username') ?? '';
    const user = findUserByCredentials(deps.users, username, form.get('password') ?? '');
    if (!user) {
      return renderLogin(res, interaction, { username, error: 'The username or password is incorrect.' });
    }
    await deps.provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.id, remember: true } },
      { mergeWithLastSubmission: false },
    );
  }

  return function handleInteraction(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (!pathname.startsWith(prefix)) return false;
    const [uid, action, ...rest] = pathname.slice(prefix.length).split('/');
    if (!uid || rest.length > 0) return false;
    let work: Promise<void> | undefined;
    if (req.method === 'GET' && action === undefined) work = show(req, res, uid);
    if (req.method === 'POST' && action === 'login') work = submitLogin(req, res, uid);
    if (!work) return false;
    work.catch(() => {
      if (res.headersSent) return res.end();
      sendPage(
        res,
        400,
        errorPage({
          error: 'invalid_request',
          error_description: 'This sign-in page has expired or was already used. Start signing in again from the app.',
        }),
      );
    });
    return true;
  };
}
