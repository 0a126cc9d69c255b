export type * from './types';
export { redact, redactText, REDACTED } from './redact';
export { createConsoleLogger, teeLogger, type LogFormat, type LogLevel } from './console-logger';
export { secretStoreChoiceSchema, secretStoreFrom, type SecretStoreChoice } from './secret-store-choice';
