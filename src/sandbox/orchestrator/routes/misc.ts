import { randomBytes } from 'node:crypto';
import { requireScope } from '../authenticate';
import { userDto } from '../dto';
import { prop, readJsonObject, sendEmpty, sendJson } from '../http';
import { errors } from '../errors';
import { sendEntity, type Route } from '../route-context';

// On-prem `/api/Account/Authenticate` bearer tokens last 30 minutes by default.
const LEGACY_TOKEN_MS = 30 * 60_000;

export const statusRoutes: Route[] = [
  { method: 'GET', pattern: /^\/api\/Status\/Get$/i, isAnonymous: true, handle: (ctx) => sendEmpty(ctx.res, 200) },
  { method: 'GET', pattern: /^\/api\/health(\/startup)?$/i, isAnonymous: true, handle: (ctx) => sendEmpty(ctx.res, 200) },
  {
    method: 'GET',
    pattern: /^\/api\/status\/version$/i,
    isAnonymous: true,
    handle(ctx) {
      // Product build, not API version; 404 before 21.10 (measured on 20.10.16), no token needed.
      const { productBuild, statusDeployment } = ctx.deps.profile;
      if (productBuild === null) throw errors.noRoute();
      // A real Cloud or AS is only reachable through its path layout; the sandbox also serves those
      // profiles on the bare-host layout, and there answers as a standalone server does (null).
      const deployment = ctx.layout === 'cloud' ? statusDeployment : null;
      sendJson(ctx.res, 200, {
        version: productBuild,
        timestamp: '2026-01-01T00:00:00Z',
        deployment,
        configsVersion: deployment === null ? null : '1.0.0',
      });
    },
  },
];

export const settingsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/odata\/Settings\/UiPath\.Server\.Configuration\.OData\.GetActivitySettings$/i,
    handle(ctx) {
      const { profile } = ctx.deps;
      if (!profile.endpoints.activitySettings || profile.apiVersion === null) throw errors.noRoute();
      requireScope(ctx.caller, ['OR.Settings', 'OR.Settings.Read']);
      // ApiVersion is a string, the same number as the api-supported-versions header.
      sendJson(ctx.res, 200, { ApiVersion: profile.apiVersion, SignalR: { Transport: 'WebSockets', IsRobotsEnabled: false } });
    },
  },
];

export const userRoutes: Route[] = [
  {
    method: 'GET',
    // 19.10/20.4 swaggers spell it `GetCurrentUser()`; later ones without the parentheses.
    pattern: /^\/odata\/Users\/UiPath\.Server\.Configuration\.OData\.GetCurrentUser(\(\))?$/i,
    handle(ctx) {
      requireScope(ctx.caller, ['OR.Users', 'OR.Users.Read']);
      const dto = userDto(ctx.deps.state, ctx.caller.principal);
      sendEntity(ctx, 'Users', dto);
    },
  },
];

/** ABP-style login (`/api/Account/Authenticate`) of on-prem and Automation Suite (orchestrator-versions.md §5.4). */
export const legacyAccountRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/api\/Account\/Authenticate$/i,
    isAnonymous: true,
    async handle(ctx) {
      const { state, clock } = ctx.deps;
      const body = await readJsonObject(ctx.req);
      const tenancy = prop(body, 'tenancyName');
      const login = prop(body, 'usernameOrEmailAddress');
      const password = prop(body, 'password');
      const principal = state.seed.principals.find(
        (p) => p.kind === 'user' && p.password !== undefined && (p.userName === login || p.email === login) && p.password === password,
      );
      const isTenantOk =
        tenancy === undefined ||
        tenancy === null ||
        (typeof tenancy === 'string' && tenancy.toLowerCase() === state.seed.tenant.name.toLowerCase());
      if (!principal || !isTenantOk) {
        const message = 'Invalid user name or password';
        sendJson(ctx.res, 400, {
          message,
          errorCode: 1000,
          result: null,
          targetUrl: null,
          success: false,
          error: { code: 0, message: 'Login failed!', details: message, validationErrors: null },
          unAuthorizedRequest: false,
          __abp: true,
        });
        return;
      }
      const token = randomBytes(32).toString('base64url');
      state.legacyTokens.set(token, { userId: principal.userId, expiresAt: clock.now() + LEGACY_TOKEN_MS });
      sendJson(ctx.res, 200, { result: token, targetUrl: null, success: true, error: null, unAuthorizedRequest: false, __abp: true });
    },
  },
];
