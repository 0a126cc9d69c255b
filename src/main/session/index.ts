export { createSessionHandlers, createSessionService, type SessionHandlers, type SessionService } from './session-service';
