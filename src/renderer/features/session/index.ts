export { SessionBadge } from './session-badge';
