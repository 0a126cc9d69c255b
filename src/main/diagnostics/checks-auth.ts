import { z } from 'zod';
import { isBatonError } from '../../shared/errors';
import { isOrchestratorCallError } from '../orchestrator';
import { answerExcerpt, answered, describeFetchError } from './http-probe';
import { decodeClaims, NEEDED_SCOPES, scopesOf } from './token-claims';
import { said, verbatim } from '../../shared/message-parts';
import type { MessageText } from '../../shared/i18n';
import { errorWords, hintWords } from './check-words';
import type { CheckContext, CheckDefinition, CheckOutcome, CheckText } from './types';

/** A sign-in problem's hint as message ids, to lead the fix. */
function problemHint(problem: { hint?: string | undefined; hintText?: readonly MessageText[] | undefined } | undefined): MessageText[] {
  if (!problem) return [];
  if (problem.hintText) return [...problem.hintText];
  return problem.hint ? [verbatim(problem.hint)] : [];
}

const signInCommand = (ctx: CheckContext) => `baton login --profile "${ctx.profile?.name ?? 'NAME'}"`;

/** Identity Server shows a bad client id or redirect URI only as a browser page; asking the authorize endpoint finds it first. */
async function probeClientRegistration(ctx: CheckContext): Promise<{ problem?: CheckOutcome; evidence: MessageText }> {
  const profile = ctx.profile!;
  const authorize = ctx.facts.discovery?.authorization_endpoint;
  if (!authorize || profile.authMethod !== 'interactive') return { evidence: said('diagnostics.evRegistrationNotChecked') };
  const url = new URL(authorize);
  const params = {
    response_type: 'code',
    client_id: profile.clientId,
    redirect_uri: profile.redirectUri,
    scope: 'openid',
    state: 'baton-diagnostics',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  };
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  let response: Response;
  try {
    response = await ctx.fetch(url.href, {
      redirect: 'manual',
      headers: { accept: 'text/html' },
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
  } catch (error) {
    return { evidence: said('diagnostics.evAuthorizeFailed', { problem: describeFetchError(error).text }) };
  }
  const location = response.headers.get('location') ?? '';
  const body = response.status >= 400 ? await response.text().catch(() => '') : '';
  await response.body?.cancel().catch(() => {});
  let errorId: string;
  try {
    const id = new URL(location, url).searchParams.get('errorId');
    errorId = id ? Buffer.from(id, 'base64').toString('utf8') : '';
  } catch {
    errorId = '';
  }
  const answered = `${body} ${errorId} ${location}`;
  const request = { clientId: String(profile.clientId), redirectUri: String(profile.redirectUri), status: String(response.status) };
  const evidence =
    response.status >= 400
      ? said('diagnostics.evAuthorizeRefused', { ...request, ...answerExcerpt(body) })
      : said('diagnostics.evAuthorize', request);
  if (/redirect_uri/i.test(answered) && (response.status >= 400 || /error/i.test(location))) {
    return {
      evidence,
      problem: {
        status: 'fail',
        summary: said('diagnostics.redirectUnknown', { redirectUri: profile.redirectUri ?? '', clientId: profile.clientId ?? '' }),
        evidence: [evidence],
        fix: said('diagnostics.redirectUnknownFix', { redirectUri: profile.redirectUri ?? '' }),
      },
    };
  }
  if (/invalid_client|unknown client|client not found/i.test(answered)) {
    return {
      evidence,
      problem: {
        status: 'fail',
        summary: said('diagnostics.clientUnknown', { clientId: profile.clientId ?? '' }),
        evidence: [evidence],
        fix: said('diagnostics.clientUnknownFix'),
      },
    };
  }
  return { evidence };
}

export const credentialsCheck: CheckDefinition = {
  id: 'credentials',
  dependsOn: ['identity', 'orchestrator'],
  async run(ctx) {
    const profile = ctx.profile;
    if (!profile)
      return {
        status: 'skipped',
        summary: said('diagnostics.noProfileToSignIn'),
        because: said('diagnostics.onlyUrlChecked'),
        evidence: [],
      };
    const registration = await probeClientRegistration(ctx);
    if (registration.problem) return registration.problem;
    const status = await ctx.auth.status(profile.id);
    const evidence: CheckText[] = [
      said('diagnostics.evProfileState', { profile: profile.name, state: status.state, method: profile.authMethod }),
      registration.evidence,
    ];
    if (status.state !== 'signed-in') {
      if (status.problem)
        evidence.push([said('diagnostics.evLastProblem'), ...(status.problem.messageText ?? [verbatim(status.problem.message)])]);
      return {
        status: 'fail',
        summary: status.problem
          ? [said('diagnostics.notSignedInBecause'), ...(status.problem.messageText ?? [verbatim(status.problem.message)])]
          : said('diagnostics.notSignedIn', { profile: profile.name }),
        evidence,
        fix: [...problemHint(status.problem), said('diagnostics.signInFix', { command: signInCommand(ctx) })],
      };
    }
    let token: string;
    try {
      token = await ctx.auth.tokensFor(profile.id).getAccessToken();
    } catch (error) {
      evidence.push(
        isBatonError(error)
          ? [said('diagnostics.evRenewFailed', { code: error.code }), ...errorWords(error)]
          : said('diagnostics.evRenewFailedPlain'),
      );
      return {
        status: 'fail',
        summary: said('diagnostics.renewRefused'),
        evidence,
        fix: [...(hintWords(error) ?? []), said('diagnostics.signInAgainFix', { command: signInCommand(ctx) })],
      };
    }
    ctx.facts.accessToken = token;
    const claims = decodeClaims(token);
    const exp = typeof claims?.exp === 'number' ? claims.exp * 1000 : undefined;
    if (exp !== undefined)
      evidence.push(
        said('diagnostics.evTokenValidUntil', {
          until: new Date(exp).toISOString(),
          minutes: Math.round((exp - ctx.clock.now()) / 60_000),
        }),
      );
    if (claims?.sub_type || claims?.client_id)
      evidence.push(
        said('diagnostics.evTokenFor', { subject: String(claims.sub_type ?? 'user'), clientId: String(claims.client_id ?? '?') }),
      );
    const currentUser = 'GET /odata/Users/…GetCurrentUser';
    try {
      await ctx.client!.request({ path: '/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser', maxRetries: 0 }, z.unknown());
      evidence.push(answered(currentUser, 200));
    } catch (error) {
      const status = isOrchestratorCallError(error) ? error.status : undefined;
      evidence.push(answered(currentUser, status ?? (isBatonError(error) ? error.code : undefined)));
      if (status === 401 || (isBatonError(error) && error.code === 'AUTH_REQUIRED')) {
        return {
          status: 'fail',
          summary: said('diagnostics.tokenRefused'),
          evidence,
          fix: said('diagnostics.tokenRefusedFix'),
        };
      }
      // 403 here means no OR.Users scope, which Baton does not need: the scopes check says what matters.
    }
    return {
      status: 'pass',
      summary: status.user?.name ? said('diagnostics.signedInAs', { name: status.user.name }) : said('diagnostics.signedInAsSomeone'),
      evidence,
    };
  },
};

/** What the missing scopes are for, as the selects of `diagnostics.scopesMissing`: the first one listed, the later ones, the rest not. */
function usesOf(missing: readonly (typeof NEEDED_SCOPES)[number][]): Record<string, string> {
  let isListing = false;
  return Object.fromEntries(
    NEEDED_SCOPES.map((scope) => {
      if (!missing.includes(scope)) return [scope.use, 'no'];
      const place = isListing ? 'later' : 'first';
      isListing = true;
      return [scope.use, place];
    }),
  );
}

export const scopesCheck: CheckDefinition = {
  id: 'scopes',
  dependsOn: ['credentials'],
  async run(ctx) {
    const claims = ctx.facts.accessToken ? decodeClaims(ctx.facts.accessToken) : undefined;
    if (!claims)
      return {
        status: 'skipped',
        summary: said('diagnostics.tokenOpaque'),
        because: said('diagnostics.tokenOpaqueBecause'),
        evidence: [],
        isNotApplicable: true,
      };
    const granted = scopesOf(claims);
    const missing = NEEDED_SCOPES.filter((scope) => !scope.anyOf.some((s) => granted.includes(s)));
    const evidence: CheckText[] = [
      granted.length > 0 ? said('diagnostics.evGranted', { scopes: granted.join(' ') }) : said('diagnostics.evGrantedNone'),
      // needed: OR.Folders or OR.Folders.Read; …: "or" in the person's language, one part per scope.
      [
        said('diagnostics.evNeeded'),
        ...NEEDED_SCOPES.map((scope, index) =>
          said('diagnostics.evNeededScope', {
            first: scope.anyOf[0],
            second: scope.anyOf[1],
            more: index < NEEDED_SCOPES.length - 1 ? 'yes' : 'no',
          }),
        ),
      ],
    ];
    if (missing.length === 0) return { status: 'pass', summary: said('diagnostics.scopesAll'), evidence };
    const names = [...new Set(missing.map((m) => (m.need === 'OR.Jobs.Read' ? 'OR.Jobs' : m.need)))];
    const asked = ctx.profile?.scopes ?? [];
    const notAsked = names.filter((name) => !asked.some((s) => s === name || s.startsWith(`${name}.`) || name.startsWith(`${s}.`)));
    const isApp = ctx.profile?.authMethod === 'client-credentials';
    const fix =
      notAsked.length > 0
        ? said('diagnostics.scopesNotAsked', { scopes: notAsked.join(', '), count: notAsked.length })
        : said('diagnostics.scopesNotGranted', { scopes: names.join(', '), kind: isApp ? 'application' : 'user' });
    return {
      status: 'fail',
      summary: said('diagnostics.scopesMissing', { scopes: names.join(', '), ...usesOf(missing) }),
      evidence,
      fix,
    };
  },
};
