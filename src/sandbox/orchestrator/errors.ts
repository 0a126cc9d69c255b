import { randomBytes } from 'node:crypto';

/**
 * An error as Orchestrator sends it: `{message, errorCode, traceId}` (camelCase on the wire although
 * the swagger's ErrorResult is PascalCase). Codes: reference/orchestrator-api.md §7.2.
 */
export class OrchestratorError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errorCode: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function newTraceId(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`;
}

export const errors = {
  unauthenticated: () => new OrchestratorError(401, 'You are not authenticated!', 0, { 'WWW-Authenticate': 'Bearer' }),
  forbidden: () => new OrchestratorError(403, 'You are not authorized!', 0),
  missingScope: (scopes: readonly string[]) =>
    new OrchestratorError(403, `You are not authorized! The access token does not grant any of: ${scopes.join(', ')}.`, 0),
  invalidRequest: (message: string) => new OrchestratorError(400, message, 1000),
  validation: (message: string) => new OrchestratorError(400, message, 1009),
  notFound: (entity: string) => new OrchestratorError(404, `${entity} does not exist.`, 1002),
  folderNotFound: () => new OrchestratorError(404, 'Folder does not exist or the user does not have access to the folder.', 1100),
  /** 1101; the wording is the profile's (`VersionProfile.folderRequiredMessage`). */
  folderRequired: (message: string) => new OrchestratorError(400, message, 1101),
  /**
   * An unknown property makes ASP.NET bind the whole body to null; the action then refuses the
   * null parameter: 400, errorCode 0, "<parameter> must not be null" (orchestrator-versions.md §2.6).
   */
  parameterNull: (parameter: string) => new OrchestratorError(400, `${parameter} must not be null`, 0),
  noRoute: () => new OrchestratorError(404, 'No HTTP resource was found that matches the request URI.', 0),
  methodNotAllowed: () => new OrchestratorError(405, 'The requested resource does not support this HTTP method.', 0),
  rateLimited: (retryAfterSeconds: number) =>
    new OrchestratorError(429, `Too many requests. Retry after ${retryAfterSeconds} seconds.`, 0, {
      'Retry-After': String(retryAfterSeconds),
    }),
};
