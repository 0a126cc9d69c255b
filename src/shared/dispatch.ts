import type { z } from 'zod';
import { isMethodName, methods, type BatonHandlers, type MethodName } from './api';
import { BatonError } from './errors';
import type { MessageText } from './i18n';
import { said } from './message-parts';

/**
 * The one generic binder behind every host: looks a method up in the contract's table,
 * parses its params with the method's schema, and only then calls the core. Bad input
 * becomes a VALIDATION error and the service is never reached.
 */
export type Dispatch = (method: unknown, params: unknown) => Promise<unknown>;

/**
 * Development and test builds check every answer against its result schema too, so an answer
 * that drifts from the contract fails where it is made, not in a window that renders it wrong.
 * Vite sets `import.meta.env.PROD` in the bundles Baton ships; sources run by tsx or vitest have none.
 * `BATON_CHECK_RESULTS=0` turns the check off where sources stand in for a release (the bench
 * measures Baton, not the check: parsing a 10,000-process catalog costs tens of milliseconds).
 */
export function checksResults(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return (import.meta as { env?: { PROD?: boolean } }).env?.PROD !== true && env?.BATON_CHECK_RESULTS !== '0';
}

export function createDispatcher(handlers: BatonHandlers, options: { checkResults?: boolean } = {}): Dispatch {
  const checkResults = options.checkResults ?? checksResults();
  return async (method, params) => {
    if (!isMethodName(method)) {
      throw BatonError.said('VALIDATION', unknownMethod(method), { hint: said('serviceErrors.unknownMethodHint') });
    }
    const parsed = methods[method].params.safeParse(params ?? {});
    if (!parsed.success) {
      throw BatonError.said('VALIDATION', said('serviceErrors.badArguments', { method, issues: summarizeIssues(parsed.error) }), {
        details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) },
      });
    }
    const handler = handlers[method] as (params: unknown) => Promise<unknown>;
    const result = await handler(parsed.data);
    if (checkResults) {
      const checked = methods[method].result.safeParse(result);
      if (!checked.success) {
        throw BatonError.said('INTERNAL', said('serviceErrors.answerOffContract', { method, issues: summarizeIssues(checked.error) }), {
          hint: said('serviceErrors.answerOffContractHint'),
          details: { issues: checked.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })) },
        });
      }
    }
    return result;
  };
}

export function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** The method as sent: its first 80 characters, or its type when it is not text. */
function unknownMethod(value: unknown): MessageText {
  return typeof value === 'string'
    ? said('serviceErrors.unknownMethod', { method: value.slice(0, 80) })
    : said('serviceErrors.unknownMethodOfType', { type: typeof value });
}

export type { MethodName };
