export { isLoopbackHost, parseRedirectUri, resolveConnectionLayout, type ConnectionLayout } from './connection-url';
export {
  createProfileStore,
  effectiveScopes,
  storedProfileSchema,
  DEFAULT_APP_SCOPES,
  DEFAULT_CLIENT_ID,
  DEFAULT_REDIRECT_URI,
  DEFAULT_USER_SCOPES,
  type ProfileStore,
  type StoredProfile,
} from './profile-store';
