export type * from './types';
export { redact, redactText, REDACTED } from './redact';
export { createConsoleLogger } from './console-logger';
