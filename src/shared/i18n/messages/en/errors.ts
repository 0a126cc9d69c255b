/** Errors' messages and hints (src/shared/errors.ts and where the core makes them). */
export const errors = {
  /** Text from elsewhere (a server's message, a path), shown as it is. */
  verbatim: '{text}',
  internal: 'Something went wrong inside Baton.',
  internalHint: 'Try again. If it keeps happening, run Diagnostics and include its report when you ask for help.',
} as const;
