export { createAuthService, type AuthService, type AuthServiceDeps } from './auth-service';
export { REFRESH_MARGIN_MS } from './token-keeper';
export { DEFAULT_SIGN_IN_TIMEOUT_MS } from './loopback-listener';
export type { AccessTokenSource, ConnectionInfo, SignedInUser } from './types';
export { createSessionHandlers, createSessionService, type SessionHandlers, type SessionService } from './session-service';
